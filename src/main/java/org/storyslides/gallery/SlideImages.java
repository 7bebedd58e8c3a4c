package org.storyslides.gallery;

import javafx.scene.image.Image;
import org.storyslides.content.Content;
import org.storyslides.content.Slide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the pictures of slides. Every image decodes in the background (JavaFX's background
 * loading), at no more than the size it is shown, so the JavaFX thread never waits for a decode;
 * the few most recently used are kept so going back is instant.
 */
public final class SlideImages {

    static final int SLIDE_WIDTH = 1920;
    static final int SLIDE_HEIGHT = 1080;
    static final int THUMBNAIL_WIDTH = 320;
    static final int THUMBNAIL_HEIGHT = 180;
    private static final int SLIDES_KEPT = 8;
    private static final int THUMBNAILS_KEPT = 64;

    private final Content content;
    private final Map<String, Image> slides = recentlyUsed(SLIDES_KEPT);
    private final Map<String, Image> thumbnails = recentlyUsed(THUMBNAILS_KEPT);

    public SlideImages(Content content) {
        this.content = content;
    }

    /** The slide's picture at display size; it may still be loading (see {@link Image#progressProperty()}). */
    public Image slide(Slide slide) {
        return slides.computeIfAbsent(slide.image(), path -> load(slide, SLIDE_WIDTH, SLIDE_HEIGHT));
    }

    public Image thumbnail(Slide slide) {
        return thumbnails.computeIfAbsent(slide.image(), path -> load(slide, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT));
    }

    /** Starts decoding the neighbours of slide {@code index}, so stepping to them shows them at once. */
    public void prefetchAround(List<Slide> gallery, int index) {
        for (int neighbour : new int[]{index + 1, index - 1, index + 2}) {
            if (neighbour >= 0 && neighbour < gallery.size()) {
                slide(gallery.get(neighbour));
            }
        }
    }

    private Image load(Slide slide, int width, int height) {
        return new Image(content.imageUri(slide).toString(), width, height, true, true, true);
    }

    private static Map<String, Image> recentlyUsed(int capacity) {
        return new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > capacity;
            }
        };
    }
}
