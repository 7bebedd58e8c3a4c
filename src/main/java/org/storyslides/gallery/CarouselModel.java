package org.storyslides.gallery;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import org.storyslides.content.Content;
import org.storyslides.content.Gallery;
import org.storyslides.content.GalleryInfo;
import org.storyslides.content.GalleryLoad;
import org.storyslides.content.Problem;
import org.storyslides.content.Slide;
import org.storyslides.i18n.Messages;

import java.util.List;

/**
 * The carousel's state: which gallery and slide are on show, whether the caption is shown and
 * whether the SEE ALL grid replaces the slide. Views bind to its read-only properties and call its
 * commands; it knows nothing of controls, so it is tested without a toolkit.
 */
public final class CarouselModel {

    private final Content content;
    private final ReadOnlyObjectWrapper<Gallery> gallery = new ReadOnlyObjectWrapper<>(this, "gallery");
    private final ReadOnlyIntegerWrapper slideIndex = new ReadOnlyIntegerWrapper(this, "slideIndex");
    private final ReadOnlyBooleanWrapper captionVisible = new ReadOnlyBooleanWrapper(this, "captionVisible", true);
    private final ReadOnlyBooleanWrapper gridShown = new ReadOnlyBooleanWrapper(this, "gridShown");
    private final ReadOnlyIntegerWrapper gridCursor = new ReadOnlyIntegerWrapper(this, "gridCursor");
    private final ReadOnlyObjectWrapper<List<Problem>> galleryProblems = new ReadOnlyObjectWrapper<>(this, "galleryProblems", List.of());

    private final ObservableObjectValue<Slide> slide;
    private final ObservableStringValue counterText;
    private final ObservableStringValue counterAccessibleText;
    private final ObservableBooleanValue canGoPrevious;
    private final ObservableBooleanValue canGoNext;

    public CarouselModel(Content content, Messages messages) {
        this.content = content;
        // the loader has loaded and checked the first gallery already
        gallery.set(((GalleryLoad.Loaded) content.gallery(content.galleries().get(0).id())).gallery());
        // a refused gallery's problems stay listed until the reader moves on
        slideIndex.addListener(observable -> galleryProblems.set(List.of()));
        gridShown.addListener(observable -> galleryProblems.set(List.of()));
        slide = Bindings.createObjectBinding(() -> gallery.get().slides().get(slideIndex.get()), gallery, slideIndex);
        counterText = Bindings.createStringBinding(
                () -> messages.format("carousel.counter", slideIndex.get() + 1, gallery.get().size()), gallery, slideIndex);
        counterAccessibleText = Bindings.createStringBinding(
                () -> messages.format("carousel.counter.accessible", slideIndex.get() + 1, gallery.get().size()), gallery, slideIndex);
        canGoPrevious = slideIndex.greaterThan(0);
        canGoNext = Bindings.createBooleanBinding(() -> slideIndex.get() < gallery.get().size() - 1, gallery, slideIndex);
    }

    // --- commands

    /**
     * Opens a gallery at its cover, with the slide (not the grid) on show. A gallery is loaded when
     * first shown; one whose file has problems is not shown: its problems are listed instead
     * ({@link #galleryProblemsProperty()}) and the gallery on show stays.
     */
    public void showGallery(String id) {
        GalleryLoad load = content.gallery(id);
        if (load instanceof GalleryLoad.Failed failed) {
            galleryProblems.set(failed.problems());
            return;
        }
        Gallery next = ((GalleryLoad.Loaded) load).gallery();
        gridShown.set(false);
        // index first, so no binding ever sees the new gallery with an index past its end
        slideIndex.set(0);
        gallery.set(next);
        galleryProblems.set(List.of());
    }

    /** Closes the list of a refused gallery's problems. */
    public void dismissGalleryProblems() {
        galleryProblems.set(List.of());
    }

    /** Shows the next gallery of the story at its cover, after the last coming back to the first. */
    public void showNextGallery() {
        showGallery(neighbourGallery(1).id());
    }

    public void showPreviousGallery() {
        showGallery(neighbourGallery(-1).id());
    }

