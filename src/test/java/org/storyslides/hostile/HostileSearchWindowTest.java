package org.storyslides.hostile;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.app.SlideshowWindow;
import org.storyslides.app.TestWindows;
import org.storyslides.app.WindowOptions;
import org.storyslides.content.Content;
import org.storyslides.content.TestImages;
import org.storyslides.presentation.ManualClock;
import org.storyslides.search.SearchPlace;
import org.storyslides.search.SearchResult;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in the window over a folder whose second gallery was broken after the window opened: the words
 * of the broken gallery are not found and the status says a gallery could not be read, the good
 * gallery's are listed, and the window goes on answering keys.
 */
@ExtendWith(ApplicationExtension.class)
class HostileSearchWindowTest {

    @TempDir
    Path folder;
    @TempDir
    Path settings;

    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();

    private SlideshowWindow window;

    @Start
    void start(Stage stage) {
        Content content = TestWindows.offTheJavaFxThread(this::folderWithABrokenSecondGallery);
        window = new SlideshowWindow(content, WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(settings.resolve("settings.properties"), warning -> { }));
        window.show(stage);
    }

    private Content folderWithABrokenSecondGallery() {
        try {
            Files.createDirectories(folder.resolve("images"));
            Files.write(folder.resolve("images/p.png"), TestImages.png(32, 18));
            HostileFolders.gallery(folder, "good", "Good gallery", List.of(slide("The good cover"), slide("A goodword caption"),
                    slide("The last good slide")));
            HostileFolders.gallery(folder, "broken", "Broken gallery", List.of(slide("The broken cover"), slide("A brokenword caption")));
            HostileFolders.story(folder, List.of("A story with a gallery that breaks."), List.of("good", "broken"));
            Content content = HostileFolders.open(folder);
            // broken after the window opened: search finds out when it reads the gallery
            Files.writeString(folder.resolve("galleries/broken.json"), "{\"id\": \"broken\", \"title\": ");
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBrokenGallerysWordsAreNotFoundTheStatusSaysSoTheGoodOnesAreListedAndTheWindowGoesOn(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#search-layer").query().isVisible()).isTrue();

        robot.write("brokenword");
        awaitAnswer(robot, "brokenword", 0);
        assertThat(status(robot)).isEqualTo("No results \u00B7 1 gallery could not be read");
        assertThat(robot.lookup("#search-results").query().isVisible()).isFalse();

        robot.eraseText("brokenword".length());
        robot.write("goodword");
        awaitAnswer(robot, "goodword", 1);
        assertThat(window.search().getResults()).extracting(SearchResult::place)
                .containsExactly(new SearchPlace.Slide("good", "Good gallery", 1));
        assertThat(status(robot)).isEqualTo("1 of 1 \u00B7 1 gallery could not be read");
        List<ListCell<?>> cells = robot.lookup("#search-results .list-cell").queryAll().stream()
                .<ListCell<?>>map(node -> (ListCell<?>) node).filter(cell -> !cell.isEmpty() && cell.isVisible()).toList();
        assertThat(cells).hasSize(1);
        assertThat(cells.get(0).lookup(".search-where")).isInstanceOfSatisfying(Label.class,
                where -> assertThat(where.getText()).isEqualTo("Good gallery, slide 2"));

        // the window still works: Esc closes search where the window is, Right moves the slide
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.search().isOpen()).isFalse();
        assertThat(robot.lookup("#search-layer").query().isVisible()).isFalse();
        assertThat(counter(robot)).isEqualTo("1 of 3");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counter(robot)).isEqualTo("2 of 3");
        assertThat(uncaught.thrown()).as("exceptions no one caught").isEmpty();
    }

    /** Waits until every gallery has been read and the field's text has been answered with {@code results} results. */
    private void awaitAnswer(FxRobot robot, String typed, int results) throws TimeoutException {
        TextField field = robot.lookup("#search").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> window.search().indexProperty().get().complete()
                && field.getText().equals(typed) && window.search().getResults().size() == results
                && status(robot).startsWith(results == 0 ? "No results" : "1 of " + results)).get());
        WaitForAsyncUtils.waitForFxEvents();
        TestWindows.layOutNow(robot);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#search-status").queryAs(Label.class).getText();
    }

    private static String counter(FxRobot robot) {
        return robot.lookup("#counter").queryAs(Label.class).getText();
    }

    private static HostileFolders.SlideSpec slide(String caption) {
        return new HostileFolders.SlideSpec("images/p.png", List.of(caption));
    }
}
