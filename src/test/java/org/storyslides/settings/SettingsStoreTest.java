package org.storyslides.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path folder;
    final List<String> warnings = new ArrayList<>();

    private SettingsStore store() {
        return new SettingsStore(folder.resolve("storyslides").resolve("settings.properties"), warnings::add);
    }

    @Test
    void nothingRememberedAtFirst() {
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(warnings).isEmpty();
    }

    @Test
    void whatIsSavedComesBack() {
        Settings settings = new Settings(Optional.of("military-photos-2016"), Optional.of(7), Optional.of(false),
                Optional.of(new Settings.WindowBounds(10, 20, 1100, 700)), Optional.of(0.35), Optional.of(1.25), true);
        store().save(settings);
        assertThat(store().load()).isEqualTo(settings);
        assertThat(warnings).isEmpty();
    }

    @Test
    void resetForgetsEverything() {
        store().save(Settings.NONE.withReducedMotion(true));
        store().reset();
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(Files.exists(store().file())).isFalse();
    }

    @Test
    void nonsenseValuesAreForgottenOneByOne() throws IOException {
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), """
                gallery=mattis-quotes
                slide=-3
                caption.visible=false
                window.x=abc
                window.y=1
                window.width=800
                window.height=600
                split=7
                story.text.scale=NaN
                """);
        Settings loaded = store().load();
        assertThat(loaded.gallery()).contains("mattis-quotes");
        assertThat(loaded.slide()).isEmpty();
        assertThat(loaded.captionVisible()).contains(false);
        assertThat(loaded.window()).isEmpty();
        assertThat(loaded.split()).isEmpty();
        assertThat(loaded.storyTextScale()).isEmpty();
        // each skipped value is named in a warning
        assertThat(warnings).containsExactlyInAnyOrder(
                store().file() + ": slide=-3 ignored (expected a slide number from 0)",
                store().file() + ": window.x=abc ignored (expected a number)",
                store().file() + ": split=7 ignored (expected a fraction between 0 and 1)",
                store().file() + ": story.text.scale=NaN ignored (expected a scale above 0)");
    }

    @Test
    void anUnreadableFileIsNamedAndTheDefaultsUsed() throws IOException {
        Files.createDirectories(store().file());  // a folder where the file should be
        assertThat(store().load()).isEqualTo(Settings.NONE);
        assertThat(warnings).singleElement().asString()
                .startsWith("could not read the settings in " + store().file());
    }
}
