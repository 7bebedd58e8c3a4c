package org.storyslides.keys;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rows of the key map apply in which state (the search field takes every key but its own and the everywhere ones). */
class KeyMapStateTest {

    static Set<KeyMap.Context> allowed(KeyMap.State state) {
        return EnumSet.allOf(KeyMap.Context.class).stream().filter(state::allows).collect(Collectors.toSet());
    }

    @Test
    void whileSearchingOnlyTheSearchFieldsKeysAndTheEverywhereKeysApply() {
        assertThat(allowed(new KeyMap.State(false, false, false, true)))
                .containsExactlyInAnyOrder(KeyMap.Context.SEARCH, KeyMap.Context.EVERYWHERE);
        assertThat(allowed(new KeyMap.State(true, true, true, true)))
                .containsExactlyInAnyOrder(KeyMap.Context.SEARCH, KeyMap.Context.EVERYWHERE);
    }

    @Test
    void onASlideTheSlidesKeysApplyAndTheSearchFieldsDoNot() {
        assertThat(allowed(new KeyMap.State(false, false)))
                .containsExactlyInAnyOrder(KeyMap.Context.ALWAYS, KeyMap.Context.EVERYWHERE, KeyMap.Context.SLIDE);
    }

    @Test
    void inTheGridTheGridsKeysApply() {
        assertThat(allowed(new KeyMap.State(true, false)))
                .containsExactlyInAnyOrder(KeyMap.Context.ALWAYS, KeyMap.Context.EVERYWHERE, KeyMap.Context.GRID);
    }

    @Test
    void typingANumberAddsItsKeysAndZoomedAddsThePanKeysOnASlideOnly() {
        assertThat(allowed(new KeyMap.State(false, true, true)))
                .containsExactlyInAnyOrder(KeyMap.Context.ALWAYS, KeyMap.Context.EVERYWHERE, KeyMap.Context.SLIDE,
                        KeyMap.Context.TYPING, KeyMap.Context.ZOOMED);
        assertThat(allowed(new KeyMap.State(true, false, true))).doesNotContain(KeyMap.Context.ZOOMED);
    }

    @Test
    void theSearchRowsSayWhatTheFieldDoesWithItsKeys() {
        KeyMap keyMap = new KeyMap(new org.storyslides.i18n.Messages(java.util.Locale.ENGLISH));
        assertThat(keyMap.bindings().stream().filter(binding -> binding.context() == KeyMap.Context.SEARCH)
                .map(binding -> binding.keysText() + " " + binding.command()))
                .containsExactly("Enter SEARCH_NEXT", "Shift+Enter SEARCH_PREVIOUS", "Down SEARCH_LOOK_NEXT", "Up SEARCH_LOOK_PREVIOUS",
                        "Esc SEARCH_CLOSE");
        assertThat(keyMap.bindings().stream().filter(binding -> binding.context() == KeyMap.Context.EVERYWHERE)
                .map(binding -> binding.keysText() + " " + binding.command()))
                .containsExactly("Ctrl+Q QUIT", "F3 SEARCH_NEXT", "Shift+F3 SEARCH_PREVIOUS");
    }
}
