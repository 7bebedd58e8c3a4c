package org.storyslides.app;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.gallery.ZoomModel;
import org.storyslides.keys.Command;
import org.storyslides.keys.KeyMap;
import org.storyslides.keys.SlideNumberEntry;
import org.storyslides.presentation.AutoplayModel;
import org.storyslides.search.SearchModel;

/**
 * The scene-level key filter: looks each key up in the {@link KeyMap} and runs its command,
 * wherever the focus is. Space and Enter press a focused button only when the keyboard brought the
 * focus there (Tab: the focus is visible); a button focused by a click leaves them to the key map,
 * and a click anywhere takes a visible focus's meaning (and its ring) away again.
 */
final class KeyboardInput {

    private final KeyMap keyMap;
    private final Commands commands;
    private final CarouselModel carousel;
    private final SlideNumberEntry entry;
    private final AutoplayModel autoplay;
    private final ZoomModel zoom;
    private final SearchModel search;

    KeyboardInput(KeyMap keyMap, Commands commands, CarouselModel carousel, SlideNumberEntry entry, AutoplayModel autoplay,
                  ZoomModel zoom, SearchModel search) {
        this.search = search;
        this.zoom = zoom;
        this.keyMap = keyMap;
        this.commands = commands;
        this.carousel = carousel;
        this.entry = entry;
        this.autoplay = autoplay;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.ANY, event -> handle(scene, event));
        // the pointer in hand: the keys go back to the key map (focusing the same node again hides its focus)
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            Node owner = scene.getFocusOwner();
            if (owner != null && owner.isFocusVisible()) {
                owner.requestFocus();
            }
        });
        // JavaFX buttons answer Space only (Enter is for a dialog's default button); readers expect both
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && scene.getFocusOwner() instanceof ButtonBase button && button.isFocusVisible()
                    && !button.isDisabled()) {
                button.fire();
                event.consume();
            }
        });
    }

    private void handle(Scene scene, KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            autoplay.setKeyHeld(true);
        } else if (event.getEventType() == KeyEvent.KEY_RELEASED) {
            autoplay.setKeyHeld(false);
            return;
        }
        if (pressesFocusedButton(scene, event)) {
            return;
        }
        keyMap.find(event, new KeyMap.State(carousel.isGridShown(), entry.isTyping(), !zoom.isFitted(), search.isOpen())).ifPresent(binding -> {
            if (binding.command() == Command.PAN) {
                int[] direction = KeyMap.panDirection(event);
                commands.pan(direction[0], direction[1]);
            } else {
                commands.run(binding.command(), binding.command() == Command.TYPE_DIGIT ? KeyMap.digitOf(event) : -1);
            }
            event.consume();
        });
        // a button the pointer focused never takes Space or Enter: what the key map leaves of them does nothing
        if (!event.isConsumed() && event.getEventType() == KeyEvent.KEY_PRESSED && isPlainSpaceOrEnter(event)
                && scene.getFocusOwner() instanceof ButtonBase button && !button.isFocusVisible()) {
            event.consume();
        }
    }

    private boolean pressesFocusedButton(Scene scene, KeyEvent event) {
        return isPlainSpaceOrEnter(event) && scene.getFocusOwner() instanceof ButtonBase button && button.isFocusVisible()
                && !entry.isTyping();
    }

    private static boolean isPlainSpaceOrEnter(KeyEvent event) {
        return (event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER)
                && !event.isShiftDown() && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown();
    }
}
