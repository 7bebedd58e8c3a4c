package org.storyslides.app;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 20,000 seeded random keys, clicks and clock ticks across every mode (window, grid, presentation,
 * help, number entry, autoplay, black and white screens), with an uncaught-exception handler
 * installed; after every event the window's state must hold together.
 */
class SoakTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    static final int EVENTS = 20_000;
    static final long SEED = 26_11_2026L;
    private static final KeyCode[] KEYS = {KeyCode.RIGHT, KeyCode.LEFT, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP, KeyCode.SPACE,
            KeyCode.BACK_SPACE, KeyCode.HOME, KeyCode.END, KeyCode.N, KeyCode.C, KeyCode.G, KeyCode.F, KeyCode.F11, KeyCode.F5,
            KeyCode.ESCAPE, KeyCode.A, KeyCode.B, KeyCode.W, KeyCode.F1, KeyCode.ENTER, KeyCode.UP, KeyCode.DOWN, KeyCode.TAB,
            KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT9, KeyCode.DIGIT0};
    private static final String[] TYPED = {"?", "+", "-", "[", "]", ".", ","};
    private static final String[] BUTTONS = {"#next", "#previous", "#caption-toggle", "#see-all", "#back-to-slide", ".gallery-link"};
    private static final Pattern COUNTER = Pattern.compile("(\\d+) of (\\d+)");

    final List<Throwable> uncaught = new ArrayList<>();

    @Test
    void stateHoldsAfterEveryEvent(FxRobot robot) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
        try {
            Random random = new Random(SEED);
            int batch = 500;
            for (int done = 0; done < EVENTS; done += batch) {
                int start = done;
                robot.interact(() -> {
                    Scene scene = window.stage().getScene();
                    for (int i = start; i < start + batch; i++) {
                        String event = act(scene, random);
                        checkState(scene, i, event);
                    }
                });
            }
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertThat(uncaught).as("uncaught exceptions").isEmpty();
        assertThat(window.stage().isShowing()).isTrue();
    }

    private String act(Scene scene, Random random) {
        int kind = random.nextInt(10);
        if (kind < 6) {
            KeyCode code = KEYS[random.nextInt(KEYS.length)];
            boolean shift = random.nextInt(8) == 0;
            boolean control = random.nextInt(10) == 0;
            Event.fireEvent(scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot(),
                    new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false));
            Event.fireEvent(scene.getRoot(), new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, control, false, false));
            return (control ? "Ctrl+" : "") + (shift ? "Shift+" : "") + code;
        }
        if (kind < 7) {
            String character = TYPED[random.nextInt(TYPED.length)];
            Event.fireEvent(scene.getRoot(), new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
            return "typed " + character;
        }
        if (kind < 9) {
            String query = BUTTONS[random.nextInt(BUTTONS.length)];
            List<Node> matches = new ArrayList<>(scene.getRoot().lookupAll(query));
            if (!matches.isEmpty() && matches.get(random.nextInt(matches.size())) instanceof ButtonBase button
                    && button.isVisible() && !button.isDisabled()) {
                button.fire();
            }
            return "click " + query;
        }
        clock.advance(Duration.millis(random.nextInt(3_000)));
        return "clock";
    }

    private void checkState(Scene scene, int index, String event) {
        String where = "after event " + index + " (" + event + ", seed " + SEED + ")";
        Matcher counter = COUNTER.matcher(((Label) scene.lookup("#counter")).getText());
        assertThat(counter.matches()).as(where).isTrue();
        int shown = Integer.parseInt(counter.group(1));
        int total = Integer.parseInt(counter.group(2));
        assertThat(shown).as(where).isBetween(1, total);
        assertThat(total).as(where).isEqualTo(window.carousel().getGallery().size());

        boolean gridShown = scene.lookup("#grid") != null && scene.lookup("#grid").isVisible();
        boolean slideShown = scene.lookup("#slide-image").isVisible();
        assertThat(gridShown ^ slideShown).as(where + ": exactly one of slide or grid").isTrue();

        boolean captionVisible = scene.lookup("#caption").isVisible();
        String toggle = ((javafx.scene.control.Labeled) scene.lookup("#caption-toggle")).getText();
        assertThat(toggle).as(where).isEqualTo(window.carousel().isCaptionVisible() ? "HIDE CAPTION" : "SHOW CAPTION");
        assertThat(captionVisible).as(where).isEqualTo(window.carousel().isCaptionVisible() && !gridShown);
    }
}
