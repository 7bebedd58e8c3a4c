package org.storyslides.gallery;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import org.storyslides.content.Content;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.AutoplayModel;
import org.storyslides.presentation.MotionPreference;

import java.util.List;

/**
 * A carousel that is never shown, stepped through the story's first gallery while the window is idle
 * after its first frame: the same view code as the window's carousel (caption, counter, filmstrip,
 * picture, the SEE ALL grid, their CSS and layout), so the JIT has compiled a slide change before the reader makes one
 * (the first 200 changes of a fresh start took twice as long as later ones). It has models of its own,
 * reads no file (its pictures are one tiny stand-in), and leaves nothing of the window changed.
 */
public final class CarouselRehearsal implements RehearsalModel.Rehearsal {

    // one small picture for every slide: the picture path runs, nothing is decoded
    private static final Image STAND_IN = new WritableImage(16, 9);

    // every so many changes, a step opens SEE ALL instead and the next closes it (its first opening took 130-170 ms)
    private static final int GRID_EVERY = 25;

    private final CarouselModel model;
    private final CarouselView view;
    private final SlideImages images;

    /**
     * @param stylesheets     the window's, so the rehearsal styles what the window styles
     * @param slideTransition the window's, so its slide transition runs as well
     * @param filmstripShown  whether the window shows its filmstrip (a hidden one needs no rehearsal)
     */
    public CarouselRehearsal(Content content, Messages messages, List<String> stylesheets, Duration slideTransition,
                             boolean filmstripShown, double width, double height) {
        model = new CarouselModel(content, messages, CarouselModel.GalleryOpener.reading(content));
        images = new SlideImages((path, shownWidth, shownHeight) -> STAND_IN, new DecodeQueue(1), Runnable::run,
                new Rectangle2D(0, 0, width, height));
        ZoomModel zoom = new ZoomModel();
        // a clock that never ticks: nothing of the rehearsal plays on its own
        AutoplayModel autoplay = new AutoplayModel(model, listener -> { });
        view = new CarouselView(model, images, messages, new MotionPreference(slideTransition, false), autoplay, zoom,
                new PictureClicks(model, zoom, listener -> { }), new FilmstripModel(filmstripShown));
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().setAll(stylesheets);
    }

    private int changes;

    /**
     * One slide change, styled and laid out as a pulse would; after the gallery's last slide, its first
     * again. Every {@value #GRID_EVERY}th, the grid opens instead, and closes at the next step.
     */
    @Override
    public void step() {
        if (model.gridShownProperty().get() || ++changes % GRID_EVERY == 0) {
            model.toggleGrid();
        } else if (model.getSlideIndex() < model.getGallery().size() - 1) {
            model.showNextSlide();
        } else {
            model.showFirstSlide();
        }
        view.applyCss();
        view.layout();
    }

    /** The rehearsal is over: its decode thread ends, and nothing of it is left to hold. */
    @Override
    public void close() {
        images.close();
    }
}
