package org.storyslides.folder;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DroppedFolderTest {

    @Test
    void aDroppedFolderIsOpened() {
        assertThat(DroppedFolder.of(List.of(new File("/home/me/show")))).contains(new File("/home/me/show"));
    }

    @Test
    void aDroppedStoryFileOpensItsFolder() {
        assertThat(DroppedFolder.of(List.of(new File("/home/me/show/story.json")))).contains(new File("/home/me/show"));
    }

    @Test
    void aRelativeNameIsMadeAbsolute() {
        assertThat(DroppedFolder.of(List.of(new File("show")))).contains(new File("show").getAbsoluteFile());
    }

    @Test
    void twoThingsDroppedAreNotAFolderToOpen() {
        assertThat(DroppedFolder.of(List.of(new File("/a"), new File("/b")))).isEmpty();
    }

    @Test
    void nothingDroppedIsNothingToOpen() {
        assertThat(DroppedFolder.of(List.of())).isEqualTo(Optional.empty());
    }

    @Test
    void anotherJsonFileIsOpenedAsItIsAndRefusedThereAsNotAFolder() {
        assertThat(DroppedFolder.of(List.of(new File("/home/me/show/galleries/trip.json"))))
                .contains(new File("/home/me/show/galleries/trip.json"));
    }
}
