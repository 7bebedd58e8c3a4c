package org.storyslides.app;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.ContentFolderFixture;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** A picture that cannot be decoded shows a clear placeholder; the caption stays. */
@ExtendWith(ApplicationExtension.class)
class BrokenImageWindowTest {

    @TempDir
    static Path folder;

    @Start
    void start(Stage stage) {
        ContentFolderFixture fixture = new ContentFolderFixture(folder);
        fixture.write();
        // passes --check (the file is there) but is no picture: the window must still cope
        fixture.writeBytes("images/demo/01.png", "not a picture".getBytes(StandardCharsets.UTF_8));
        Content content = TestWindows.offTheJavaFxThread(() -> ((LoadResult.Loaded) new ContentLoader().load(folder)).content());
        new SlideshowWindow(content, WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(folder.resolve("settings.properties"), warning -> { })).show(stage);
    }

    @Test
    void aBrokenImageShowsAPlaceholderAndKeepsTheCaption(FxRobot robot) throws Exception {
        assertThat(TestWindows.awaitPicture(robot)).isNotNull();
        assertThat(robot.lookup(".image-placeholder").queryAs(Label.class).isVisible()).as("placeholder on a good image").isFalse();

        robot.clickOn("#next");
        assertThat(TestWindows.awaitPicture(robot)).isNull();
        verifyThat(".image-placeholder", isVisible());
        verifyThat(".image-placeholder", hasText("Image unavailable: the file is not a picture this app can read"));
        verifyThat("#caption", isVisible());
        verifyThat("#counter", hasText("2 of 2"));
        assertThat(robot.lookup(".caption-paragraph").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("One.", "Two.");
    }
}
