package org.storyslides.app;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.handout.PdfReading;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+P and Ctrl+E save the handout where the (here injected) save dialog says, and say so in a notice. */
class HandoutWindowTest extends BundledWindowTest {

    @TempDir
    Path folder;
    private final List<String> suggested = new ArrayList<>();

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private void saveTo(FxRobot robot, Path file) {
        robot.interact(() -> window.setHandoutTarget((owner, name, messages) -> {
            suggested.add(name);
            return Optional.ofNullable(file);
        }));
    }

    private void awaitNotice(String text) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.notices().getText().equals(text));
    }

    /** The handout once the notice says it is saved: it is moved into place whole, so it is complete once there. */
    private PdfReading savedHandout(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.notices().getText().startsWith("Handout saved"));
        return new PdfReading(file);
    }

    @Test
    void ctrlPWritesTheHandoutAndSaysSo(FxRobot robot) throws Exception {
        Path file = folder.resolve("story.pdf");
        saveTo(robot, file);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        assertThat(window.notices().getText()).isEqualTo("Saving the handout: story.pdf\u2026");
        assertThat(window.presenter().isOpen()).as("Ctrl+P is not P").isFalse();

        try (PdfReading pdf = savedHandout(file)) {
            assertThat(window.notices().getText()).isEqualTo("Handout saved: story.pdf (" + pdf.pages() + " pages)");
            assertThat(pdf.bodies()).startsWith("Defense secretary Mattis sees no American military collaboration with Russia");
        }
        assertThat(suggested).containsExactly("defense-secretary-mattis-sees-no-american.pdf");
    }

    @Test
    void ctrlEToo(FxRobot robot) throws Exception {
        Path file = folder.resolve("e.pdf");
        saveTo(robot, file);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        try (PdfReading pdf = savedHandout(file)) {
            assertThat(window.notices().getText()).isEqualTo("Handout saved: e.pdf (" + pdf.pages() + " pages)");
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidSoInTheNotice(FxRobot robot) throws Exception {
        Path target = Files.createDirectory(folder.resolve("a-folder.pdf"));
        saveTo(robot, target);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        awaitNotice("Could not save the handout: " + target + " is a folder");
    }

    @Test
    void cancellingTheDialogSavesNothing(FxRobot robot) {
        saveTo(robot, null);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        assertThat(suggested).hasSize(1);
        assertThat(window.notices().getText()).isEmpty();
    }
}
