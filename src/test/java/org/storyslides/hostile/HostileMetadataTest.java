package org.storyslides.hostile;

import javafx.scene.control.Label;
import javafx.scene.image.Image;
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
import org.storyslides.gallery.ExifPictures;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyslides.gallery.ExifPictures.entry;
import static org.storyslides.gallery.ExifPictures.orientationEntry;
import static org.storyslides.gallery.ExifPictures.tiff;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * JPEGs whose EXIF no honest camera writes, in the window, in the app's own heap: one gallery whose
 * slides are each such a picture, captioned "Caption of &lt;file&gt;". Each is stored 400 x 300 and
 * red on its left quarter, the top of the portrait it is when its EXIF says orientation 6. Whatever
 * its metadata, the picture is shown (as stored, when the metadata cannot be trusted) or, when the
 * picture itself is damaged, the usual placeholder says so: never an exception, a hang or a crash.
 */
@ExtendWith(ApplicationExtension.class)
class HostileMetadataTest {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;
    /** APP1 segments of 64 KB before the image data: far past the 2 MB metadata is read to, a 131 MB file. */
    private static final int MANY_SEGMENTS = 2_000;

    private static final String COVER = "cover-6.jpg";
    private static final String CUT = "exif-cut-short.jpg";
    private static final String PAST_END = "app1-past-the-end.jpg";
    private static final String COUNT = "ifd-65535-entries.jpg";
    private static final String LOOP = "ifd-loop.jpg";
    private static final String ZERO = "orientation-0.jpg";
    private static final String NINE = "orientation-9.jpg";
    private static final String MAX = "orientation-65535.jpg";
    private static final String LONG = "orientation-long.jpg";
    private static final String ASCII = "orientation-ascii.jpg";
    private static final String MANY = "many-app1.jpg";
    private static final String MANY_FIRST = "many-app1-first.jpg";
    private static final String DAMAGED = "damaged-6.jpg";
    private static final String LAST = "last.jpg";
    private static final List<String> FILES = List.of(COVER, CUT, PAST_END, COUNT, LOOP, ZERO, NINE, MAX, LONG, ASCII, MANY,
            MANY_FIRST, DAMAGED, LAST);

    @TempDir
    static Path folder;
    @TempDir
    Path settings;
    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();

    @Start
    void start(Stage stage) {
        Content content = TestWindows.offTheJavaFxThread(HostileMetadataTest::hostileContent);
        new SlideshowWindow(content, WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(settings.resolve("settings.properties"), warning -> { })).show(stage);
    }

