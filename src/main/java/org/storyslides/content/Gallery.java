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

    /**
     * Whether the slide's headline only says this gallery's title again (as the bundled covers' do):
     * where the title is shown already, above the caption or over the handout's slides, it is left out.
     */
    public boolean repeatsTitle(Slide slide) {
        return slide.headlineText().map(String::strip).filter(title.strip()::equals).isPresent();
    }

    /** What the story shows of this gallery. */
    public GalleryInfo info() {
        return new GalleryInfo(id, title, size(), cover());
    }
}
