package org.storyslides.hostile;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.GridCell;
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
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * Content at the limits the app sets (ContentLimits), all at once, in the app's own heap: a story.json
 * just under 512 KB of 1,000 blocks (998 paragraphs and the two gallery cards: the gallery blocks
 * count among the 1,000), and two galleries of 9,999 slides whose files are each just under 8 MB,
 * every slide with two caption paragraphs. The window opens on the first, steps to its end and shows
 * its grid, and opens the second beside it.
 */
@ExtendWith(ApplicationExtension.class)
class LimitsWindowTest {

    private static final long STORY_BYTES = (512L << 10) - 100;
    private static final long GALLERY_BYTES = (8L << 20) - 200;
    private static final int PARAGRAPHS = 998;
    private static final int SLIDES = 9_999;
    private static final String FIRST_TITLE = "First gallery at the limits";
    private static final String SECOND_TITLE = "Second gallery at the limits";
    private static final String WORDS = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";

    @TempDir
    Path folder;
    @TempDir
    Path settings;

    private SlideshowWindow window;
    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();

    @Start
    void start(Stage stage) {
        Content content = TestWindows.offTheJavaFxThread(this::contentAtTheLimitsUnchecked);
        window = new SlideshowWindow(content, WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(settings.resolve("settings.properties"), warning -> { }));
        window.show(stage);
    }

    private Content contentAtTheLimitsUnchecked() {
        try {
            return contentAtTheLimits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Content contentAtTheLimits() throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/p.png"), TestImages.png(320, 180));
        writeFilled("first", FIRST_TITLE);
        writeFilled("second", SECOND_TITLE);
        // the paragraphs filled so the file is just under its limit: written empty first, to measure the rest
        HostileFolders.story(folder, paragraphs(0, 0), List.of("first", "second"));
        long room = STORY_BYTES - Files.size(folder.resolve("story.json"));
        HostileFolders.story(folder, paragraphs((int) (room / PARAGRAPHS), (int) (room % PARAGRAPHS)), List.of("first", "second"));
        assertThat(Files.size(folder.resolve("story.json"))).isEqualTo(STORY_BYTES);
        assertThat(Files.size(folder.resolve("galleries/first.json"))).isEqualTo(GALLERY_BYTES);
        assertThat(Files.size(folder.resolve("galleries/second.json"))).isEqualTo(GALLERY_BYTES);
        // opened as the app opens it: the first gallery whole, the second when first shown
        return HostileFolders.open(folder);
    }

    private static List<String> paragraphs(int length, int extraOnLast) {
        return IntStream.range(0, PARAGRAPHS)
                .mapToObj(i -> filled("", length + (i == PARAGRAPHS - 1 ? extraOnLast : 0))).toList();
    }

    /** A gallery of {@link #SLIDES} slides whose file is {@link #GALLERY_BYTES} long: two caption paragraphs of filler each. */
    private void writeFilled(String id, String title) throws IOException {
        // the size grows by two characters a slide for each character more in both paragraphs (ASCII: a byte each)
        int probe = 100;
        long overhead = HostileFolders.galleryJson(id, title, slides(probe, 0)).length() - 2L * SLIDES * probe;
        long room = GALLERY_BYTES - overhead;
        String json = HostileFolders.galleryJson(id, title, slides((int) (room / (2 * SLIDES)), (int) (room % (2 * SLIDES))));
        Files.createDirectories(folder.resolve("galleries"));
        Files.writeString(folder.resolve("galleries/" + id + ".json"), json, StandardCharsets.UTF_8);
    }

    private static List<HostileFolders.SlideSpec> slides(int paragraphLength, int extraOnLast) {
        return IntStream.range(0, SLIDES).mapToObj(i -> new HostileFolders.SlideSpec("images/p.png", List.of(
                filled("Slide " + (i + 1) + ": ", paragraphLength),
                filled("", paragraphLength + (i == SLIDES - 1 ? extraOnLast : 0))))).toList();
    }

    /** {@code prefix}, then words up to {@code length} characters in all (the prefix alone when it is longer). */
    private static String filled(String prefix, int length) {
        StringBuilder text = new StringBuilder(Math.max(length, prefix.length())).append(prefix);
        while (text.length() < length) {
            text.append(WORDS, 0, Math.min(WORDS.length(), length - text.length()));
        }
        return text.toString();
    }

    @Test
    void contentAtEveryLimitOpensStepsToTheLastSlideShowsTheGridAndOpensASecondGalleryAsLarge(FxRobot robot) throws Exception {
        verifyThat("#gallery-title", hasText(FIRST_TITLE));
        verifyThat("#counter", hasText("1 of 9,999"));
        assertThat(robot.lookup(".story-paragraph").queryAll()).hasSize(PARAGRAPHS);

        robot.type(KeyCode.END);

        verifyThat("#counter", hasText("9,999 of 9,999"));
        assertThat(robot.lookup(".caption-paragraph").queryAllAs(Label.class)).hasSize(2).first()
                .matches(paragraph -> paragraph.getText().startsWith("Slide 9999: "), "the last slide's caption");
        assertThat(TestWindows.awaitPicture(robot)).as("the last slide's picture").isNotNull();

        robot.type(KeyCode.G);

        verifyThat("#grid", isVisible());
        assertThat(window.carousel().getGridCursor()).isEqualTo(SLIDES - 1);

        robot.write("]");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> SECOND_TITLE.equals(robot.lookup("#gallery-title").queryAs(Label.class).getText())).get());
        verifyThat("#counter", hasText("1 of 9,999"));
        verifyThat("#grid", isInvisible());
        verifyThat("#gallery-problems", isInvisible());
        robot.type(KeyCode.END);
        verifyThat("#counter", hasText("9,999 of 9,999"));
        assertThat(TestWindows.awaitPicture(robot)).as("the second gallery's last picture").isNotNull();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught.thrown()).as("uncaught exceptions (an OutOfMemoryError among them?)").isEmpty();
    }

    @Test
    void theGridOpenedOnTheLastSlideOfAGalleryAtTheLimitShowsThatSlideUnderItsCursor(FxRobot robot) throws Exception {
        robot.type(KeyCode.END);
        verifyThat("#counter", hasText("9,999 of 9,999"));

        robot.type(KeyCode.G);

        verifyThat("#grid", isVisible());
        assertThat(window.carousel().getGridCursor()).isEqualTo(SLIDES - 1);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> cursorCellNumber(robot)).get() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("no thumbnail on screen is under the cursor; the grid shows slides "
                    + WaitForAsyncUtils.asyncFx(() -> shownCellNumbers(robot)).get(), e);
        }
        assertThat(WaitForAsyncUtils.asyncFx(() -> cursorCellNumber(robot)).get()).isEqualTo("9999");
    }

    /** The number on the grid cell under the keyboard cursor, if one is on screen and visible (JavaFX thread). */
    private static String cursorCellNumber(FxRobot robot) {
        PseudoClass cursor = PseudoClass.getPseudoClass("cursor");
        return robot.lookup(".thumbnail-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && cell.getPseudoClassStates().contains(cursor))
                .map(cell -> (Label) cell.lookup(".thumbnail-number"))
                .map(Label::getText).findFirst().orElse(null);
    }

    /** The numbers on the grid cells on screen (JavaFX thread). */
    private static List<String> shownCellNumbers(FxRobot robot) {
        return robot.lookup(".thumbnail-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && ((GridCell<?>) cell).getItem() != null)
                .map(cell -> ((Label) cell.lookup(".thumbnail-number")).getText()).toList();
    }
}
