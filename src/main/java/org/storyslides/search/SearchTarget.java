package org.storyslides.search;

/** Where search takes the window: the window's side of going to a result. */
public interface SearchTarget {

    /** Shows the place: a slide in its gallery, or a part of the story, scrolled to and marked for a moment. */
    void show(SearchPlace place);

    /** What brings the window back to where it is now (the gallery, the slide, the story's scroll). */
    Runnable here();
}
