package org.storyslides.app;

import org.storyslides.gallery.CarouselModel;
import org.storyslides.gallery.ZoomModel;
import org.storyslides.gallery.FilmstripModel;
import org.storyslides.keys.Command;
import org.storyslides.keys.HelpModel;
import org.storyslides.keys.SlideNumberEntry;
import org.storyslides.presentation.AutoplayModel;
import org.storyslides.presentation.PresentationModel;
import org.storyslides.presentation.ScreenCover;
import org.storyslides.presenter.PresenterModel;
import org.storyslides.search.SearchModel;
import org.storyslides.story.StoryTextSize;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/** Carries out what a key asks for, on the models. */
final class Commands {

    private final CarouselModel carousel;
    private final SlideNumberEntry entry;
    private final HelpModel help;
    private final PresentationModel presentation;
    private final AutoplayModel autoplay;
    private final StoryTextSize storyText;
    private final IntSupplier gridColumns;
    private final ZoomModel zoom;
    private final IntConsumer captionScroll;
    private final FilmstripModel filmstrip;
    private final PresenterModel presenter;
    private final Runnable quit;
    private final SearchModel search;
    private final Runnable exportHandout;
    private final Runnable openFolder;

    /**
     * @param captionScroll scrolls the caption: 1 down, -1 up (a view's work: how far is a matter of its type and band)
     * @param quit          closes the window (the window's own work: it saves what it remembers as it closes)
     * @param exportHandout asks where to save the handout PDF and saves it in the background ({@link HandoutSaving})
     * @param openFolder    asks for a content folder and opens it in the window ({@link ShowSession})
     */
    Commands(CarouselModel carousel, SlideNumberEntry entry, HelpModel help, PresentationModel presentation,
             AutoplayModel autoplay, StoryTextSize storyText, IntSupplier gridColumns, IntConsumer captionScroll,
             ZoomModel zoom, FilmstripModel filmstrip, PresenterModel presenter, Runnable quit, Runnable exportHandout,
             Runnable openFolder, SearchModel search) {
        this.openFolder = openFolder;
        this.presenter = presenter;
        this.search = search;
        this.quit = quit;
        this.exportHandout = exportHandout;
        this.zoom = zoom;
        this.filmstrip = filmstrip;
        this.carousel = carousel;
        this.entry = entry;
        this.help = help;
        this.presentation = presentation;
        this.autoplay = autoplay;
        this.storyText = storyText;
        this.gridColumns = gridColumns;
        this.captionScroll = captionScroll;
    }

