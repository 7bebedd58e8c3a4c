package org.storyslides.gallery;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyslides.content.Slide;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The sharp region of a zoomed picture, without a toolkit: regions are strings naming what was asked. */
class SharpRegionTest {

    record Asked(Slide slide, RegionRequest request, CompletableFuture<String> result) {
    }

    final List<Asked> asked = new ArrayList<>();
    final SharpRegion<String> sharp = new SharpRegion<>((slide, request) -> {
        CompletableFuture<String> result = new CompletableFuture<>();
        asked.add(new Asked(slide, request, result));
        return result;
    });
    final ZoomModel zoom = new ZoomModel();
    final Slide photo = new Slide("photo.jpg", null, List.of(), null);
    final Slide other = new Slide("other.jpg", null, List.of(), null);

    @BeforeEach
    void aBigPhotoDecodedSmallForItsFit() {
        zoom.setViewport(800, 600);
        zoom.setPicture(6000, 4000);
        sharp.show(photo);
    }

    private void decodeLast() {
        Asked last = asked.get(asked.size() - 1);
        last.result().complete(last.slide().image() + ":" + last.request());
    }

    @Test
    void nothingIsAskedForWhileFitted() {
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        assertThat(asked).isEmpty();
        assertThat(sharp.getTile()).isNull();
        assertThat(sharp.isDecoding()).isFalse();
    }

    @Test
    void aZoomAsksForTheRegionOnScreenAndShowsItOnceDecoded() {
        zoom.toggleActualSize();
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).slide()).isEqualTo(photo);
        assertThat(asked.get(0).request().subsampling()).isEqualTo(1);
        assertThat(sharp.isDecoding()).isTrue();
        assertThat(sharp.getTile()).as("the preview until then").isNull();
        decodeLast();
        assertThat(sharp.isDecoding()).isFalse();
        assertThat(sharp.getTile().request()).isEqualTo(asked.get(0).request());
        assertThat(sharp.getTile().picture()).startsWith("photo.jpg:");
        assertThat(sharp.tileProperty().get()).isSameAs(sharp.getTile());
    }

    @Test
    void theSameViewAsksOnlyOnceWhileItsRegionIsOnItsWayOrOnShow() {
        zoom.toggleActualSize();
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        assertThat(asked).hasSize(1);
        decodeLast();
        zoom.panBy(10, 10);
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        assertThat(asked).as("a short pan stays in the region's margin").hasSize(1);
    }

    @Test
    void aPanPastTheRegionAsksForANewOneAndDropsTheOneOnItsWay() {
        zoom.toggleActualSize();
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        zoom.panBy(-2000, 0);
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).result()).as("overtaken: dropped before its decode").isCancelled();
        asked.get(0).result().complete("late"); // a decode that ran anyway is not shown
        assertThat(sharp.getTile()).isNull();
        decodeLast();
        assertThat(sharp.getTile().request()).isEqualTo(asked.get(1).request());
    }

    @Test
    void theRegionOnShowStaysUntilTheNextArrives() {
        zoom.toggleActualSize();
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        decodeLast();
        SharpRegion.Tile<String> first = sharp.getTile();
        zoom.panBy(-2000, 0);
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        assertThat(sharp.getTile()).isEqualTo(first);
        decodeLast();
        assertThat(sharp.getTile()).isNotEqualTo(first);
    }

    @Test
    void aRegionThatCannotBeDecodedLeavesThePreview() {
        zoom.toggleActualSize();
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        asked.get(0).result().completeExceptionally(new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "cut"));
        assertThat(sharp.getTile()).isNull();
        assertThat(sharp.isDecoding()).isFalse();
        // and it is asked for again on the next change
        zoom.panBy(-2000, 0);
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        assertThat(asked).hasSize(2);
    }

    @Test
    void backAtFitTheRegionIsLetGo() {
        zoom.toggleActualSize();
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        decodeLast();
        zoom.fit();
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        assertThat(sharp.getTile()).isNull();
    }

    @Test
    void anotherSlideDropsTheRegionAndWhatIsOnItsWay() {
        zoom.toggleActualSize();
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        decodeLast();
        zoom.panBy(-2000, 0);
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        sharp.show(other);
        assertThat(sharp.getTile()).isNull();
        assertThat(asked.get(1).result()).isCancelled();
        assertThat(sharp.isDecoding()).isFalse();
        zoom.setPicture(6000, 4000);
        zoom.toggleActualSize();
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        assertThat(asked.get(2).slide()).isEqualTo(other);
    }

    @Test
    void withoutASlideNothingIsAskedFor() {
        sharp.show(null);
        zoom.toggleActualSize();
        sharp.update(zoom, 0.15, Long.MAX_VALUE);
        assertThat(asked).isEmpty();
    }

    @Test
    void theBudgetIsPassedOnToTheRegion() {
        zoom.toggleActualSize();
        sharp.update(zoom, 0.15, 800L * 600 * 4);
        assertThat(asked.get(0).request().bytes()).isLessThanOrEqualTo(800L * 600 * 4);
    }
}
