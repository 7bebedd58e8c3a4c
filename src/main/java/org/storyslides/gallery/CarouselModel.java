package org.storyslides.gallery;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The carousel's state: where it is (a gallery and a slide of it, one value published once per
 * move), whether the caption is shown, whether the SEE ALL grid replaces the slide, and which gallery
 * is being opened. Views bind to its read-only properties and call its commands; it knows nothing of
 * controls and reads no file itself (a {@link GalleryOpener} does, off the JavaFX thread), so it is
 * tested without a toolkit.
 */
public final class CarouselModel {

    /**
     * Where the carousel is: a gallery and a slide of it, 0-based.
     */
    public record Position(Gallery gallery, int slide) {
        public Position {
            Objects.requireNonNull(gallery, "gallery");
            if (slide < 0 || slide >= gallery.size()) {
                throw new IndexOutOfBoundsException("slide " + slide + " of a gallery of " + gallery.size());
            }
        }

        public Slide slideShown() {
            return gallery.slides().get(slide);
        }
    }

    /** Reads a gallery for the carousel and hands what it gave to {@code done} on the carousel's thread. */
    @FunctionalInterface
    public interface GalleryOpener {
        void open(String id, Consumer<GalleryLoad> done);

        /** Reads on the calling thread (tests and tools; never the window, whose thread must not wait on a file). */
        static GalleryOpener reading(Content content) {
            return (id, done) -> done.accept(content.gallery(id));
        }

        /**
         * A gallery in memory is given at once; any other is read on {@code background} and given
         * back through {@code javafx} (the JavaFX thread).
         */
        static GalleryOpener inBackground(Content content, Executor background, Executor javafx) {
            return (id, done) -> {
                Optional<Gallery> cached = content.cached(id);
                if (cached.isPresent()) {
                    done.accept(new GalleryLoad.Loaded(cached.get()));
                } else {
                    background.execute(() -> {
                        GalleryLoad load = content.gallery(id);
                        javafx.execute(() -> done.accept(load));
                    });
                }
            };
        }
    }

    private final Content content;
    private final GalleryOpener opener;
    private final ReadOnlyObjectWrapper<Position> position = new ReadOnlyObjectWrapper<>(this, "position");
    private final ReadOnlyBooleanWrapper captionVisible = new ReadOnlyBooleanWrapper(this, "captionVisible", true);
    private final ReadOnlyBooleanWrapper gridShown = new ReadOnlyBooleanWrapper(this, "gridShown");
    private final ReadOnlyIntegerWrapper gridCursor = new ReadOnlyIntegerWrapper(this, "gridCursor");
    private final ReadOnlyObjectWrapper<List<Problem>> galleryProblems = new ReadOnlyObjectWrapper<>(this, "galleryProblems", List.of());
    private final ReadOnlyObjectWrapper<GalleryInfo> opening = new ReadOnlyObjectWrapper<>(this, "opening");
    // the gallery last asked for, shown or not: ] and [ step on from it, so a refused gallery can be passed
    private String askedFor;
    private int requests;

    private final ObjectBinding<Gallery> gallery;
    private final IntegerBinding slideIndex;
    private final ObjectBinding<Slide> slide;
    private final ObservableStringValue counterText;
    private final ObservableStringValue counterAccessibleText;
    private final ObservableBooleanValue canGoPrevious;
    private final ObservableBooleanValue canGoNext;

    /** Starts on the cover of the story's first gallery. */
    public CarouselModel(Content content, Messages messages, GalleryOpener opener) {
        this.content = content;
        this.opener = opener;
        position.set(new Position(content.firstGallery(), 0));
        askedFor = content.firstGallery().id();
        // every value below follows the one position, so none is ever seen half moved
        gallery = Bindings.createObjectBinding(() -> position.get().gallery(), position);
        slideIndex = Bindings.createIntegerBinding(() -> position.get().slide(), position);
        slide = Bindings.createObjectBinding(() -> position.get().slideShown(), position);
        counterText = Bindings.createStringBinding(
                () -> messages.format("carousel.counter", position.get().slide() + 1, position.get().gallery().size()), position);
        counterAccessibleText = Bindings.createStringBinding(
                () -> messages.format("carousel.counter.accessible", position.get().slide() + 1, position.get().gallery().size()),
                position);
        canGoPrevious = Bindings.createBooleanBinding(() -> position.get().slide() > 0, position);
        canGoNext = Bindings.createBooleanBinding(() -> position.get().slide() < position.get().gallery().size() - 1, position);
        // a refused gallery's problems stay listed until the reader moves on
        position.addListener(observable -> galleryProblems.set(List.of()));
        gridShown.addListener(observable -> galleryProblems.set(List.of()));
    }

