package org.storyslides.gallery;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import org.storyslides.content.Content;
import org.storyslides.content.Slide;

import java.util.List;

/**
 * Gives the pictures of slides. Every image decodes in the background (JavaFX's background
 * loading), never on the JavaFX thread, and at no more than the size it can be shown at (the
 * largest screen for slides, the grid cell for thumbnails). Decoded pictures are kept in caches
 * bounded by bytes, so memory stays flat however big the gallery.
 */
public final class SlideImages {

    static final int THUMBNAIL_WIDTH = 192;
    static final int THUMBNAIL_HEIGHT = 108;
    static final long SLIDE_CACHE_BYTES = 64L << 20;
    static final long THUMBNAIL_CACHE_BYTES = 16L << 20;

    private final Content content;
    private final double slideWidth;
    private final double slideHeight;
    private final ImageCache slides = new ImageCache(SLIDE_CACHE_BYTES);
    private final ImageCache thumbnails = new ImageCache(THUMBNAIL_CACHE_BYTES);

    public SlideImages(Content content) {
        this(content, largestScreen());
    }

    /** @param decodeBound the largest size, in pixels, a slide is ever shown at */
    SlideImages(Content content, Rectangle2D decodeBound) {
        this.content = content;
        this.slideWidth = decodeBound.getWidth();
        this.slideHeight = decodeBound.getHeight();
    }

    private static Rectangle2D largestScreen() {
        return Screen.getScreens().stream()
                .map(screen -> new Rectangle2D(0, 0, screen.getBounds().getWidth() * screen.getOutputScaleX(),
                        screen.getBounds().getHeight() * screen.getOutputScaleY()))
                .max((a, b) -> Double.compare(a.getWidth() * a.getHeight(), b.getWidth() * b.getHeight()))
                .orElse(new Rectangle2D(0, 0, 1920, 1080));
    }

    /** The slide's picture; it may still be loading (see {@link Image#progressProperty()}). */
    public Image slide(Slide slide) {
        return slides.get(slide.image(), pixelBytes(slideWidth, slideHeight), path -> load(path, slideWidth, slideHeight));
    }

    public Image thumbnail(Slide slide) {
        return thumbnails.get(slide.image(), pixelBytes(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT),
                path -> load(path, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT));
    }

    /** Starts decoding the neighbours of slide {@code index}, so stepping to them shows them at once. */
    public void prefetchAround(List<Slide> gallery, int index) {
        for (int neighbour : new int[]{index + 1, index + 2, index - 1}) {
            if (neighbour >= 0 && neighbour < gallery.size()) {
                slide(gallery.get(neighbour));
            }
        }
    }

    /** Slide pictures decoded so far (each decode once, while it stays cached). */
    public long slideDecodes() {
        return slides.decodes();
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
        return new Image(content.folder().resolve(path).toUri().toString(), width, height, true, true, true);
    }

    private static long pixelBytes(double width, double height) {
        return (long) Math.ceil(width) * (long) Math.ceil(height) * 4;
    }
}
