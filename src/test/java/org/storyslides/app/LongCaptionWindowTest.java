package org.storyslides.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.content.TestImages;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * A gallery whose captions are one line and thirty: the picture stays where it is, the long one
 * scrolls from the keyboard a page at a time, and each slide starts at its caption's top.
 */
@ExtendWith(ApplicationExtension.class)
class LongCaptionWindowTest {

    static final int LONG = 30;

    @TempDir
    static Path folder;
    @TempDir
    Path settings;
    SlideshowWindow window;

    @Start
    void start(Stage stage) {
        window = new SlideshowWindow(TestWindows.offTheJavaFxThread(LongCaptionWindowTest::content), WindowOptions.defaults(Duration.ZERO),
                new ManualClock(), new SettingsStore(settings.resolve("settings.properties"), warning -> { }));
        window.show(stage);
    }

    // slides: the cover, one line, thirty lines, one line, a quote with no caption
    private static Content content() {
        try {
            if (!Files.exists(folder.resolve("story.json"))) {
                Files.createDirectories(folder.resolve("images"));
                Files.createDirectories(folder.resolve("galleries"));
                Files.write(folder.resolve("images/p.png"), TestImages.png(1600, 900));
                String thirty = IntStream.rangeClosed(1, LONG).mapToObj(n -> "\"Line " + n + " of the long caption.\"")
                        .collect(Collectors.joining(", "));
                Files.writeString(folder.resolve("galleries/lines.json"), """
                        {"id": "lines", "title": "Lines", "slides": [
                          {"image": "images/p.png", "headline": "Lines", "caption": []},
                          {"image": "images/p.png", "caption": ["One line."], "credit": "Credit"},
                          {"image": "images/p.png", "caption": [%s], "credit": "Credit"},
                          {"image": "images/p.png", "caption": ["One line again."]},
                          {"image": "images/p.png", "headline": "\\"A quote.\\"", "caption": []}
                        ]}""".formatted(thirty));
                Files.writeString(folder.resolve("story.json"), "{\"headline\": \"H\", \"source\": \"S\", \"dateline\": \"D\", "
                        + "\"published\": \"2026-11-26\", \"body\": [{\"type\": \"gallery\", \"text\": \"RELATED: Lines\", \"gallery\": \"lines\"}]}");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ((LoadResult.Loaded) new ContentLoader().load(folder)).content();
    }

    @Test
    void aOneLineAndAThirtyLineCaptionLeaveThePictureWhereItIs(FxRobot robot) {
        List<List<Bounds>> seen = new ArrayList<>();
        for (int slide = 1; slide <= 5; slide++) {
            verifyThat("#counter", hasText(slide + " of 5"));
            TestWindows.layOutNow(robot);
            seen.add(List.of(inScene(robot, ".photo-stage"), inScene(robot, "#slide-image"), inScene(robot, "#caption")));
            robot.type(KeyCode.RIGHT);
        }
        assertThat(seen).allSatisfy(bounds -> assertThat(bounds).isEqualTo(seen.get(0)));
        // the thirty lines would take the window: the band stops at its share of the carousel, and scrolls
        double carousel = robot.lookup("#carousel").queryAs(Region.class).getHeight();
        assertThat(seen.get(0).get(2).getHeight()).isLessThanOrEqualTo(carousel * 0.42 + 1).isGreaterThan(carousel * 0.3);
    }

    @Test
    void theCaptionKeysScrollALongCaptionAPageAtATimeAndANewSlideStartsAtTheTop(FxRobot robot) {
        ScrollPane scroll = captionScroll(robot);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.J);
        assertThat(scroll.getVvalue()).as("a one-line caption does not scroll").isZero();

        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText("3 of 5"));
        TestWindows.layOutNow(robot);
        assertThat(scroll.getVvalue()).isZero();
        assertThat(fade(robot, "bottom").isVisible()).as("the fade says there is more below").isTrue();
        assertThat(fade(robot, "top").isVisible()).isFalse();

        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        double firstPage = scroll.getVvalue();
        assertThat(firstPage).isPositive().isLessThan(1);
        assertStartsAtALine(robot, scroll);
        assertThat(fade(robot, "top").isVisible()).isTrue();
        robot.type(KeyCode.J);
        double secondPage = scroll.getVvalue();
        assertThat(secondPage).isGreaterThan(firstPage);
        if (secondPage < 1) {
            assertStartsAtALine(robot, scroll);
        }
        robot.type(KeyCode.K);
        assertThat(scroll.getVvalue()).isPositive().isLessThan(secondPage);
        assertStartsAtALine(robot, scroll);
        robot.press(KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT);
        assertThat(scroll.getVvalue()).isZero();

        for (int page = 0; page < LONG && scroll.getVvalue() < 1; page++) {
            robot.type(KeyCode.J);
        }
        assertThat(scroll.getVvalue()).as("the end is reached").isEqualTo(1);
        assertThat(fade(robot, "bottom").isVisible()).isFalse();

        robot.type(KeyCode.RIGHT);
        assertThat(scroll.getVvalue()).as("the next slide starts at the top").isZero();
        robot.type(KeyCode.LEFT);
        verifyThat("#counter", hasText("3 of 5"));
        assertThat(scroll.getVvalue()).as("and so does the long one, come back to").isZero();
    }

    @Test
    void hidingTheCaptionGivesItsBandToThePicture(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        TestWindows.layOutNow(robot);
        double withCaption = inScene(robot, ".photo-stage").getHeight();
        robot.type(KeyCode.C);
        TestWindows.layOutNow(robot);
        assertThat(inScene(robot, ".photo-stage").getHeight()).isGreaterThan(withCaption + 100);
        robot.type(KeyCode.C);
        TestWindows.layOutNow(robot);
        assertThat(inScene(robot, ".photo-stage").getHeight()).isEqualTo(withCaption);
    }

    /** A page scrolled to by a key starts with a whole line, where the caption's first line stands. */
    private static void assertStartsAtALine(FxRobot robot, ScrollPane scroll) {
        Region text = (Region) scroll.getContent();
        double offset = scroll.getVvalue() * (text.getHeight() - scroll.getViewportBounds().getHeight());
        List<Double> lineStarts = robot.from(text).lookup(".caption-paragraph").queryAllAs(Label.class).stream()
                .map(line -> text.sceneToLocal(line.localToScene(0, 0)).getY() - text.snappedTopInset()).toList();
        assertThat(lineStarts).anySatisfy(start -> assertThat(start).isCloseTo(offset, within(1.0)));
    }

    private static ScrollPane captionScroll(FxRobot robot) {
        return robot.from(robot.lookup("#caption").queryParent()).lookup(".scroll-pane").queryAs(ScrollPane.class);
    }

    private static Node fade(FxRobot robot, String edge) {
        Parent caption = robot.lookup("#caption").queryParent();
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(caption).lookup(".caption-fade-" + edge).query();
    }

    private static Bounds inScene(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getLayoutBounds());
    }
}