    /** Written once for the class (the 131 MB one takes a while); each test opens a window of its own on it. */
    private static synchronized Content hostileContent() {
        try {
            if (!Files.exists(folder.resolve("story.json"))) {
                writeFolder();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HostileFolders.load(folder);
    }

    private static void writeFolder() throws IOException {
        Path images = Files.createDirectories(folder.resolve("images"));
        byte[] stored = ExifPictures.twoColoured("jpg", WIDTH, HEIGHT, ExifPictures.RedSide.LEFT);
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        pictures.put(COVER, ExifPictures.withExif(stored, tiff(orientationEntry(6))));
        // the TIFF block ends inside the orientation entry
        pictures.put(CUT, ExifPictures.withExif(stored, Arrays.copyOf(tiff(orientationEntry(6)), 8 + 2 + 6)));
        // the APP1 segment says 65533 bytes follow; the file ends 40 bytes in
        byte[] pastEnd = Arrays.copyOf(ExifPictures.withExif(stored, tiff(orientationEntry(6))), 2 + 4 + 40);
        pastEnd[4] = (byte) 0xFF;
        pastEnd[5] = (byte) 0xFF;
        pictures.put(PAST_END, pastEnd);
        pictures.put(COUNT, ExifPictures.withExif(stored, tiff(65535, 0, orientationEntry(6), orientationEntry(6))));
        pictures.put(LOOP, ExifPictures.withExif(stored, tiff(2, 8, orientationEntry(6), entry(0x8769, ExifPictures.LONG, 1, 8))));
        pictures.put(ZERO, ExifPictures.withExif(stored, tiff(orientationEntry(0))));
        pictures.put(NINE, ExifPictures.withExif(stored, tiff(orientationEntry(9))));
        pictures.put(MAX, ExifPictures.withExif(stored, tiff(orientationEntry(65535))));
        pictures.put(LONG, ExifPictures.withExif(stored, tiff(entry(ExifPictures.ORIENTATION, ExifPictures.LONG, 1, 6))));
        pictures.put(ASCII, ExifPictures.withExif(stored, tiff(entry(ExifPictures.ORIENTATION, ExifPictures.ASCII, 2, 0x36000000))));
        // 2.6 MB of APP1 segments first: the frame header is not in the first 1 MB, so the picture is refused from its header
        pictures.put(MANY_FIRST, manyFirst(stored));
        byte[] portrait = ExifPictures.withExif(stored, tiff(orientationEntry(6)));
        pictures.put(DAMAGED, Arrays.copyOf(portrait, ExifPictures.startOfScan(portrait) + 200));
        pictures.put(LAST, stored);
        for (Map.Entry<String, byte[]> picture : pictures.entrySet()) {
            Files.write(images.resolve(picture.getKey()), picture.getValue());
        }
        writeMany(images.resolve(MANY), portrait);
        HostileFolders.gallery(folder, "exif", "Hostile metadata", FILES.stream()
                .map(file -> new HostileFolders.SlideSpec("images/" + file, List.of("Caption of " + file))).toList());
        HostileFolders.story(folder, List.of("A story beside hostile metadata."), List.of("exif"));
    }

    private static byte[] manyFirst(byte[] stored) {
        byte[] picture = ExifPictures.withExif(stored, tiff(orientationEntry(6)));
        for (byte[] segment : ExifPictures.app1Segments(40, 65_533)) {
            picture = ExifPictures.withSegmentAfterStart(picture, 0xE1, Arrays.copyOfRange(segment, 4, segment.length));
        }
        return picture;
    }

    /**
     * The portrait with {@link #MANY_SEGMENTS} APP1 segments of 64 KB between its tables and its image
     * data, streamed to the file (131 MB: more than a test's heap holds).
     */
    private static void writeMany(Path file, byte[] portrait) throws IOException {
        int scan = ExifPictures.startOfScan(portrait);
        byte[] segment = ExifPictures.app1Segments(1, 65_533).get(0);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(portrait, 0, scan);
            for (int i = 0; i < MANY_SEGMENTS; i++) {
                out.write(segment);
            }
            out.write(portrait, scan, portrait.length - scan);
        }
        assertThat(Files.size(file)).isGreaterThan(128_000_000L).isLessThan(128L << 20);
    }

    @Test
    void anExifBlockCutShortInsideItsOrientationShowsThePictureAsStored(FxRobot robot) throws Exception {
        assertShownAsStored(robot, CUT);
    }

    @Test
    void anApp1SegmentLongerThanTheFileIsTheUsualDamagedPicture(FxRobot robot) throws Exception {
        assertRefusedAsDamaged(robot, PAST_END);
    }

    @Test
    void anIfdClaiming65535EntriesShowsThePictureAsStored(FxRobot robot) throws Exception {
        assertShownAsStored(robot, COUNT);
    }

    @Test
    void anIfdPointingAtItselfIsReadOnceAndThePictureShowsUpright(FxRobot robot) throws Exception {
        goTo(robot, LOOP);
        Image picture = TestWindows.awaitPicture(robot);
        assertThat(picture).as("%s is shown (placeholder: %s)", LOOP, placeholderText(robot)).isNotNull();
        assertThat(picture.getWidth()).isEqualTo(HEIGHT);
        assertThat(picture.getHeight()).isEqualTo(WIDTH);
        assertThat(isRed(picture.getPixelReader().getColor(HEIGHT / 2, 10))).as("red at the top").isTrue();
        assertTheAppGoesOn(robot, LOOP);
    }

    @Test
    void orientationsZeroNineAnd65535ShowThePictureAsStored(FxRobot robot) throws Exception {
        assertShownAsStored(robot, ZERO);
        assertShownAsStored(robot, NINE);
        assertShownAsStored(robot, MAX);
    }

    @Test
    void anOrientationThatIsALongOrTextShowsThePictureAsStored(FxRobot robot) throws Exception {
        assertShownAsStored(robot, LONG);
        assertShownAsStored(robot, ASCII);
    }

    @Test
    void twoThousandApp1SegmentsBeforeTheImageDataShowThePictureAsStoredWithoutFillingTheHeap(FxRobot robot) throws Exception {
        // the first of them says orientation 6: metadata is read no further than 2 MB, so it is never known
        assertShownAsStored(robot, MANY);
    }

    @Test
    void megabytesOfApp1SegmentsBeforeTheFrameHeaderAreTheUsualDamagedPicture(FxRobot robot) throws Exception {
        assertRefusedAsDamaged(robot, MANY_FIRST);
    }

    @Test
    void aPortraitWhoseImageDataIsCutShortIsTheUsualDamagedPicture(FxRobot robot) throws Exception {
        assertRefusedAsDamaged(robot, DAMAGED);
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

    /** The picture is shown as it is stored: 400 x 300, red on the left. */
    private void assertShownAsStored(FxRobot robot, String file) throws Exception {
        goTo(robot, file);
        Image picture = TestWindows.awaitPicture(robot);
        assertThat(picture).as("%s is shown (placeholder: %s)", file, placeholderText(robot)).isNotNull();
        assertThat(robot.lookup(".image-placeholder").query().isVisible()).isFalse();
        assertThat(picture.getWidth()).as(file).isEqualTo(WIDTH);
        assertThat(picture.getHeight()).as(file).isEqualTo(HEIGHT);
        assertThat(isRed(picture.getPixelReader().getColor(20, HEIGHT / 2))).as(file + ": red on the left").isTrue();
        assertCaption(robot, file);
        assertTheAppGoesOn(robot, file);
    }

    private void assertRefusedAsDamaged(FxRobot robot, String file) throws Exception {
        goTo(robot, file);
        assertThat(TestWindows.awaitPicture(robot)).as(file + " is not shown").isNull();
        Label placeholder = robot.lookup(".image-placeholder").queryAs(Label.class);
        assertThat(placeholder.isVisible()).as(file + ": the placeholder is shown").isTrue();
        assertThat(placeholder.getText()).as(file).isEqualTo("Image unavailable: the file is damaged or cut short");
        assertCaption(robot, file);
        assertTheAppGoesOn(robot, file);
    }

    private static void assertCaption(FxRobot robot, String file) {
        assertThat(robot.lookup(".caption-paragraph").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Caption of " + file);
    }

    /** After the hostile slide the reader steps on, and back on the cover its portrait is decoded and shown upright. */
    private void assertTheAppGoesOn(FxRobot robot, String file) throws Exception {
        int number = FILES.indexOf(file) + 1;
        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText(Math.min(number + 1, FILES.size()) + " of " + FILES.size()));
        robot.type(KeyCode.HOME);
        verifyThat("#counter", hasText("1 of " + FILES.size()));
        Image cover = TestWindows.awaitPicture(robot);
        assertThat(cover).as("the cover's picture after " + file).isNotNull();
        assertThat(cover.getHeight()).as("the cover upright after " + file).isEqualTo(WIDTH);
        assertCaption(robot, COVER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught.thrown()).as("uncaught exceptions").isEmpty();
    }

    private static boolean isRed(Color color) {
        return color.getRed() > 0.8 && color.getBlue() < 0.2 && color.getGreen() < 0.2;
    }

    private static String placeholderText(FxRobot robot) {
        return robot.lookup(".image-placeholder").queryAs(Label.class).getText();
    }
}