    /** @param digit the digit typed, for {@link Command#TYPE_DIGIT} */
    void run(Command command, int digit) {
        if (entry.isOpen() && !keepsTypedNumber(command)) {
            entry.cancel(); // another key leaves the number behind
        }
        if (presentation.isCovered() && command.navigates()) {
            presentation.uncover(); // first bring the slide back; the next key moves on
            return;
        }
        switch (command) {
            case NEXT_SLIDE -> carousel.showNextSlide();
            case PREVIOUS_SLIDE -> carousel.showPreviousSlide();
            case FIRST_SLIDE -> carousel.showFirstSlide();
            case LAST_SLIDE -> carousel.showLastSlide();
            case TYPE_DIGIT -> entry.typeDigit(digit);
            case GO_TO_TYPED_SLIDE -> entry.submit();
            case TOGGLE_CAPTION -> carousel.toggleCaption();
            case SCROLL_CAPTION_DOWN -> captionScroll.accept(1);
            case SCROLL_CAPTION_UP -> captionScroll.accept(-1);
            case TOGGLE_GRID -> carousel.toggleGrid();
            case ZOOM_TOGGLE -> zoom.toggleActualSize();
            case ZOOM_IN -> zoom.zoomIn();
            case ZOOM_OUT -> zoom.zoomOut();
            case PAN -> { } // carried out by pan(dx, dy): the key says which way
            case TOGGLE_FILMSTRIP -> filmstrip.toggle();
            case GRID_LEFT -> carousel.moveGridCursor(-1);
            case GRID_RIGHT -> carousel.moveGridCursor(1);
            case GRID_UP -> carousel.moveGridCursor(-gridColumns.getAsInt());
            case GRID_DOWN -> carousel.moveGridCursor(gridColumns.getAsInt());
            case GRID_FIRST -> carousel.moveGridCursorTo(0);
            case GRID_LAST -> carousel.moveGridCursorTo(carousel.getGallery().size() - 1);
            case GRID_OPEN -> carousel.openGridCursor();
            case NEXT_GALLERY -> carousel.showNextGallery();
            case PREVIOUS_GALLERY -> carousel.showPreviousGallery();
            case TOGGLE_PRESENTATION -> presentation.toggle();
            case PRESENT_FROM_COVER -> {
                carousel.showFirstSlide();
                presentation.enter();
            }
            case PRESENT_FROM_HERE -> {
                carousel.backToSlide();
                presentation.enter();
            }
            case CLOSE_LAYER -> closeLayer();
            case QUIT -> quit.run();
            case TOGGLE_AUTOPLAY -> autoplay.toggle();
            case AUTOPLAY_FASTER -> {
                if (autoplay.isPlaying()) {
                    autoplay.faster();
                }
            }
            case AUTOPLAY_SLOWER -> {
                if (autoplay.isPlaying()) {
                    autoplay.slower();
                }
            }
            case TOGGLE_LOOP -> autoplay.toggleLoop();
            case BLACK_SCREEN -> presentation.toggleCover(ScreenCover.BLACK);
            case WHITE_SCREEN -> presentation.toggleCover(ScreenCover.WHITE);
            case PRESENTER_VIEW -> presenter.toggle();
            case AUDIENCE_NEXT_SCREEN -> presenter.moveAudienceToNextScreen();
            case TIMER_PAUSE -> presenter.pacing().togglePause();
            case TIMER_RESET -> presenter.pacing().reset();
            case OPEN_SEARCH -> search.open();
            case SEARCH_NEXT -> search.goNext();
            case SEARCH_PREVIOUS -> search.goPrevious();
            case SEARCH_LOOK_NEXT -> search.lookNext();
            case SEARCH_LOOK_PREVIOUS -> search.lookPrevious();
            case SEARCH_CLOSE -> search.close();
            case TOGGLE_HELP -> help.toggle();
            case STORY_TEXT_LARGER -> storyText.larger();
            case STORY_TEXT_SMALLER -> storyText.smaller();
            case STORY_TEXT_DEFAULT -> storyText.reset();
            case EXPORT_HANDOUT -> exportHandout.run();
            case OPEN_FOLDER -> openFolder.run();
        }
    }

    /** An arrow key while zoomed: shows more of the picture that way. */
    void pan(int dx, int dy) {
        if (entry.isOpen()) {
            entry.cancel();
        }
        zoom.panStep(dx, dy);
    }

    private static boolean keepsTypedNumber(Command command) {
        return command == Command.TYPE_DIGIT || command == Command.GO_TO_TYPED_SLIDE || command == Command.CLOSE_LAYER
                || command == Command.TOGGLE_HELP;
    }

    /** Esc: closes the top layer only, and never quits. */
    private void closeLayer() {
        if (help.isShown()) {
            help.close();
        } else if (entry.isOpen()) {
            entry.cancel();
        } else if (!carousel.getGalleryProblems().isEmpty()) {
            carousel.dismissGalleryProblems();
        } else if (presentation.isCovered()) {
            presentation.uncover();
        } else if (carousel.isGridShown()) {
            carousel.backToSlide();
        } else if (!zoom.isFitted()) {
            zoom.fit();
        } else if (presentation.isPresenting()) {
            presentation.leave();
        }
    }
}
