package org.storyslides.content;

import java.util.List;

/** The galleries of content that must load (the bundled content, fixtures): a load that fails is a test failure. */
public final class TestGalleries {

    private TestGalleries() {
    }

    public static Gallery of(Content content, String id) {
        GalleryLoad load = content.gallery(id);
        if (load instanceof GalleryLoad.Failed failed) {
            throw new AssertionError("gallery " + id + " does not load: " + failed.problems());
        }
        return ((GalleryLoad.Loaded) load).gallery();
    }

    public static List<Gallery> all(Content content) {
        return content.galleries().stream().map(info -> of(content, info.id())).toList();
    }
}
