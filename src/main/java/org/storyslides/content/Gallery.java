package org.storyslides.content;

import java.util.List;

/** A photo gallery; its first slide is the cover. */
public record Gallery(String id, String title, List<Slide> slides) {

    public Gallery {
        slides = List.copyOf(slides);
    }

    public Slide cover() {
        return slides.get(0);
    }

    public int size() {
        return slides.size();
    }

    /** What the story shows of this gallery. */
    public GalleryInfo info() {
        return new GalleryInfo(id, title, size(), cover());
    }
}
