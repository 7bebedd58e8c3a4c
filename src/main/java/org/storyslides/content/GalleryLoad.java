package org.storyslides.content;

import java.util.List;

/** What opening a gallery gives: the gallery, or every problem found in its file. */
public sealed interface GalleryLoad {

    record Loaded(Gallery gallery) implements GalleryLoad {
    }

    record Failed(List<Problem> problems) implements GalleryLoad {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
