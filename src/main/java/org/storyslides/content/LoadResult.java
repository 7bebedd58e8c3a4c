package org.storyslides.content;

import java.util.List;

/** What loading a content folder gives: the content, or every problem found in it. */
public sealed interface LoadResult {

    record Loaded(Content content) implements LoadResult {
    }

    record Failed(List<Problem> problems) implements LoadResult {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
