package org.storyslides.hostile;

import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
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
import org.storyslides.content.TestFiles;
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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * Pictures no honest camera writes, in the window, in the app's own heap: one gallery whose slides
 * are each a hostile picture, captioned "Caption of &lt;file&gt;". Some are made hostile after the
 * folder was checked ({@code load()} passed them as regular pictures inside the folder): one becomes
 * a named pipe, one grows to 2 GB, one becomes a link to a picture outside the folder. Each refused
 * one shows the placeholder with its exact reason, the caption stays, and the app goes on: it steps,
 * and the cover's picture decodes again.
 */
@ExtendWith(ApplicationExtension.class)
class HostilePicturesWindowTest {

    private static final List<String> UHD = IntStream.rangeClosed(1, 6).mapToObj(i -> "uhd-" + i + ".png").toList();
    private static final String PIPE = "pipe.jpg";
    private static final String HUGE = "huge.jpg";
    private static final String PROGRESSIVE_BOMB = "progressive-bomb.jpg";
    private static final String SWAPPED = "swapped.jpg";
    private static final String OS2 = "os2.bmp";
    private static final String FRAMES = "frames.gif";
    private static final String LAST = "last.png";
    // the cover, then the six big ones (stepped through from the cover), then one hostile picture a slide
    private static final List<String> FILES = Stream.of(Stream.of("cover.png"), UHD.stream(),
            Stream.of(PIPE, HUGE, PROGRESSIVE_BOMB, SWAPPED, OS2, FRAMES, LAST)).flatMap(s -> s).toList();
    /** The outside picture's size: no picture of the folder has it, so it would be told apart if it were ever shown. */
    private static final int OUTSIDE_WIDTH = 333;
    private static final int OUTSIDE_HEIGHT = 187;
    private static final int GIF_FRAMES = 2_000;

    // made once for the class: the window reads a fresh copy of them in every test
    private static byte[] uhdPng;
    private static byte[] manyFramesGif;

    @TempDir
    Path folder;
    @TempDir
    Path outside;
    @TempDir
    Path settings;

