package org.storyslides.folder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"story.json", "trip.json", "01.jpg", "01.JPG", "02.jpeg", "03.png", "04.gif", "05.bmp", "a.b.json"})
    void jsonFilesAndPicturesAreReadAgain(String name) {
        assertThat(ChangedFile.matters(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".story.json.swp", "story.json~", "4913", ".json", "notes.txt", "story.json.tmp", "json", "photo.jpg.part",
            ".hidden.jpg", "story.", "x.webp"})
    void editorFilesAndOtherFilesAreNot(String name) {
        assertThat(ChangedFile.matters(name)).isFalse();
    }
}
