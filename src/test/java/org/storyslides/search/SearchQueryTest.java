package org.storyslides.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

    static SearchEntry entry(String... texts) {
        return SearchEntry.of(new SearchPlace.Slide("g", "Gallery", 0), List.of(texts));
    }

    @Test
    void splitsWhatWasTypedIntoFoldedWordsEachOnce() {
        assertThat(SearchQuery.parse("  Mad   DOG mad ").terms()).containsExactly("mad", "dog");
    }

    @Test
    void wordsInDoubleQuotesAreOnePhrase() {
        assertThat(SearchQuery.parse("\"Mad  Dog\" Mattis").terms()).containsExactly("mad dog", "mattis");
        assertThat(SearchQuery.parse("\u201CMad Dog\u201D").terms()).containsExactly("mad dog");
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertThat(SearchQuery.parse("say \"very little").terms()).containsExactly("say", "very little");
    }

    @Test
    void blankIsEmptyAndMatchesNothing() {
        assertThat(SearchQuery.parse(" \t ").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("\"\"").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("").matches(entry("anything"))).isFalse();
    }

    @Test
    void matchingIgnoresCaseAndAccents() {
        assertThat(SearchQuery.parse("gonzalez").matches(entry("Sgt. Rick González"))).isTrue();
        assertThat(SearchQuery.parse("GONZÁLEZ").matches(entry("rick gonzalez"))).isTrue();
        assertThat(SearchQuery.parse("mattis").matches(entry("Jim Mattis said"))).isTrue();
    }

    @Test
    void everyWordMustBeThereInAnyOrderInAnyOfThePlacesTexts() {
        SearchEntry slide = entry("\"Be polite, be professional\"", "Mattis at the Pentagon", "Reuters/Yuri Gripas");
        assertThat(SearchQuery.parse("reuters polite").matches(slide)).isTrue();
        assertThat(SearchQuery.parse("polite pentagon reuters").matches(slide)).isTrue();
        assertThat(SearchQuery.parse("polite moscow").matches(slide)).isFalse();
    }

    @Test
    void aPhraseMustBeThereAsTyped() {
        SearchEntry slide = entry("Mad Dog Mattis");
        assertThat(SearchQuery.parse("\"mad dog\"").matches(slide)).isTrue();
        assertThat(SearchQuery.parse("\"dog mad\"").matches(slide)).isFalse();
    }

    @Test
    void aPhraseDoesNotRunFromOneTextIntoTheNext() {
        SearchEntry slide = entry("ends with cover", "photo by");
        assertThat(SearchQuery.parse("\"cover photo\"").matches(slide)).isFalse();
    }

    @Test
    void aPhraseMatchesAcrossALineBreakInTheText() {
        assertThat(SearchQuery.parse("\"very little\"").matches(entry("very\nlittle doubt"))).isTrue();
    }

    @Test
    void runGivesTheMatchingPlacesInOrder() {
        SearchEntry a = SearchEntry.of(new SearchPlace.Slide("g", "G", 0), List.of("Chinook landing"));
        SearchEntry b = SearchEntry.of(new SearchPlace.Slide("g", "G", 1), List.of("F-22"));
        SearchEntry c = SearchEntry.of(new SearchPlace.Slide("g", "G", 2), List.of("a chinook again"));
        List<SearchResult> found = SearchQuery.parse("chinook").run(List.of(a, b, c));
        assertThat(found).extracting(SearchResult::place).containsExactly(a.place(), c.place());
    }
}
