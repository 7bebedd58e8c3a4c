package org.storyslides.app;

import org.storyslides.gallery.CarouselModel;
import org.storyslides.presentation.PresentationModel;
import org.storyslides.search.SearchPlace;
import org.storyslides.search.SearchTarget;
import org.storyslides.story.StoryView;

/**
 * Where search takes the window: a slide result opens its gallery at that slide; a story result scrolls
 * the story to the paragraph and marks it (out of presentation, where the story is hidden). Coming back
 * restores the gallery, the slide, the grid, presenting and the story's scroll as they were.
 */
final class SearchJumps implements SearchTarget {

    private final CarouselModel carousel;
    private final StoryView story;
    private final PresentationModel presentation;

    SearchJumps(CarouselModel carousel, StoryView story, PresentationModel presentation) {
        this.carousel = carousel;
        this.story = story;
        this.presentation = presentation;
    }

    @Override
    public void show(SearchPlace place) {
        if (place instanceof SearchPlace.Slide slide) {
            carousel.showGallery(slide.galleryId(), slide.slide());
        } else {
            if (presentation.isPresenting()) {
                presentation.leave();
            }
            story.reveal(((SearchPlace.StoryPart) place).block());
        }
    }

    @Override
    public Runnable here() {
        String gallery = carousel.getGallery().id();
        int slide = carousel.getSlideIndex();
        boolean grid = carousel.isGridShown();
        boolean presenting = presentation.isPresenting();
        double scroll = story.getVvalue();
        return () -> {
            carousel.showGallery(gallery, slide);
            if (grid) {
                carousel.showGrid();
            }
            if (presenting && !presentation.isPresenting()) {
                presentation.enter();
            }
            story.scrollBackTo(scroll);
        };
    }
}
