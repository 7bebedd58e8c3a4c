package org.storyslides.app;

import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.storyslides.content.Content;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.gallery.CarouselView;
import org.storyslides.gallery.SlideImages;
import org.storyslides.i18n.Messages;
import org.storyslides.story.StoryView;

import java.util.Locale;
import java.util.Objects;

/** The main window: the story on the left, the carousel on the right, in a split the user can drag. */
public final class SlideshowWindow {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 720;
    static final double MIN_WIDTH = 880;
    static final double MIN_HEIGHT = 560;
    static final double STORY_SHARE = 0.4;
    /** The slide fade: short enough never to hold up a reader stepping through. */
    public static final Duration SLIDE_TRANSITION = Duration.millis(180);

    private final Content content;
    private final Duration transition;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private CarouselModel carousel;

    public SlideshowWindow(Content content, Duration transition) {
        this.content = content;
        this.transition = transition;
    }

    public void show(Stage stage) {
        carousel = new CarouselModel(content, messages);
        SlideImages images = new SlideImages(content);
        CarouselView carouselView = new CarouselView(carousel, images, messages, transition);
        StoryView storyView = new StoryView(carousel, images, messages);

        SplitPane split = new SplitPane(storyView, carouselView);
        split.setId("split");
        split.setDividerPositions(STORY_SHARE);

        Scene scene = new Scene(split, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                SlideshowWindow.class.getResource("slideshow.css"), "missing resource: slideshow.css").toExternalForm());
        KeyMap keys = new KeyMap(carousel);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
        // JavaFX buttons answer Space only (Enter is for a dialog's default button); readers expect both
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && scene.getFocusOwner() instanceof ButtonBase button && !button.isDisabled()) {
                button.fire();
                event.consume();
            }
        });

        stage.setTitle(content.story().headline());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.show();
        // start reading: the story has the focus, so Up/Down scroll it and Tab leads to the controls
        storyView.requestFocus();
    }

    /** The carousel's state, for tests and for the parts built on top of the window. */
    public CarouselModel carousel() {
        return carousel;
    }
}
