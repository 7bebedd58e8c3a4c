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
        assertThat(keyMap.rows()).allSatisfy(row -> assertThat(words).contains(row.description(), row.section()));
        assertThat(keyMap.gestures()).allSatisfy(gesture -> {
            assertThat(gesture.keysText()).isEqualTo(bundle.getString("gesture." + gesture.name() + ".text"));
            assertThat(gesture.description()).isEqualTo(bundle.getString("gesture." + gesture.name()));
        });
    }

    @Test
    void everyKeyMapMessageInTheBundleIsUsed() {
        Set<String> shown = keyMap.rows().stream()
                .flatMap(row -> java.util.stream.Stream.of(row.section(), row.description(), row.keysText()))
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
