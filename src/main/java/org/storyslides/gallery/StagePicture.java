package org.storyslides.gallery;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.storyslides.content.Slide;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The picture on the carousel's stage: which slide's picture is wanted, at what size, and what it is
 * doing (loading, shown, broken and why). The view only shows {@link #stateProperty()}; this knows
 * nothing of controls or of JavaFX's Image, so it is tested without a toolkit.
 *
 * @param <P> the decoded picture (JavaFX's Image in the app)
 */
public final class StagePicture<P> {

    private final PictureSource<P> source;
    private final ReadOnlyObjectWrapper<PictureState<P>> state = new ReadOnlyObjectWrapper<>(this, "state", new PictureState.Loading<>());
    private Slide slide;
    private CompletableFuture<P> wanted;

    public StagePicture(PictureSource<P> source) {
        this.source = source;
    }

    /** Shows {@code slide}'s picture, decoded to fit {@code width} x {@code height}. */
    public void show(Slide slide, double width, double height) {
        this.slide = slide;
        request(source.slide(slide, width, height), false);
    }

    /**
     * The picture area is now {@code width} x {@code height}: a picture decoded for a smaller one is
     * decoded again, and stays on show until the larger one is ready.
     */
    public void resize(double width, double height) {
        if (slide != null && state.get() instanceof PictureState.Shown<P> shown && source.tooSmall(shown.picture(), width, height)) {
            request(source.slide(slide, width, height), true);
        }
    }

    private void request(CompletableFuture<P> picture, boolean keepShown) {
        wanted = picture;
        if (!picture.isDone() && !keepShown) {
            state.set(new PictureState.Loading<>());
        }
        picture.whenComplete((decoded, failure) -> {
            if (wanted != picture || failure instanceof CancellationException) {
                return; // the reader has moved on
            }
            if (failure != null && keepShown) {
                return; // the smaller copy on show stays
            }
            state.set(failure == null ? new PictureState.Shown<>(decoded)
                    : new PictureState.Broken<>(PictureRefusedException.of(failure)));
        });
    }

    // --- state

    public ReadOnlyObjectProperty<PictureState<P>> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PictureState<P> getState() {
        return state.get();
    }
}
