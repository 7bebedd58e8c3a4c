package org.storyslides.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.BundledContent;
import org.storyslides.content.BundledCopy;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Slide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexBuilderTest {

    static Content opened(Path folder) {
        return ((LoadResult.Loaded) new ContentLoader().open(folder)).content();
    }

    static SearchIndex built(Content content) {
        List<SearchIndex> stages = new ArrayList<>();
        new SearchIndexBuilder().build(content, stages::add);
        return stages.get(stages.size() - 1);
    }

    SearchIndex builtStory(Content content) {
        return new SearchIndex(SearchIndexBuilder.storyEntries(content.story()), content.galleries().size(), 0, 0, 0);
    }

    @Test
    void findsAWordInAGalleryNotYetOpened() {
        Content content = opened(BundledContent.folder());
        assertThat(content.isLoaded("military-photos-2016")).isFalse();
        List<SearchResult> found = SearchQuery.parse("chinook").run(built(content).entries());
        assertThat(found).extracting(SearchResult::place)
                .containsExactly(new SearchPlace.Slide("military-photos-2016", "The best US military photos from 2016", 7));
        assertThat(content.story().galleryIds()).containsExactly("mattis-quotes", "military-photos-2016");
    }

    @Test
    void theChinookSlideIsTheOneWhoseCaptionSaysChinook() {
        Content content = opened(BundledContent.folder());
        Slide slide = org.storyslides.content.TestGalleries.of(content, "military-photos-2016").slides().get(7);
        assertThat(String.join(" ", slide.caption())).contains("Chinook");
    }

    @Test
    void numbersTheStorysParagraphsFromOneAndSkipsTheGalleryLines() {
        Content content = opened(BundledContent.folder());
        List<SearchEntry> story = SearchIndexBuilder.storyEntries(content.story());
        assertThat(story.get(0).place()).isEqualTo(new SearchPlace.StoryPart(SearchPlace.StoryPart.Kind.HEADLINE, -1, 0));
        assertThat(story.get(0).texts()).containsExactly(content.story().headline());
        // the first gallery's "RELATED:" line is block 3: the fourth paragraph is block 4
        assertThat(story.get(4).place()).isEqualTo(new SearchPlace.StoryPart(SearchPlace.StoryPart.Kind.PARAGRAPH, 4, 4));
        assertThat(story).noneMatch(entry -> entry.texts().get(0).startsWith("RELATED:"));
        // the SEE ALSO headlines where the page has them (blocks 9 and 13), not counted as paragraphs
        assertThat(story).extracting(SearchEntry::place).contains(
                new SearchPlace.StoryPart(SearchPlace.StoryPart.Kind.SEE_ALSO, 9, 0),
                new SearchPlace.StoryPart(SearchPlace.StoryPart.Kind.PARAGRAPH, 10, 9));
    }

    @Test
    void aSlidesQuoteCaptionAndCreditAreItsTextsInThatOrder() {
        List<SearchEntry> entries = SearchIndexBuilder.slideEntries("g", "G", List.of(
                new Slide("a.jpg", "The quote", List.of("First.", "Second."), "Reuters"),
                new Slide("b.jpg", null, List.of(), null)));
        assertThat(entries.get(0).texts()).containsExactly("The quote", "First.", "Second.", "Reuters");
        assertThat(entries.get(0).place()).isEqualTo(new SearchPlace.Slide("g", "G", 0));
        assertThat(entries.get(1).texts()).isEmpty();
        assertThat(entries.get(1).place()).isEqualTo(new SearchPlace.Slide("g", "G", 1));
    }

    @Test
    void handsOutTheStoryFirstThenEachGalleryAsItIsRead() {
        Content content = opened(BundledContent.folder());
        List<SearchIndex> stages = new ArrayList<>();
        new SearchIndexBuilder().build(content, stages::add);
        assertThat(stages).extracting(SearchIndex::read).containsExactly(0, 1, 2);
        assertThat(stages).extracting(SearchIndex::galleries).containsOnly(2);
        assertThat(stages.get(0).complete()).isFalse();
        assertThat(stages.get(2).complete()).isTrue();
        int storyEntries = stages.get(0).entries().size();
        assertThat(stages.get(1).entries()).hasSize(storyEntries + 14);
        assertThat(stages.get(2).entries()).hasSize(storyEntries + 14 + 20);
        assertThat(stages.get(2).searched()).isEqualTo(2);
    }

    @Test
    void aGalleryThatCannotBeReadIsCountedAndTheOthersAreStillSearched(@TempDir Path folder) throws IOException {
        BundledCopy.of(folder);
        Content content = opened(folder);
        // broken after the window opened: the gallery is read, and fails, only when search reads it
        Files.writeString(folder.resolve("galleries/military-photos-2016.json"), "{ broken");
        SearchIndex index = built(content);
        assertThat(index.unreadable()).isEqualTo(1);
        assertThat(index.searched()).isEqualTo(1);
        assertThat(index.complete()).isTrue();
        assertThat(SearchQuery.parse("chinook").run(index.entries())).isEmpty();
        assertThat(SearchQuery.parse("polite").run(index.entries())).isNotEmpty();
    }

    @Test
    void aGalleryPastTheBudgetIsLeftOutAndSaidSo() {
        Content content = opened(BundledContent.folder());
        long story = SearchIndexBuilder.storyEntries(content.story()).stream().mapToLong(SearchEntry::chars).sum();
        List<SearchIndex> stages = new ArrayList<>();
        // room for the story and a little more: not for either gallery
        new SearchIndexBuilder(story + 10).build(content, stages::add);
        SearchIndex last = stages.get(stages.size() - 1);
        assertThat(last.leftOut()).isEqualTo(2);
        assertThat(last.searched()).isZero();
        assertThat(last.entries()).hasSize(stages.get(0).entries().size());
    }

    @Test
    void aGalleryThatFitsTheBudgetExactlyIsKept() {
        Content content = opened(BundledContent.folder());
        List<SearchIndex> whole = new ArrayList<>();
        new SearchIndexBuilder().build(content, whole::add);
        long all = whole.get(2).entries().stream().mapToLong(SearchEntry::chars).sum();
        List<SearchIndex> exact = new ArrayList<>();
        new SearchIndexBuilder(all).build(content, exact::add);
        assertThat(exact.get(2).leftOut()).isZero();
        List<SearchIndex> short1 = new ArrayList<>();
        new SearchIndexBuilder(all - 1).build(content, short1::add);
        assertThat(short1.get(2).leftOut()).isEqualTo(1);
        assertThat(short1.get(2).searched()).isEqualTo(1);
    }

    @Test
    void anInterruptedBuildStopsBeforeTheNextGallery() {
        Content content = opened(BundledContent.folder());
        List<SearchIndex> stages = new ArrayList<>();
        try {
            new SearchIndexBuilder().build(content, stage -> {
                stages.add(stage);
                Thread.currentThread().interrupt();
            });
        } finally {
            Thread.interrupted();
        }
        assertThat(stages).hasSize(1);
    }

    @Test
    void anEntryCountsItsFoldedText() {
        assertThat(SearchEntry.of(new SearchPlace.Slide("g", "G", 0), List.of("ab", "c")).chars()).isEqualTo(10);
    }
}