    private GalleryInfo neighbourGallery(int step) {
        List<GalleryInfo> galleries = content.galleries();
        String current = gallery.get().id();
        int here = 0;
        while (!galleries.get(here).id().equals(current)) {
            here++;
        }
        return galleries.get(Math.floorMod(here + step, galleries.size()));
    }

    public void showFirstSlide() {
        showSlide(0);
    }

    public void showLastSlide() {
        showSlide(gallery.get().size() - 1);
    }

    public void showNextSlide() {
        if (canGoNext.get()) {
            slideIndex.set(slideIndex.get() + 1);
        }
    }

    public void showPreviousSlide() {
        if (canGoPrevious.get()) {
            slideIndex.set(slideIndex.get() - 1);
        }
    }

    /** Shows slide {@code index} (0-based) of the current gallery and leaves the grid. */
    public void showSlide(int index) {
        if (index < 0 || index >= gallery.get().size()) {
            throw new IndexOutOfBoundsException("slide " + index + " of a gallery of " + gallery.get().size());
        }
        slideIndex.set(index);
        gridShown.set(false);
    }

    public void toggleCaption() {
        captionVisible.set(!captionVisible.get());
    }

    /** Opens the SEE ALL grid with its keyboard cursor on the slide on show. */
    public void showGrid() {
        gridCursor.set(slideIndex.get());
        gridShown.set(true);
    }

    public void toggleGrid() {
        if (gridShown.get()) {
            backToSlide();
        } else {
            showGrid();
        }
    }

    /** Moves the grid's keyboard cursor by {@code step} thumbnails, stopping at the ends. */
    public void moveGridCursor(int step) {
        gridCursor.set(Math.max(0, Math.min(gallery.get().size() - 1, gridCursor.get() + step)));
    }

    public void moveGridCursorTo(int index) {
        gridCursor.set(Math.max(0, Math.min(gallery.get().size() - 1, index)));
    }

    /** Shows the slide under the grid's cursor. */
    public void openGridCursor() {
        showSlide(gridCursor.get());
    }

    public void backToSlide() {
        gridShown.set(false);
    }

    // --- gallery

    public ReadOnlyObjectProperty<Gallery> galleryProperty() {
        return gallery.getReadOnlyProperty();
    }

    public Gallery getGallery() {
        return gallery.get();
    }

    // --- galleryProblems: why the gallery last asked for could not be shown (empty: nothing to say)

    public ReadOnlyObjectProperty<List<Problem>> galleryProblemsProperty() {
        return galleryProblems.getReadOnlyProperty();
    }

    public List<Problem> getGalleryProblems() {
        return galleryProblems.get();
    }

    // --- slideIndex (0-based)

    public ReadOnlyIntegerProperty slideIndexProperty() {
        return slideIndex.getReadOnlyProperty();
    }

    public int getSlideIndex() {
        return slideIndex.get();
    }

    // --- captionVisible

    public ReadOnlyBooleanProperty captionVisibleProperty() {
        return captionVisible.getReadOnlyProperty();
    }

    public boolean isCaptionVisible() {
        return captionVisible.get();
    }

    // --- gridShown

    public ReadOnlyBooleanProperty gridShownProperty() {
        return gridShown.getReadOnlyProperty();
    }

    public boolean isGridShown() {
        return gridShown.get();
    }

    // --- gridCursor: the thumbnail the keyboard is on while the grid is shown

    public ReadOnlyIntegerProperty gridCursorProperty() {
        return gridCursor.getReadOnlyProperty();
    }

    public int getGridCursor() {
        return gridCursor.get();
    }

    // --- derived values

    public ObservableObjectValue<Slide> slideProperty() {
        return slide;
    }

    public ObservableStringValue counterTextProperty() {
        return counterText;
    }

    public ObservableStringValue counterAccessibleTextProperty() {
        return counterAccessibleText;
    }

    public ObservableBooleanValue canGoPreviousProperty() {
        return canGoPrevious;
    }

    public ObservableBooleanValue canGoNextProperty() {
        return canGoNext;
    }

    /** Whether the cover (the first slide) is on show; read live, so a listener on the slide sees it right. */
    public boolean isOnCover() {
        return slideIndex.get() == 0;
    }

    public Content content() {
        return content;
    }
}
