package org.storyslides.app;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.ContentFolderFixture;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.gallery.ZoomModel;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * Zoom and pan on a 6000 x 4000 photo (a black and white checker of 8 px squares: grey when fitted,
 * black and white at its own pixels): the keys, the double-click, Ctrl+wheel and drag do what the
 * key map says, and at 100 % the screen shows the photo's own pixels, decoded as a region only.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomWindowTest {

    static final int WIDTH = 6000;
    static final int HEIGHT = 4000;
    static final int SQUARE = 8;

    @TempDir
    static Path folder;

    SlideshowWindow window;
    ZoomModel zoom;

    @BeforeAll
    static void aCheckeredPhoto() throws IOException {
        java.nio.file.Files.createDirectories(folder.resolve("images/demo"));
        writeCheckerJpeg(folder.resolve("images/demo/01.jpg"));
    }

    @Start
    void start(Stage stage) {
        ContentFolderFixture fixture = new ContentFolderFixture(folder);
        fixture.gallery.getAsJsonArray("slides").add(com.google.gson.JsonParser.parseString(
                "{\"image\": \"images/demo/02.png\", \"caption\": [\"Three.\"]}"));
        fixture.write();
        fixture.writeBytes("images/demo/02.png", org.storyslides.content.TestImages.png(64, 36));
        fixture.slide(1).addProperty("image", "images/demo/01.jpg");
        fixture.writeText("galleries/demo.json", new com.google.gson.GsonBuilder().create().toJson(fixture.gallery));
        Content content = TestWindows.offTheJavaFxThread(() -> ((LoadResult.Loaded) new ContentLoader().load(folder)).content());
        window = new SlideshowWindow(content, WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(folder.resolve("settings.properties"), warning -> { }));
        window.show(stage);
        zoom = window.zoom();
    }

    @BeforeEach
    void onThePhoto(FxRobot robot) throws Exception {
        robot.interact(() -> window.carousel().showSlide(1));
        assertThat(TestWindows.awaitPicture(robot)).isNotNull();
        assertThat(zoom.isFitted()).isTrue();
    }

    /** Each test's window is closed after it: its decoded pictures go with it, not into the next test's heap. */
    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(() -> window.stage().hide());
    }

    /**
     * A grey 8-bit checker, written as a JPEG of high quality (its squares stay black and white)
     * straight to the file: the test runs in the app's heap, with the window beside it.
     */
    private static void writeCheckerJpeg(Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                pixels[y * WIDTH + x] = (byte) (white(x, y) ? 255 : 0);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        java.nio.file.Files.deleteIfExists(file);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static boolean white(int x, int y) {
        return (x / SQUARE + y / SQUARE) % 2 == 0;
    }

    private Node picture(FxRobot robot) {
        return robot.lookup("#slide-image").query();
    }

    /** A point of the picture area on the screen, in whole pixels as the robot's pointer goes. */
    private Point2D onPicture(FxRobot robot, double fractionX, double fractionY) {
        Bounds bounds = picture(robot).localToScreen(picture(robot).getLayoutBounds());
        return new Point2D(Math.round(bounds.getMinX() + bounds.getWidth() * fractionX),
                Math.round(bounds.getMinY() + bounds.getHeight() * fractionY));
    }

    /** The photo's point under a point of the picture area (in its own coordinates). */
    private Point2D photoPointAt(Point2D local) {
        return new Point2D(zoom.getCentreX() + (local.getX() - zoom.viewportWidth() / 2) / zoom.getScale(),
                zoom.getCentreY() + (local.getY() - zoom.viewportHeight() / 2) / zoom.getScale());
    }

    private Point2D local(FxRobot robot, Point2D screen) {
        return picture(robot).screenToLocal(screen);
    }

    @Test
    void zTogglesBetweenFitAndTheOwnPixelsAndTheLevelShowsWhileZoomed(FxRobot robot) {
        verifyThat("#zoom-level", isInvisible());
        robot.type(KeyCode.Z);
        assertThat(zoom.getPercent()).isEqualTo(100);
        verifyThat("#zoom-level", isVisible());
        verifyThat("#zoom-level", hasText("100 %"));
        robot.type(KeyCode.Z);
        assertThat(zoom.isFitted()).isTrue();
        verifyThat("#zoom-level", isInvisible());
    }

    @Test
    void iAndOZoomInAndOutByAStep(FxRobot robot) {
        double fit = zoom.getScale();
        robot.type(KeyCode.I);
        assertThat(zoom.getScale()).isCloseTo(fit * ZoomModel.STEP, org.assertj.core.api.Assertions.within(1e-9));
        robot.type(KeyCode.I);
        robot.type(KeyCode.O);
        assertThat(zoom.getScale()).isCloseTo(fit * ZoomModel.STEP, org.assertj.core.api.Assertions.within(1e-9));
        robot.type(KeyCode.O);
        assertThat(zoom.isFitted()).isTrue();
        assertThat(window.carousel().getSlideIndex()).as("no slide change").isEqualTo(1);
    }

    @Test
    void aDoubleClickGoesToOneHundredPercentAtThePointClickedAndBack(FxRobot robot) {
        Point2D screen = onPicture(robot, 0.3, 0.4);
        Point2D before = photoPointAt(local(robot, screen));
        robot.moveTo(screen).doubleClickOn(MouseButton.PRIMARY);
        assertThat(zoom.getPercent()).isEqualTo(100);
        Point2D after = photoPointAt(local(robot, screen));
        assertThat(after.distance(before)).as("the point clicked stays under the pointer").isLessThan(1.5);
        assertThat(window.carousel().getSlideIndex()).as("a double-click is no slide change").isEqualTo(1);
        robot.doubleClickOn(MouseButton.PRIMARY);
        assertThat(zoom.isFitted()).isTrue();
    }

    @Test
    void ctrlWheelZoomsAboutThePointerAndThePlainWheelPansWhileZoomed(FxRobot robot) {
        Point2D screen = onPicture(robot, 0.7, 0.6);
        Point2D before = photoPointAt(local(robot, screen));
        wheel(robot, screen, 3, true);
        assertThat(zoom.isFitted()).isFalse();
        assertThat(zoom.getScale()).isGreaterThan(zoom.getFitScale() * 2);
        assertThat(photoPointAt(local(robot, screen)).distance(before)).as("the point under the pointer stays").isLessThan(1.5);
        double centreY = zoom.getCentreY();
        wheel(robot, screen, -2, false);
        assertThat(zoom.getCentreY()).as("the wheel pans while zoomed").isNotEqualTo(centreY);
        assertThat(window.carousel().getSlideIndex()).as("and does not change the slide").isEqualTo(1);
        wheel(robot, screen, -40, true);
        assertThat(zoom.isFitted()).isTrue();
    }

    @Test
    void aDragPansTheZoomedPhotoWithThePointer(FxRobot robot) {
        robot.type(KeyCode.Z);
        double x = zoom.getCentreX();
        double y = zoom.getCentreY();
        robot.drag(onPicture(robot, 0.5, 0.5), MouseButton.PRIMARY).moveBy(-120, -60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoom.getCentreX()).isCloseTo(x + 120, org.assertj.core.api.Assertions.within(2.0));
        assertThat(zoom.getCentreY()).isCloseTo(y + 60, org.assertj.core.api.Assertions.within(2.0));
        assertThat(window.carousel().getSlideIndex()).isEqualTo(1);
    }

    @Test
    void whileZoomedTheArrowsPanAndEscReturnsToFit(FxRobot robot) {
        robot.type(KeyCode.Z);
        double x = zoom.getCentreX();
        double y = zoom.getCentreY();
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DOWN);
        assertThat(zoom.getCentreX()).isEqualTo(x + ZoomModel.PAN_STEP);
        assertThat(zoom.getCentreY()).isEqualTo(y + ZoomModel.PAN_STEP);
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.UP);
        assertThat(zoom.getCentreX()).isEqualTo(x);
        assertThat(zoom.getCentreY()).isEqualTo(y);
        assertThat(window.carousel().getSlideIndex()).as("arrows pan, not step, while zoomed").isEqualTo(1);
        robot.type(KeyCode.ESCAPE);
        assertThat(zoom.isFitted()).isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(window.carousel().getSlideIndex()).as("fitted, Right steps again").isEqualTo(2);
    }

    @Test
    void anotherSlideStartsFitted(FxRobot robot) {
        robot.type(KeyCode.Z);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(window.carousel().getSlideIndex()).isEqualTo(2);
        assertThat(zoom.isFitted()).isTrue();
        verifyThat("#zoom-level", isInvisible());
    }

    @Test
    void atOneHundredPercentTheScreenShowsThePhotosOwnPixelsFromARegionDecodeOnly(FxRobot robot) throws Exception {
        ImageView preview = previewView(robot);
        ImageView sharp = sharpView(robot);
        assertThat(preview.getImage().getWidth()).as("the fitted picture is decoded small").isLessThan(WIDTH / 2.0);
        assertThat(greyness(robot)).as("fitted, the checker is a grey blur").isLessThan(0.5);

        robot.type(KeyCode.Z);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> sharp.getImage() != null).get());
        WaitForAsyncUtils.waitForFxEvents();
        // only the region on screen (and a margin) is decoded, within the bound
        assertThat(sharp.getImage().getWidth()).isLessThan(zoom.viewportWidth() * 1.5);
        assertThat(sharp.getImage().getHeight()).isLessThan(zoom.viewportHeight() * 1.5);
        assertThat((long) (sharp.getImage().getWidth() * sharp.getImage().getHeight() * 4))
                .isLessThanOrEqualTo(window.images().maxRegionBytes());
        assertThat(sharp.getFitWidth()).as("one photo pixel, one screen pixel").isEqualTo(sharp.getImage().getWidth());

        // every sampled screen pixel is the photo's own: black or white as the checker says
        WritableImage shot = snapshot(robot);
        PixelReader pixels = shot.getPixelReader();
        int checked = 0;
        for (int sy = 20; sy < shot.getHeight() - 20; sy += 37) {
            for (int sx = 20; sx < shot.getWidth() - 20; sx += 41) {
                Point2D photo = photoPointAt(new Point2D(sx + 0.5, sy + 0.5));
                double inSquareX = photo.getX() % SQUARE;
                double inSquareY = photo.getY() % SQUARE;
                if (inSquareX < 2 || inSquareX > SQUARE - 2 || inSquareY < 2 || inSquareY > SQUARE - 2) {
                    continue; // near a square's edge a half-pixel pan may show its neighbour
                }
                double brightness = pixels.getColor(sx, sy).getBrightness();
                boolean white = white((int) photo.getX(), (int) photo.getY());
                assertThat(white ? brightness > 0.8 : brightness < 0.2)
                        .as("screen (%d, %d) shows photo (%.1f, %.1f), %s", sx, sy, photo.getX(), photo.getY(), white ? "white" : "black")
                        .isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(greyness(robot)).as("at 100 %, black and white").isGreaterThan(0.9);
    }

    @Test
    void theHelpListsTheZoomKeysAndTheGestures(FxRobot robot) {
        robot.type(KeyCode.F1);
        List<String> gestures = robot.lookup("#help .help-gesture").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(gestures).contains("Double-click", "Ctrl+wheel, pinch", "Drag, wheel");
        List<String> keys = robot.lookup("#help .help-keys").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(keys).contains("Z", "I", "O", "Left, Right, Up, Down");
        robot.type(KeyCode.F1);
    }

    /**
     * Turns the wheel {@code notches} over a screen point (positive: away from the user, as GTK
     * reports it, 40 px a notch). Sent as the event itself: the headless robot's wheel has the
     * opposite sign of a real mouse's under X (checked with xdotool: button 4 steps back a slide).
     */
    private void wheel(FxRobot robot, Point2D screen, int notches, boolean control) {
        robot.interact(() -> {
            Node target = picture(robot);
            Point2D scene = target.localToScene(target.screenToLocal(screen)); // the event's x, y are the scene's
            javafx.event.Event.fireEvent(target, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, control, false, false, false, false, 0, notches * 40.0, 0,
                    notches * 40.0, 40, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.LINES, notches, 0, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the picture area shows, as the screen would. */
    private WritableImage snapshot(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> picture(robot).snapshot(null, null)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no snapshot of the picture area", e);
        }
    }

    /** The share of sampled pixels in the middle of the picture area that are near black or near white. */
    private double greyness(FxRobot robot) {
        WritableImage shot = snapshot(robot);
        PixelReader pixels = shot.getPixelReader();
        int extreme = 0;
        int all = 0;
        for (int y = (int) (shot.getHeight() * 0.3); y < shot.getHeight() * 0.7; y += 3) {
            for (int x = (int) (shot.getWidth() * 0.3); x < shot.getWidth() * 0.7; x += 3) {
                double brightness = pixels.getColor(x, y).getBrightness();
                if (brightness < 0.2 || brightness > 0.8) {
                    extreme++;
                }
                all++;
            }
        }
        return extreme / (double) all;
    }

    private ImageView previewView(FxRobot robot) {
        return (ImageView) ((Parent) picture(robot)).getChildrenUnmodifiable().get(0);
    }

    private ImageView sharpView(FxRobot robot) {
        return (ImageView) ((Parent) picture(robot)).getChildrenUnmodifiable().get(1);
    }
}
