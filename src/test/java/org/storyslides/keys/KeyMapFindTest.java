package org.storyslides.keys;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.storyslides.i18n.Messages;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which row a key finds in which state, and what the keys say (no window: the events are made here). */
class KeyMapFindTest {

    static final KeyMap.State SLIDE = new KeyMap.State(false, false);
    static final KeyMap.State GRID = new KeyMap.State(true, false);
    static final KeyMap.State ZOOMED = new KeyMap.State(false, false, true);
    static final KeyMap.State SEARCHING = new KeyMap.State(false, false, false, true);

    final KeyMap keyMap = new KeyMap(new Messages(Locale.ENGLISH));

    static KeyEvent pressed(KeyCode code, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    static KeyEvent typed(String character, boolean control) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, control, false, false);
    }

    Optional<Command> find(KeyEvent event, KeyMap.State state) {
        return keyMap.find(event, state).map(KeyMap.Binding::command);
    }

    @Test
    void anArrowStepsOnASlideMovesInTheGridAndPansWhileZoomed() {
        KeyEvent right = pressed(KeyCode.RIGHT, false, false);
        assertThat(find(right, SLIDE)).contains(Command.NEXT_SLIDE);
        assertThat(find(right, GRID)).contains(Command.GRID_RIGHT);
        assertThat(find(right, ZOOMED)).contains(Command.PAN);
        assertThat(find(right, SEARCHING)).isEmpty();
    }

    @Test
    void modifiersMustMatchExactly() {
        assertThat(find(pressed(KeyCode.SPACE, false, false), SLIDE)).contains(Command.NEXT_SLIDE);
        assertThat(find(pressed(KeyCode.SPACE, true, false), SLIDE)).contains(Command.PREVIOUS_SLIDE);
        assertThat(find(pressed(KeyCode.Q, false, true), SEARCHING)).contains(Command.QUIT);
        assertThat(find(pressed(KeyCode.Q, false, false), SLIDE)).isEmpty();
        // a release is no press
        assertThat(find(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.RIGHT, false, false, false, false), SLIDE)).isEmpty();
    }

    @Test
    void aTypedCharacterFindsItsRowWithoutControlOnly() {
        assertThat(find(typed("?", false), SLIDE)).contains(Command.TOGGLE_HELP);
        assertThat(find(typed("]", false), GRID)).contains(Command.NEXT_GALLERY);
        assertThat(find(typed("?", true), SLIDE)).isEmpty();
        assertThat(find(new KeyEvent(KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, false, false, true, false), SLIDE)).isEmpty();
        assertThat(find(new KeyEvent(KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, false, false, false, true), SLIDE)).isEmpty();
        assertThat(find(typed("x", false), SLIDE)).isEmpty();
    }

    @Test
    void theKeysReadAsPrintedOnThem() {
        assertThat(keyMap.bindings().stream().filter(binding -> binding.command() == Command.TOGGLE_HELP).findFirst().orElseThrow()
                .keysText()).isEqualTo("?, F1");
        assertThat(keyMap.bindings().stream().filter(binding -> binding.command() == Command.PREVIOUS_GALLERY).findFirst().orElseThrow()
                .keysText()).isEqualTo("[, Ctrl+Shift+Tab");
    }

    @Test
    void aDigitKeySaysItsDigitAndAnArrowItsWay() {
        assertThat(KeyMap.digitOf(pressed(KeyCode.DIGIT7, false, false))).isEqualTo(7);
        assertThat(KeyMap.digitOf(pressed(KeyCode.NUMPAD3, false, false))).isEqualTo(3);
        assertThat(find(pressed(KeyCode.DIGIT7, false, false), GRID)).contains(Command.TYPE_DIGIT);
        assertThat(KeyMap.panDirection(pressed(KeyCode.LEFT, false, false))).containsExactly(-1, 0);
        assertThat(KeyMap.panDirection(pressed(KeyCode.RIGHT, false, false))).containsExactly(1, 0);
        assertThat(KeyMap.panDirection(pressed(KeyCode.UP, false, false))).containsExactly(0, -1);
        assertThat(KeyMap.panDirection(pressed(KeyCode.DOWN, false, false))).containsExactly(0, 1);
        assertThat(KeyMap.panDirection(pressed(KeyCode.A, false, false))).containsExactly(0, 0);
    }
}
