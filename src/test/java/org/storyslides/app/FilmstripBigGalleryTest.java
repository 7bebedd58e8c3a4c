package org.storyslides.app;

import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.bench.SyntheticContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The filmstrip of a 10,000-slide gallery: it costs what is on screen, not what the gallery holds. */
@ExtendWith(ApplicationExtension.class)
class FilmstripBigGalleryTest {

    static final int SLIDES = 10_000;

    @TempDir
    Path folder;
    SlideshowWindow window;

    @Start
    void start(Stage stage) {
        Content content = TestWindows.offTheJavaFxThread(this::bigContent);
        window = new SlideshowWindow(content, WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(folder.resolve("settings.properties"), warning -> { }));
        window.show(stage);
    }

    private Content bigContent() {
        try {
            return ((LoadResult.Loaded) new ContentLoader().load(SyntheticContent.write(folder.resolve("content"), SLIDES))).content();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Node> cells(FxRobot robot) {
        TestWindows.layOutNow(robot);
        return List.copyOf(robot.lookup("#filmstrip .filmstrip-cell").queryAll());
    }

    /** Waits until every cell on screen shows its thumbnail: the decodes asked for have run. */
    private static void awaitThumbnails(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#filmstrip .filmstrip-cell")
                .queryAll().stream().filter(cell -> cell.isVisible() && ((IndexedCell<?>) cell).getItem() != null)
                .allMatch(cell -> ((ImageView) cell.lookup(".image-view")).getImage() != null)).get());
    }

    @Test
    void onlyAScreenfulOfCellsExistAndDecodeAndTheLastSlideIsMarkedInView(FxRobot robot) throws Exception {
        verifyThat("#counter", hasText("1 of 10,000"));
        robot.type(KeyCode.T);
        awaitThumbnails(robot);
        double strip = robot.lookup("#filmstrip").query().getLayoutBounds().getWidth();
        int screenful = (int) Math.ceil(strip / 104) + 1;
        assertThat(cells(robot)).as("cells for a strip %.0f px wide", strip).isNotEmpty().hasSizeLessThanOrEqualTo(screenful + 2);
        long first = window.images().thumbnailDecodes();
        assertThat(first).isPositive().isLessThanOrEqualTo(screenful + 2);

        robot.type(KeyCode.END);
        verifyThat("#counter", hasText("10,000 of 10,000"));
        FilmstripWindowTest.currentCellIsMarkedAndOnScreen(robot, SLIDES - 1);
        awaitThumbnails(robot);
        assertThat(cells(robot)).hasSizeLessThanOrEqualTo(screenful + 2);
        // the strip jumped from one end to the other: nothing in between was made or decoded
        assertThat(window.images().thumbnailDecodes()).isLessThan(60);

        robot.type(KeyCode.DIGIT5, KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.ENTER);
        verifyThat("#counter", hasText("5,000 of 10,000"));
        FilmstripWindowTest.currentCellIsMarkedAndOnScreen(robot, 4999);
        robot.clickOn(FilmstripWindowTest.cell(robot, 5001));
        verifyThat("#counter", hasText("5,002 of 10,000"));
        awaitThumbnails(robot);
        assertThat(window.images().thumbnailDecodes()).isLessThan(60);
    }

    @Test
    void thumbnailsDroppedWhileTheStripWasHiddenAreAskedForAgainWhenItComesBack(FxRobot robot) throws Exception {
        robot.type(KeyCode.T);
        awaitThumbnails(robot);
        // a jump makes new cells whose decodes are queued; hidden at once, the strip drops them
        robot.type(KeyCode.DIGIT7, KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.ENTER, KeyCode.T, KeyCode.T);
        verifyThat("#counter", hasText("7,000 of 10,000"));
        FilmstripWindowTest.currentCellIsMarkedAndOnScreen(robot, 6999);
        awaitThumbnails(robot);
        robot.type(KeyCode.G, KeyCode.RIGHT, KeyCode.ENTER);
        verifyThat("#counter", hasText("7,001 of 10,000"));
        awaitThumbnails(robot);
    }
}
