package org.storyslides.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.storyslides.gallery.CarouselModel;

import java.util.List;

/**
 * The keyboard map, declared once as data: which keys do what, with a description for people.
 * A scene-level event filter uses it, so the keys work wherever the focus is.
 */
final class KeyMap {

    record KeyBinding(List<KeyCombination> keys, String description, Runnable action) {
        boolean matches(KeyEvent event) {
            return keys.stream().anyMatch(key -> key.match(event));
        }
    }

    private final List<KeyBinding> bindings;

    KeyMap(CarouselModel carousel) {
        bindings = List.of(
                new KeyBinding(List.of(key(KeyCode.RIGHT)), "Next slide", carousel::showNextSlide),
                new KeyBinding(List.of(key(KeyCode.LEFT)), "Previous slide", carousel::showPreviousSlide));
    }

    List<KeyBinding> bindings() {
        return bindings;
    }

    /** Runs the action bound to the event's key, if any, and consumes the event it handled. */
    void handle(KeyEvent event) {
        for (KeyBinding binding : bindings) {
            if (binding.matches(event)) {
                binding.action().run();
                event.consume();
                return;
            }
        }
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }
}