    private Stage stage;
    private SlideshowWindow window;
    private boolean pipeMade;
    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Content content = TestWindows.offTheJavaFxThread(this::hostileContentUnchecked);
        window = new SlideshowWindow(content, WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(settings.resolve("settings.properties"), warning -> { }));
        window.show(stage);
    }

    private Content hostileContentUnchecked() {
        try {
            return hostileContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Content hostileContent() throws IOException {
        synchronized (HostilePicturesWindowTest.class) {
            if (uhdPng == null) {
                uhdPng = TestImages.png(3840, 2160);
                manyFramesGif = HostileFolders.animatedGif(320, 180, GIF_FRAMES);
            }
        }
        Path images = Files.createDirectories(folder.resolve("images"));
        Files.write(images.resolve("cover.png"), TestImages.png(640, 360));
        for (String file : UHD) {
            Files.write(images.resolve(file), uhdPng);
        }
        // the three made hostile after the check are honest pictures while it runs
        Files.write(images.resolve(PIPE), TestImages.picture("jpg", 320, 180));
        Files.write(images.resolve(HUGE), HostileFolders.jpegStart());
        Files.write(images.resolve(SWAPPED), TestImages.picture("jpg", 320, 180));
        Files.write(images.resolve(PROGRESSIVE_BOMB), HostileFolders.progressiveJpegHeader(24_000, 24_000));
        Files.write(images.resolve(OS2), HostileFolders.os2Bitmap(320, 180));
        Files.write(images.resolve(FRAMES), manyFramesGif);
        Files.write(images.resolve(LAST), TestImages.png(480, 270));
        Files.write(outside.resolve("elsewhere.jpg"), TestImages.picture("jpg", OUTSIDE_WIDTH, OUTSIDE_HEIGHT));
        HostileFolders.gallery(folder, "hostile", "Hostile pictures", FILES.stream()
                .map(file -> new HostileFolders.SlideSpec("images/" + file, List.of("Caption of " + file))).toList());
        HostileFolders.story(folder, List.of("A story beside hostile pictures."), List.of("hostile"));

        Content content = HostileFolders.load(folder);

        pipeMade = TestFiles.namedPipe(images.resolve(PIPE));
        HostileFolders.growSparse(images.resolve(HUGE), 2L << 30);
        HostileFolders.replaceByLink(images.resolve(SWAPPED), outside.resolve("elsewhere.jpg"));
        return content;
    }

    @Test
    void aPictureThatIsANamedPipeIsRefusedWithinSecondsAndLeavesNoThreadThatKeepsTheAppAlive(FxRobot robot) throws Exception {
        assumeTrue(pipeMade, "mkfifo made no named pipe on this system");
        goTo(robot, PIPE);

        // a decode thread that opened the pipe would wait for a writer for ever: the reason comes at once instead
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> placeholderText(robot).startsWith("Image unavailable")).get());
        } catch (TimeoutException e) {
            throw new AssertionError("no reason within 5 s; the placeholder says \"" + placeholderText(robot) + "\"", e);
        }
        assertRefused(robot, PIPE, "Image unavailable: the file is not a regular file");
        assertTheAppGoesOn(robot, PIPE);

        robot.interact(stage::hide);
        // the app may exit now: a thread of its own that is no daemon (one waiting on the pipe) would keep it alive
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> appThreadsKeepingTheJvmAlive().isEmpty());
        } catch (TimeoutException e) {
            assertThat(appThreadsKeepingTheJvmAlive()).as("threads of the app alive after its window was hidden").isEmpty();
        }
        assertNoUncaughtException();
    }

    @Test
    void aJpegThatGrewToTwoGigabytesAfterTheCheckIsRefusedUnreadAsTooLargeToOpen(FxRobot robot) throws Exception {
        goTo(robot, HUGE);

        assertThat(TestWindows.awaitPicture(robot)).isNull();
        assertRefused(robot, HUGE, "Image unavailable: the file is too large to open");
        assertTheAppGoesOn(robot, HUGE);
        assertNoUncaughtException();
    }

    @Test
    void aProgressiveJpegClaiming24000By24000PixelsIsRefusedFromItsHeader(FxRobot robot) throws Exception {
        goTo(robot, PROGRESSIVE_BOMB);

        assertThat(TestWindows.awaitPicture(robot)).isNull();
        assertRefused(robot, PROGRESSIVE_BOMB, "Image unavailable: the picture is too large to open (24000 \u00d7 24000 pixels)");
        assertTheAppGoesOn(robot, PROGRESSIVE_BOMB);
        assertNoUncaughtException();
    }

    @Test
    void aPictureSwappedForALinkOutsideTheFolderAfterTheCheckIsRefusedAndNeverShown(FxRobot robot) throws Exception {
        List<Image> everShown = Collections.synchronizedList(new ArrayList<>());
        ImageView view = slideImageView(robot);
        robot.interact(() -> view.imageProperty().addListener((observable, was, image) -> {
            if (image != null) {
                everShown.add(image);
            }
        }));
        goTo(robot, SWAPPED);

        assertThat(TestWindows.awaitPicture(robot)).isNull();
        assertRefused(robot, SWAPPED, "Image unavailable: the file links outside the content folder");
        assertTheAppGoesOn(robot, SWAPPED);
        assertThat(everShown).as("pictures shown in the test").isNotEmpty()
                .noneMatch(image -> image.getWidth() == OUTSIDE_WIDTH && image.getHeight() == OUTSIDE_HEIGHT);
        assertNoUncaughtException();
    }

    @Test
    void anOs2BitmapIsRefusedAsNotAPictureThisAppCanRead(FxRobot robot) throws Exception {
        goTo(robot, OS2);

        assertThat(TestWindows.awaitPicture(robot)).isNull();
        assertRefused(robot, OS2, "Image unavailable: the file is not a picture this app can read");
        assertTheAppGoesOn(robot, OS2);
        assertNoUncaughtException();
    }

    @Test
    void aGifOfTwoThousandFramesIsShownStillAtItsFirstFrameWithoutRunningTheHeapOut(FxRobot robot) throws Exception {
        goTo(robot, FRAMES);

        Image picture = TestWindows.awaitPicture(robot);

        assertThat(picture).as("the GIF is shown, not refused (placeholder: %s)", placeholderText(robot)).isNotNull();
        assertThat(robot.lookup(".image-placeholder").query().isVisible()).isFalse();
        assertThat(picture.getWidth()).isEqualTo(320);
        assertThat(picture.getHeight()).isEqualTo(180);
        Color shown = picture.getPixelReader().getColor(160, 90);
        assertThat(shown.getRed() * 255).as("red of the first frame").isCloseTo(HostileFolders.FIRST_FRAME.getRed(), within(2.0));
        assertThat(shown.getGreen() * 255).isCloseTo(HostileFolders.FIRST_FRAME.getGreen(), within(2.0));
        assertThat(shown.getBlue() * 255).isCloseTo(HostileFolders.FIRST_FRAME.getBlue(), within(2.0));
        assertCaption(robot, FRAMES);
        assertTheAppGoesOn(robot, FRAMES);
        assertNoUncaughtException();
    }

    @Test
    void sixUltraHdPicturesSteppedThroughQuicklyAreEachShownWithoutRunningTheHeapOut(FxRobot robot) throws Exception {
        verifyThat("#counter", hasText("1 of " + FILES.size()));
        // one press after the other, no wait for any picture: the decodes pile up behind the reader
        for (int i = 0; i < UHD.size(); i++) {
            robot.type(KeyCode.RIGHT);
        }
        verifyThat("#counter", hasText((UHD.size() + 1) + " of " + FILES.size()));

        for (int i = UHD.size() - 1; i >= 0; i--) {
            verifyThat("#counter", hasText((i + 2) + " of " + FILES.size()));
            Image picture = TestWindows.awaitPicture(robot);
            assertThat(picture).as("%s is shown (placeholder: %s)", UHD.get(i), placeholderText(robot)).isNotNull();
            assertThat(picture.getWidth() / picture.getHeight()).as(UHD.get(i)).isCloseTo(16 / 9.0, within(0.01));
            assertCaption(robot, UHD.get(i));
            robot.type(KeyCode.LEFT);
        }
        verifyThat("#counter", hasText("1 of " + FILES.size()));
        assertThat(TestWindows.awaitPicture(robot)).isNotNull();
        assertNoUncaughtException();
    }

    // --- steps and checks

    /** Jumps to the slide of {@code file} by typing its number, as a reader does. */
    private static void goTo(FxRobot robot, String file) {
        int number = FILES.indexOf(file) + 1;
        for (char digit : Integer.toString(number).toCharArray()) {
            robot.type(KeyCode.valueOf("DIGIT" + digit));
        }
        robot.type(KeyCode.ENTER);
        verifyThat("#counter", hasText(number + " of " + FILES.size()));
    }

    private static void assertRefused(FxRobot robot, String file, String reason) {
        WaitForAsyncUtils.waitForFxEvents();
        Label placeholder = robot.lookup(".image-placeholder").queryAs(Label.class);
        assertThat(slideImageView(robot).getImage()).as(file + " is not shown").isNull();
        assertThat(placeholder.isVisible()).as(file + ": the placeholder is shown").isTrue();
        assertThat(placeholder.getText()).as(file).isEqualTo(reason);
        assertCaption(robot, file);
    }

    private static void assertCaption(FxRobot robot, String file) {
        assertThat(robot.lookup(".caption-paragraph").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Caption of " + file);
    }

    /** After the hostile slide the reader steps on, and back on the cover its picture is decoded and shown. */
    private static void assertTheAppGoesOn(FxRobot robot, String file) throws Exception {
        int number = FILES.indexOf(file) + 1;
        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText(Math.min(number + 1, FILES.size()) + " of " + FILES.size()));
        robot.type(KeyCode.HOME);
        verifyThat("#counter", hasText("1 of " + FILES.size()));
        assertThat(TestWindows.awaitPicture(robot)).as("the cover's picture after " + file).isNotNull();
        assertCaption(robot, "cover.png");
    }

    private void assertNoUncaughtException() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught.thrown()).as("uncaught exceptions (an OutOfMemoryError among them?)").isEmpty();
    }

    private static List<String> appThreadsKeepingTheJvmAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("storyslides-") && thread.isAlive() && !thread.isDaemon())
                .map(Thread::getName).toList();
    }

    private static String placeholderText(FxRobot robot) {
        return robot.lookup(".image-placeholder").queryAs(Label.class).getText();
    }

    private static ImageView slideImageView(FxRobot robot) {
        return (ImageView) robot.lookup("#slide-image").queryParent().getChildrenUnmodifiable().get(0);
    }
}
