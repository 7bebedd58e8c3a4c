package org.storyslides.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.presentation.ManualClock;
import org.storyslides.tools.Gallery;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every number a person sees for a slide of the bundled story is the same number: the one typed to go
 * there, the counter under it ("2 of 14"), its SEE ALL thumbnail's number and the number the stand-in
 * picture prints ("02 / 14", read from the image generator's own data, which drew it).
 */
@ExtendWith(ApplicationExtension.class)
class SlideNumbersAgreeTest {

    private static final Pattern COUNTER = Pattern.compile("(\\d+) of (\\d+)");
    private static final Pattern MARK = Pattern.compile("(\\d+) / (\\d+)");

    @TempDir
    Path settings;
    SlideshowWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, settings.resolve("settings.properties"), new ManualClock());
    }

    @Test
    void theTypedNumberTheCounterTheGridAndTheStandInPictureNameEachSlideAlike(FxRobot robot)
            throws IOException, TimeoutException {
        for (String galleryFile : List.of("mattis-quotes.json", "military-photos-2016.json")) {
            Gallery drawn = Gallery.read(Path.of("assets/galleries", galleryFile));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.carousel().getGallery().id().equals(drawn.id()));
            int slides = window.carousel().getGallery().size();
            assertThat(drawn.slides()).hasSize(slides);
            for (int number = 1; number <= slides; number++) {
                typeNumber(robot, number);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(window.carousel().getSlideIndex()).as("typing %d", number).isEqualTo(number - 1);

                Matcher counter = COUNTER.matcher(robot.lookup("#counter").queryLabeled().getText());
                assertThat(counter.matches()).isTrue();
                Matcher mark = MARK.matcher(drawn.numberMark(number - 1));
                assertThat(mark.matches()).isTrue();
                assertThat(List.of(Integer.parseInt(counter.group(1)), Integer.parseInt(mark.group(1))))
                        .as("%s slide %d: counter and picture", drawn.id(), number).containsOnly(number);
                assertThat(List.of(Integer.parseInt(counter.group(2)), Integer.parseInt(mark.group(2))))
                        .as("%s: how many slides the counter and the picture say", drawn.id()).containsOnly(slides);

                robot.type(KeyCode.G);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(currentThumbnailNumber(robot)).as("%s slide %d: grid", drawn.id(), number)
                        .isEqualTo(Integer.toString(number));
                robot.type(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.push(KeyCode.CONTROL, KeyCode.TAB);
        }
    }

    private static void typeNumber(FxRobot robot, int number) {
        for (char digit : Integer.toString(number).toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(digit)));
        }
        robot.type(KeyCode.ENTER);
    }

    /** The number on the thumbnail marked as the slide on show: the grid's one current cell. */
    private static String currentThumbnailNumber(FxRobot robot) {
        List<Node> current = robot.lookup(".thumbnail-cell").queryAll().stream()
                .filter(cell -> cell.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("current")))
                .toList();
        assertThat(current).hasSize(1);
        return robot.from(current.get(0)).lookup(".thumbnail-number").queryAs(Label.class).getText();
    }
}
