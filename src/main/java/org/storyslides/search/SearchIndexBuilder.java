package org.storyslides.search;

import org.storyslides.content.Content;
import org.storyslides.content.GalleryInfo;
import org.storyslides.content.GalleryLoad;
import org.storyslides.content.Slide;
import org.storyslides.content.Story;
import org.storyslides.content.StoryBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the story and every gallery into a {@link SearchIndex}, one gallery at a time, off the JavaFX
 * thread: galleries not yet opened are read from their files as the window would read them. Hands out
 * the index after the story and after each gallery, so search answers while the rest is read.
 */
final class SearchIndexBuilder {

    private final long budgetChars;

    SearchIndexBuilder() {
        this(SearchIndex.BUDGET_CHARS);
    }

    SearchIndexBuilder(long budgetChars) {
        this.budgetChars = budgetChars;
    }

    /** Builds the index, handing each stage to {@code progress}; stops early if the thread is interrupted. */
    void build(Content content, Consumer<SearchIndex> progress) {
        List<SearchEntry> story = storyEntries(content.story());
        long chars = story.stream().mapToLong(SearchEntry::chars).sum();
        SearchIndex index = new SearchIndex(story, content.galleries().size(), 0, 0, 0);
        progress.accept(index);
        for (GalleryInfo info : content.galleries()) {
            if (Thread.currentThread().isInterrupted()) {
                return; // the window closed
            }
            GalleryLoad load = content.gallery(info.id());
            if (load instanceof GalleryLoad.Loaded loaded) {
                List<SearchEntry> slides = slideEntries(loaded.gallery().id(), loaded.gallery().title(), loaded.gallery().slides());
                long more = slides.stream().mapToLong(SearchEntry::chars).sum();
                boolean fits = chars + more <= budgetChars;
                if (fits) {
                    chars += more;
                }
                index = index.with(fits ? slides : List.of(), false, !fits);
            } else {
                index = index.with(List.of(), true, false);
            }
            progress.accept(index);
        }
    }

    static List<SearchEntry> storyEntries(Story story) {
        List<SearchEntry> entries = new ArrayList<>();
        entries.add(SearchEntry.of(new SearchPlace.StoryPart(SearchPlace.StoryPart.Kind.HEADLINE, -1, 0), List.of(story.headline())));
        int paragraph = 0;
        for (int block = 0; block < story.body().size(); block++) {
            StoryBlock part = story.body().get(block);
            switch (part.type()) {
                case PARAGRAPH -> entries.add(SearchEntry.of(
                        new SearchPlace.StoryPart(SearchPlace.StoryPart.Kind.PARAGRAPH, block, ++paragraph), List.of(part.text())));
                case SEE_ALSO -> entries.add(SearchEntry.of(
                        new SearchPlace.StoryPart(SearchPlace.StoryPart.Kind.SEE_ALSO, block, 0), List.of(part.text())));
                case GALLERY -> { } // the gallery's own slides are searched; its card says only "RELATED: <title>"
            }
        }
        return entries;
    }

    static List<SearchEntry> slideEntries(String galleryId, String galleryTitle, List<Slide> slides) {
        List<SearchEntry> entries = new ArrayList<>(slides.size());
        for (int i = 0; i < slides.size(); i++) {
            Slide slide = slides.get(i);
            List<String> texts = new ArrayList<>(slide.caption().size() + 2);
            slide.headlineText().ifPresent(texts::add);
            texts.addAll(slide.caption());
            slide.creditText().ifPresent(texts::add);
            entries.add(SearchEntry.of(new SearchPlace.Slide(galleryId, galleryTitle, i), texts));
        }
        return entries;
    }
}
