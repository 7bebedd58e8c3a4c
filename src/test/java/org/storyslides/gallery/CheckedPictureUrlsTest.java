package org.storyslides.gallery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.TestImages;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The storyslides-picture: URLs JavaFX is given, opened the way JavaFX opens them. */
class CheckedPictureUrlsTest {

    @TempDir
    Path folder;

    @Test
    void opensAFileWhoseNameHasSpacesAndAccents() throws IOException {
        byte[] png = TestImages.png(64, 36);
        Path picture = Files.write(folder.resolve("une île à 7 h #2.png"), png);

        try (InputStream in = new URL(CheckedPictureUrls.of(picture.toUri(), 640, 360)).openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(png);
        }
    }

    @Test
    void opensAPictureInsideAJar() throws IOException {
        byte[] png = TestImages.png(64, 36);
        Path jar = folder.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("assets/images/cover.png"));
            out.write(png);
        }
        URI inJar = URI.create("jar:" + jar.toUri() + "!/assets/images/cover.png");

        try (InputStream in = new URL(CheckedPictureUrls.of(inJar, 640, 360)).openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(png);
        }
    }

    @Test
    void aMissingFileIsReportedAsMissing() {
        URI missing = folder.resolve("missing.png").toUri();

        assertThatThrownBy(() -> new URL(CheckedPictureUrls.of(missing, 640, 360)).openStream())
                .isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void theCheckUsesTheSizeTheUrlCarries() throws IOException {
        // 3000 x 3000 PNG: 36 MB to decode, plus its scaled copy: fits for a thumbnail, not at 3000 x 3000
        Path picture = Files.write(folder.resolve("big.png"), TestImages.bombPng(3000, 3000));

        new URL(CheckedPictureUrls.of(picture.toUri(), 192, 108)).openStream().close();
        assertThatThrownBy(() -> new URL(CheckedPictureUrls.of(picture.toUri(), 3000, 3000)).openStream())
                .isInstanceOfSatisfying(PictureRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(PictureRefusedException.Reason.TOO_LARGE));
    }
}
