package org.storyslides.gallery;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import org.storyslides.content.Content;
import org.storyslides.content.Slide;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives the pictures of slides. Every image decodes in the background (JavaFX's background
 * loading), never on the JavaFX thread, and at the size it is shown: the picture area's size
 * rounded up to a step of {@link #SIZE_STEP} px (so small resizes reuse it), never more than the
 * largest screen; thumbnails at the grid cell's size. Decoded pictures are kept in caches bounded
 * by bytes, so memory stays flat however big the gallery.
 */
public final class SlideImages {

    private static final System.Logger LOG = System.getLogger(SlideImages.class.getName());
    static final int THUMBNAIL_WIDTH = 192;
    static final int THUMBNAIL_HEIGHT = 108;
    static final long SLIDE_CACHE_BYTES = 24L << 20;
    static final long THUMBNAIL_CACHE_BYTES = 8L << 20;
    static final int SIZE_STEP = 256;

    private final Content content;
    private final double slideWidth;
    private final double slideHeight;
    private final ImageCache slides = new ImageCache(SLIDE_CACHE_BYTES);
    private final ImageCache thumbnails = new ImageCache(THUMBNAIL_CACHE_BYTES);
    // a broken picture is logged once, not at every decode of it (slide, thumbnail, larger size)
    private final Set<String> refusedLogged = new HashSet<>();

    public SlideImages(Content content) {
        this(content, largestScreen());
    }

    /** @param decodeBound the largest size, in pixels, a slide is ever shown at */
    SlideImages(Content content, Rectangle2D decodeBound) {
        this.content = content;
        this.slideWidth = decodeBound.getWidth();
        this.slideHeight = decodeBound.getHeight();
    }

    // Larger screens show the picture scaled up from this size: decoding a photo for a 4K screen
    // would take more memory than the app's heap has to spare (see PictureHeader.DECODE_BUDGET_BYTES).
    static final Rectangle2D MAX_DECODE = new Rectangle2D(0, 0, 1920, 1200);

    private static Rectangle2D largestScreen() {
        return Screen.getScreens().stream()
                .map(screen -> new Rectangle2D(0, 0, screen.getBounds().getWidth() * screen.getOutputScaleX(),
                        screen.getBounds().getHeight() * screen.getOutputScaleY()))
                .max((a, b) -> Double.compare(a.getWidth() * a.getHeight(), b.getWidth() * b.getHeight()))
                .map(screen -> new Rectangle2D(0, 0, Math.min(screen.getWidth(), MAX_DECODE.getWidth()),
                        Math.min(screen.getHeight(), MAX_DECODE.getHeight())))
                .orElse(MAX_DECODE);
    }

    /** Whether two images are the same slide's picture, maybe decoded at different sizes. */
    public static boolean samePicture(Image a, Image b) {
        return withoutSize(a.getUrl()).equals(withoutSize(b.getUrl()));
    }

    private static String withoutSize(String url) {
        int fragment = url.lastIndexOf('#');
        return fragment < 0 ? url : url.substring(0, fragment);
    }

    /**
     * The slide's picture for an area of {@code shownWidth} x {@code shownHeight} px (zero or less:
     * not laid out yet, so the screen's size); it may still be loading (see {@link Image#progressProperty()}).
     */
    public Image slide(Slide slide, double shownWidth, double shownHeight) {
        double width = decodeSize(shownWidth, slideWidth);
        double height = decodeSize(shownHeight, slideHeight);
        return slides.get(slide.image() + "@" + (int) width + "x" + (int) height, pixelBytes(width, height),
                key -> load(slide.image(), width, height));
    }

    /** Whether a picture decoded for one area is too small for another (then it is decoded again). */
    public boolean tooSmall(Image image, double shownWidth, double shownHeight) {
        return image.getRequestedWidth() < decodeSize(shownWidth, slideWidth) || image.getRequestedHeight() < decodeSize(shownHeight, slideHeight);
    }

    private static double decodeSize(double shown, double screen) {
        return shown <= 0 ? screen : Math.min(screen, Math.ceil(shown / SIZE_STEP) * SIZE_STEP);
    }

    public Image thumbnail(Slide slide) {
        return thumbnails.get(slide.image(), pixelBytes(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT),
                path -> load(path, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT));
    }

    /** Starts decoding the neighbours of slide {@code index}, so stepping to them shows them at once. */
    public void prefetchAround(List<Slide> gallery, int index, double shownWidth, double shownHeight) {
        for (int neighbour : new int[]{index + 1, index + 2, index - 1}) {
            if (neighbour >= 0 && neighbour < gallery.size()) {
                slide(gallery.get(neighbour), shownWidth, shownHeight);
            }
        }
    }

    /** Thumbnails decoded so far: the grid decodes only those it shows. */
    public long thumbnailDecodes() {
        return thumbnails.decodes();
    }

    /** Bytes of decoded pixels held by both caches. */
    public long cachedBytes() {
        return slides.usedBytes() + thumbnails.usedBytes();
    }

    private Image load(String path, double width, double height) {
        // checked on JavaFX's loading thread before it decodes (see CheckedPictureUrls)
        Image image = new Image(CheckedPictureUrls.of(content.folder().resolve(path).toUri(), width, height),
                width, height, true, true, true);
        image.errorProperty().addListener((error, was, failed) -> {
            if (failed && refusedLogged.add(path)) {
                LOG.log(System.Logger.Level.WARNING, () -> path + ": picture not shown ("
                        + PictureRefusedException.of(image.getException()).getMessage() + ")");
            }
        });
        return image;
    }

    private static long pixelBytes(double width, double height) {
        return (long) Math.ceil(width) * (long) Math.ceil(height) * 4;
    }
}
