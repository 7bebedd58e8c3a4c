package org.storyslides.gallery;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.storyslides.content.Slide;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Two users of thumbnails (the grid, the filmstrip): each drops only what no user has on screen. */
class SlideImagesTest {

    // the one decode thread waits here, so every other thumbnail asked for stays queued until the test ends
    private final CountDownLatch held = new CountDownLatch(1);
    private final SlideImages images = new SlideImages((path, width, height) -> {
        try {
            held.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }, new DecodeQueue(1), Runnable::run, new Rectangle2D(0, 0, 1920, 1080));

    private final Object grid = new Object();
    private final Object filmstrip = new Object();
    private final List<Slide> slides = List.of(slide("busy"), slide("a"), slide("b"), slide("c"));

    private static Slide slide(String name) {
        return new Slide(name + ".jpg", null, List.of(), null);
    }

    @AfterEach
    void release() {
        held.countDown();
        images.close();
    }

    @Test
    void aThumbnailOnEitherUsersScreenIsKeptAndOneOnNoneIsDropped() {
        images.thumbnail(slides.get(0)); // takes the decode thread
        CompletableFuture<Image> b = images.thumbnail(slides.get(2));
        images.retainThumbnails(filmstrip, Set.of(slides.get(2)));
        CompletableFuture<Image> a = images.thumbnail(slides.get(1));
        CompletableFuture<Image> c = images.thumbnail(slides.get(3));

        images.retainThumbnails(grid, Set.of(slides.get(1)));
        assertThat(a).as("the grid shows it").isNotCancelled();
        assertThat(b).as("the filmstrip shows it, not the grid").isNotCancelled();
        assertThat(c).as("on no screen").isCancelled();

        images.retainThumbnails(filmstrip, Set.of());
        assertThat(a).as("the filmstrip hidden does not drop what the grid shows").isNotCancelled();
        assertThat(b).isCancelled();
        images.retainThumbnails(grid, Set.of());
        assertThat(a).isCancelled();
    }
}
