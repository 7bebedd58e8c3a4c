package org.storyslides.newshow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The photos at a folder's top, by ending; other files skipped; special files and links outside refused; each list in name order. */
class PhotoFolderTest {

    @TempDir
    Path folder;

    @Test
    void picturesSkippedAndRefusedAreEachInNameOrder() throws IOException {
        List<String> pictures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int i = 40; i >= 10; i--) {
            Files.write(folder.resolve("p" + i + ".jpg"), new byte[]{1});
            Files.write(folder.resolve("n" + i + ".txt"), new byte[]{1});
            Files.createSymbolicLink(folder.resolve("l" + i + ".png"), Path.of("/etc/hostname"));
            pictures.add(0, "p" + i + ".jpg");
            skipped.add(0, "n" + i + ".txt");
            refused.add(0, "l" + i + ".png skipped: must stay inside the content folder (it links outside)");
        }
        Files.createDirectory(folder.resolve("inner.jpg"));
        Files.write(folder.resolve(".hidden.jpg"), new byte[]{1});
        Files.write(folder.resolve(".hidden.txt"), new byte[]{1});
        PhotoFolder.Scan scan = PhotoFolder.scan(folder);
        assertThat(scan.pictures()).containsExactlyElementsOf(pictures);
        assertThat(scan.skipped()).containsExactlyElementsOf(skipped);
        assertThat(scan.refused()).containsExactlyElementsOf(refused);
    }

    @Test
    void aPictureIsNamedByItsEndingInAnyCase() {
        assertThat(PhotoFolder.isPictureName("a.JPG")).isTrue();
        assertThat(PhotoFolder.isPictureName("a.b.jpeg")).isTrue();
        assertThat(PhotoFolder.isPictureName("x.Bmp")).isTrue();
        assertThat(PhotoFolder.isPictureName("x.gif")).isTrue();
        assertThat(PhotoFolder.isPictureName("x.png")).isTrue();
        assertThat(PhotoFolder.isPictureName(".jpg")).as("a hidden file's name, not an ending").isFalse();
        assertThat(PhotoFolder.isPictureName("jpg")).isFalse();
        assertThat(PhotoFolder.isPictureName("a.jpg.txt")).isFalse();
        assertThat(PhotoFolder.isPictureName("a.tiff")).isFalse();
    }
}
