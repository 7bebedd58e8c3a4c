package org.storyslides.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu entry and the window name the same class, so a dock groups the running window with its
 * entry. (The window's WM_CLASS itself needs GTK: CI reads it off the app image under Xvfb.)
 */
class WindowClassTest {

    @Test
    void theDesktopEntrysStartupWmClassIsTheClassTheAppGivesItsWindows() throws IOException {
        assertThat(Files.readAllLines(Path.of("src/packaging/deb/storyslides.desktop")))
                .containsOnlyOnce("StartupWMClass=" + WindowClass.NAME);
    }

    @Test
    void theClassIsTheLaunchersName() throws IOException {
        // the image's launcher is bin/<name>: a dock that goes by the command's name agrees too
        assertThat(Files.readAllLines(Path.of("src/packaging/dist.sh"))).containsOnlyOnce("name=" + WindowClass.NAME);
    }
}
