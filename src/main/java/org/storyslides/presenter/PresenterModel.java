package org.storyslides.presenter;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Rectangle2D;
import org.storyslides.content.Slide;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.PresentationModel;
import org.storyslides.presentation.ScreenCover;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The presenter view: whether it is open, which screens it and the audience view are on, what comes
 * next and what the audience sees. Opening it the first time starts the talk's clock at 0:00; closing
 * it holds the clock, and opening it again lets it run on if it ran. Knows nothing of windows: the
 * app places them from {@link #choiceProperty()}.
 */
public final class PresenterModel {

    /** The screens' visual bounds (the primary first) and the audience window's bounds, when the view opens. */
    public record Screens(List<Rectangle2D> screens, Rectangle2D window) {
    }

    private final PacingModel pacing;
    private final Supplier<Screens> screens;
    private final Optional<Integer> audienceScreen;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyObjectWrapper<ScreenChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final ObservableObjectValue<Slide> nextSlide;
    private final ObservableStringValue nextText;
    private final ObservableStringValue audienceText;
    private boolean openedBefore;
    private boolean runningWhenClosed;

    /**
     * @param screens        asked for the screens each time the view opens
     * @param audienceScreen the audience's screen asked for on the command line, 0-based
     */
    public PresenterModel(CarouselModel carousel, PresentationModel presentation, PacingModel pacing, Messages messages,
                          Supplier<Screens> screens, Optional<Integer> audienceScreen) {
        this.pacing = pacing;
        this.screens = screens;
        this.audienceScreen = audienceScreen;
        ObservableObjectValue<CarouselModel.Position> position = carousel.positionProperty();
        nextSlide = Bindings.createObjectBinding(() -> {
            CarouselModel.Position here = position.get();
            return here.slide() + 1 < here.gallery().size() ? here.gallery().slides().get(here.slide() + 1) : null;
        }, position);
        nextText = Bindings.createStringBinding(() -> {
            CarouselModel.Position here = position.get();
            return here.slide() + 1 < here.gallery().size()
                    ? messages.format("presenter.next", here.slide() + 2, here.gallery().size())
                    : messages.get("presenter.nextNone");
        }, position);
        audienceText = Bindings.createStringBinding(() -> {
            if (presentation.getCover() != ScreenCover.NONE) {
                return messages.get(presentation.getCover() == ScreenCover.BLACK ? "presenter.audience.black" : "presenter.audience.white");
            }
            if (!presentation.isPresenting()) {
                return messages.get("presenter.audience.notPresenting");
            }
            ScreenChoice where = choice.get();
            return where == null || where.sideBySide() ? messages.get("presenter.audience.window")
                    : messages.format("presenter.audience.screen", where.audienceScreen() + 1, where.screens().size());
        }, presentation.coverProperty(), presentation.presentingProperty(), choice);
    }

    // --- commands

    /** Opens the view, on the screens chosen now. */
    public void open() {
        if (open.get()) {
            return;
        }
        Screens now = screens.get();
        choice.set(ScreenChoice.of(now.screens(), now.window(), audienceScreen));
        if (!openedBefore) {
            openedBefore = true;
            pacing.reset();
            pacing.resume();
        } else if (runningWhenClosed) {
            pacing.resume();
        }
        open.set(true);
    }

    /** Closes the view; the talk's clock holds until it opens again. */
    public void close() {
        if (!open.get()) {
            return;
        }
        runningWhenClosed = pacing.isRunning();
        pacing.pause();
        open.set(false);
        choice.set(null);
    }

    public void toggle() {
        if (open.get()) {
            close();
        } else {
            open();
        }
    }

    /** The audience view to the next screen (while the view is open and there are two screens or more). */
    public void moveAudienceToNextScreen() {
        if (open.get()) {
            choice.set(choice.get().withAudienceOnNextScreen());
        }
    }

    // --- open

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    // --- choice: where the two views are; null while closed

    public ReadOnlyObjectProperty<ScreenChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    public ScreenChoice getChoice() {
        return choice.get();
    }

    // --- derived values

    /** The slide after the one on show, or null on the gallery's last. */
    public ObservableObjectValue<Slide> nextSlideProperty() {
        return nextSlide;
    }

    /** "NEXT · 3 of 14", or "NEXT" on the last slide (whose next pane says "End of gallery"). */
    public ObservableStringValue nextTextProperty() {
        return nextText;
    }

    /** What the audience sees: a black or white screen, the story (not presenting), or the slide and where. */
    public ObservableStringValue audienceTextProperty() {
        return audienceText;
    }

    public PacingModel pacing() {
        return pacing;
    }
}
