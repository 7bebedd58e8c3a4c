package org.storyslides.gallery;

import org.junit.jupiter.api.Test;
import org.storyslides.content.FileRefusedException;
import org.storyslides.content.Slide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The stage's picture state (loading, shown, broken and why), without a toolkit: pictures are strings here. */
class StagePictureTest {

    /** Pictures "name@width" decoded when the test says; asked for in order. */
    static final class HeldPictures implements PictureSource<String> {
        final Map<String, CompletableFuture<String>> requests = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public CompletableFuture<String> slide(Slide slide, double width, double height) {
            String key = slide.image() + "@" + (int) width;
            asked.add(key);
            return requests.computeIfAbsent(key, k -> new CompletableFuture<>());
        }

        @Override
        public boolean tooSmall(String picture, double width, double height) {
            return Integer.parseInt(picture.substring(picture.indexOf('@') + 1)) < width;
        }

        void decode(String key) {
            requests.get(key).complete(key);
        }

        void refuse(String key, Exception why) {
            requests.get(key).completeExceptionally(why);
        }
    }

    final HeldPictures pictures = new HeldPictures();
    final StagePicture<String> stage = new StagePicture<>(pictures);
    final Slide a = new Slide("a.jpg", null, List.of(), null);
    final Slide b = new Slide("b.jpg", null, List.of(), null);

    @Test
    void aPictureIsLoadingUntilItIsDecodedThenShown() {
        stage.show(a, 800, 600);
        assertThat(stage.getState()).isInstanceOf(PictureState.Loading.class);

        pictures.decode("a.jpg@800");

        assertThat(stage.getState()).isEqualTo(new PictureState.Shown<>("a.jpg@800"));
    }

    @Test
    void aPictureDecodedAlreadyIsShownAtOnceWithoutALoadingState() {
        pictures.slide(a, 800, 600).complete("a.jpg@800");
        List<PictureState<String>> states = new ArrayList<>();
        stage.stateProperty().addListener((observable, was, now) -> states.add(now));

        stage.show(a, 800, 600);

        assertThat(states).containsExactly(new PictureState.Shown<>("a.jpg@800"));
    }

    @Test
    void aRefusedPictureIsBrokenWithTheReasonItsDecodeGave() {
        stage.show(a, 800, 600);

        pictures.refuse("a.jpg@800", new java.io.UncheckedIOException(PictureRefusedException.unreadable(
                new FileRefusedException(FileRefusedException.Reason.PERMISSION_DENIED, "permission denied"))));

        assertThat(stage.getState()).isInstanceOfSatisfying(PictureState.Broken.class, broken -> {
            assertThat(broken.why().reason()).isEqualTo(PictureRefusedException.Reason.UNREADABLE);
            assertThat(broken.why().fileReason()).contains(FileRefusedException.Reason.PERMISSION_DENIED);
        });
    }

    @Test
    void aPictureThatComesAfterTheReaderMovedOnIsNotShown() {
        stage.show(a, 800, 600);
        stage.show(b, 800, 600);

        pictures.decode("a.jpg@800");
        assertThat(stage.getState()).isInstanceOf(PictureState.Loading.class);
        pictures.decode("b.jpg@800");
        assertThat(stage.getState()).isEqualTo(new PictureState.Shown<>("b.jpg@800"));
    }

    @Test
    void aLargerAreaDecodesAgainAndTheSmallerCopyStaysOnShowMeanwhile() {
        stage.show(a, 800, 600);
        pictures.decode("a.jpg@800");

        stage.resize(1600, 1000);

        assertThat(pictures.asked).containsExactly("a.jpg@800", "a.jpg@1600");
        assertThat(stage.getState()).isEqualTo(new PictureState.Shown<>("a.jpg@800"));
        pictures.decode("a.jpg@1600");
        assertThat(stage.getState()).isEqualTo(new PictureState.Shown<>("a.jpg@1600"));
    }

    @Test
    void aLargerCopyThatFailsLeavesTheSmallerOneOnShow() {
        stage.show(a, 800, 600);
        pictures.decode("a.jpg@800");
        stage.resize(1600, 1000);

        pictures.refuse("a.jpg@1600", new PictureRefusedException(PictureRefusedException.Reason.TOO_LARGE, "too large", 9000, 9000));

        assertThat(stage.getState()).isEqualTo(new PictureState.Shown<>("a.jpg@800"));
    }

    @Test
    void aSmallerAreaOrOneWhileLoadingAsksForNothingNew() {
        stage.resize(1600, 1000);
        assertThat(pictures.asked).as("nothing on show yet").isEmpty();
        stage.show(a, 800, 600);
        stage.resize(1600, 1000);
        assertThat(pictures.asked).as("still loading: the decode under way is the one wanted").containsExactly("a.jpg@800");
        pictures.decode("a.jpg@800");
        stage.resize(400, 300);
        assertThat(pictures.asked).containsExactly("a.jpg@800");
    }

    @Test
    void aCancelledDecodeLeavesTheStateAsItWas() {
        stage.show(a, 800, 600);
        pictures.requests.get("a.jpg@800").cancel(false);
        assertThat(stage.getState()).isInstanceOf(PictureState.Loading.class);
    }

    @Test
    void anotherSlideIsLoadingUntilItsOwnPictureComesNotShowingThePreviousOne() {
        stage.show(a, 800, 600);
        pictures.decode("a.jpg@800");

        stage.show(b, 800, 600);

        assertThat(stage.getState()).isInstanceOf(PictureState.Loading.class);
    }
}