    // --- commands

    /** Opens a gallery at its cover; see {@link #showGallery(String, int)}. */
    public void showGallery(String id) {
        showGallery(id, 0);
    }

    /**
     * Opens a gallery at slide {@code slide} (its cover when it has no such slide), with the slide
     * (not the grid) on show. A gallery not in memory is read first, in the background; meanwhile
     * {@link #openingProperty()} names it and the gallery on show stays. One whose file has problems
     * is not shown: its problems are listed instead ({@link #galleryProblemsProperty()}), and the slide
     * asked for is not applied to the gallery on show. Asking again before a read is done replaces the
     * request.
     */
    public void showGallery(String id, int slide) {
        GalleryInfo info = content.info(id).orElseThrow(() -> new IllegalArgumentException("no gallery with id " + id));
        askedFor = id;
        int request = ++requests;
        if (getGallery().id().equals(id)) {
            opening.set(null);
            gridShown.set(false);
            position.set(new Position(getGallery(), slide >= 0 && slide < getGallery().size() ? slide : 0));
            return;
        }
        opening.set(info);
        opener.open(id, load -> {
            if (request != requests) {
                return; // asked for another since
            }
            opening.set(null);
            if (load instanceof GalleryLoad.Failed failed) {
                galleryProblems.set(failed.problems());
                return;
            }
            Gallery next = ((GalleryLoad.Loaded) load).gallery();
            gridShown.set(false);
            position.set(new Position(next, slide >= 0 && slide < next.size() ? slide : 0));
        });
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
        int here = 0;
        while (!galleries.get(here).id().equals(askedFor)) {
            here++;
        }
        return galleries.get(Math.floorMod(here + step, galleries.size()));
    }

    public void showFirstSlide() {
        showSlide(0);
    }

    public void showLastSlide() {
        showSlide(getGallery().size() - 1);
    }

    public void showNextSlide() {
        if (canGoNext.get()) {
            moveTo(getSlideIndex() + 1);
        }
    }

    public void showPreviousSlide() {
        if (canGoPrevious.get()) {
            moveTo(getSlideIndex() - 1);
        }
    }

    /** Shows slide {@code index} (0-based) of the current gallery and leaves the grid. */
    public void showSlide(int index) {
        moveTo(index);
        gridShown.set(false);
    }

    private void moveTo(int index) {
        Position here = position.get();
        position.set(new Position(here.gallery(), index));
        if (opening.get() == null) {
            askedFor = here.gallery().id(); // a refused gallery is behind the reader now
        }
    }

    public void toggleCaption() {
        captionVisible.set(!captionVisible.get());
    }

    /** Opens the SEE ALL grid with its keyboard cursor on the slide on show. */
    public void showGrid() {
        gridCursor.set(getSlideIndex());
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
        moveGridCursorTo(gridCursor.get() + step);
    }

    public void moveGridCursorTo(int index) {
        gridCursor.set(Math.max(0, Math.min(getGallery().size() - 1, index)));
    }

    /** Shows the slide under the grid's cursor. */
    public void openGridCursor() {
        showSlide(gridCursor.get());
    }

    public void backToSlide() {
        gridShown.set(false);
    }

    // --- position: the gallery on show and its slide, one value

    public ReadOnlyObjectProperty<Position> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public Position getPosition() {
        return position.get();
    }

    // --- gallery (follows the position)

    public ObservableObjectValue<Gallery> galleryProperty() {
        return gallery;
    }

    // read through the binding, so a view that binds to it and reads this stays told of every change
    public Gallery getGallery() {
        return gallery.get();
    }

    // --- slideIndex, 0-based (follows the position)

    public ObservableIntegerValue slideIndexProperty() {
        return slideIndex;
    }

    public int getSlideIndex() {
        return slideIndex.get();
    }

    // --- opening: the gallery being read to be shown, or null

    public ReadOnlyObjectProperty<GalleryInfo> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public GalleryInfo getOpening() {
        return opening.get();
    }

    // --- galleryProblems: why the gallery last asked for could not be shown (empty: nothing to say)

    public ReadOnlyObjectProperty<List<Problem>> galleryProblemsProperty() {
        return galleryProblems.getReadOnlyProperty();
    }

    public List<Problem> getGalleryProblems() {
        return galleryProblems.get();
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

    /** Whether the cover (the first slide) is on show. */
    public boolean isOnCover() {
        return getSlideIndex() == 0;
    }

    public Content content() {
        return content;
    }
}
