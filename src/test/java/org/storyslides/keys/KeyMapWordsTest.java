package org.storyslides.keys;

import org.junit.jupiter.api.Test;
import org.storyslides.i18n.Messages;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The key map's words come from the message bundle, every one of them is used, and every command is described. */
class KeyMapWordsTest {

    final KeyMap keyMap = new KeyMap(new Messages(Locale.ENGLISH));
    final ResourceBundle bundle = ResourceBundle.getBundle("org.storyslides.i18n.messages", Locale.ENGLISH);

    @Test
    void everyRowReadsItsWordsFromTheBundle() {
        Set<String> words = bundle.keySet().stream().filter(key -> key.startsWith("keys.") || key.startsWith("gesture."))
                .map(bundle::getString).collect(Collectors.toSet());
        assertThat(keyMap.bindings()).allSatisfy(binding -> {
            assertThat(words).contains(binding.description(), binding.section());
            if (binding.context() == KeyMap.Context.POINTER) {
                assertThat(words).contains(binding.keysText());
            }
        });
    }

    @Test
    void everyKeyMapMessageInTheBundleIsUsed() {
        Set<String> shown = keyMap.bindings().stream()
                .flatMap(binding -> java.util.stream.Stream.of(binding.section(), binding.description(), binding.keysText()))
                .collect(Collectors.toSet());
        assertThat(bundle.keySet().stream().filter(key -> key.startsWith("keys.") || key.startsWith("gesture."))
                .map(bundle::getString)).allSatisfy(text -> assertThat(shown).contains(text));
    }

    @Test
    void everyCommandHasARowInTheHelp() {
        Set<Command> described = keyMap.bindings().stream().map(KeyMap.Binding::command).collect(Collectors.toSet());
        assertThat(described).containsExactlyInAnyOrder(Command.values());
    }
}
