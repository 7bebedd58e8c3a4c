package org.storyslides.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

    static Snippet snippet(String query, String... texts) {
        return Snippet.of(SearchQueryTest.entry(texts), SearchQuery.parse(query));
    }

    static String marked(Snippet snippet) {
        StringBuilder out = new StringBuilder(snippet.text());
        for (int i = snippet.hits().size() - 1; i >= 0; i--) {
            Snippet.Hit hit = snippet.hits().get(i);
            out.insert(hit.end(), ']').insert(hit.start(), '[');
        }
        return out.toString();
    }

    @Test
    void aShortTextIsShownWholeWithItsMatchesMarkedAsPrinted() {
        assertThat(marked(snippet("gonzalez", "Photo by Rick González"))).isEqualTo("Photo by Rick [González]");
    }

    @Test
    void everyOccurrenceOfEveryWordIsMarked() {
        assertThat(marked(snippet("be polite", "Be polite, be professional"))).isEqualTo("[Be] [polite], [be] professional");
    }

    @Test
    void overlappingMatchesAreMarkedOnce() {
        assertThat(marked(snippet("mat atti", "Mattis"))).isEqualTo("[Matti]s");
    }

    @Test
    void theTextHoldingTheFirstMatchIsTheOneShown() {
        assertThat(marked(snippet("hook", "An F-22 Raptor flies", "Air Force photo by Staff Sgt. Corey Hook")))
                .isEqualTo("Air Force photo by Staff Sgt. Corey [Hook]");
    }

    @Test
    void aLongTextIsCutAtWordsAroundTheMatchWithEllipses() {
        String before = "word ".repeat(30);
        String after = " tail".repeat(60);
        Snippet shown = snippet("chinook", before + "Chinook" + after);
        assertThat(shown.text()).startsWith("\u2026word ").endsWith("tail\u2026");
        assertThat(shown.text()).doesNotContain("  ");
        assertThat(shown.text().length()).isLessThanOrEqualTo(Snippet.BEFORE + Snippet.AFTER + 2);
        Snippet.Hit hit = shown.hits().get(0);
        assertThat(shown.text().substring(hit.start(), hit.end())).isEqualTo("Chinook");
        // about BEFORE chars of context before the match, starting at a whole word
        assertThat(hit.start()).isBetween(Snippet.BEFORE - 5, Snippet.BEFORE + 1);
    }

    @Test
    void aMatchNearTheStartShowsTheTextFromItsStart() {
        Snippet shown = snippet("second", "First second third " + "more ".repeat(50));
        assertThat(shown.text()).startsWith("First second");
        assertThat(marked(shown)).startsWith("First [second] third");
        assertThat(shown.text()).endsWith("\u2026");
    }

    @Test
    void aMatchNearTheEndShowsTheTextToItsEnd() {
        Snippet shown = snippet("last", "more ".repeat(50) + "the last word");
        assertThat(marked(shown)).startsWith("\u2026").endsWith("the [last] word");
    }

    @Test
    void aCutTextEndsInItsEllipsisWithoutTheCommaBeforeIt() {
        String text = "The match, " + "words, ".repeat(40);
        Snippet shown = snippet("match", text);
        assertThat(shown.text()).endsWith("words\u2026").doesNotContain(",\u2026");
        assertThat(snippet("match", "The match, and the end,").text()).isEqualTo("The match, and the end,");
    }

    @Test
    void aTextStartingWithSpacesIsShownWithoutThemAndItsMarksStayOnTheMatch() {
        assertThat(marked(snippet("match", "   spaces then match"))).isEqualTo("spaces then [match]");
        String long1 = "  " + "word ".repeat(60) + "match " + "tail ".repeat(60);
        Snippet shown = snippet("match", long1);
        Snippet.Hit hit = shown.hits().get(0);
        assertThat(shown.text().substring(hit.start(), hit.end())).isEqualTo("match");
    }

    @Test
    void aLongMatchIsCutWhereTheSnippetEndsButNeverInsideASurrogatePair() {
        String party = "\uD83C\uDF89";
        Snippet cut = snippet("x" + party.repeat(60), "x" + party.repeat(100));
        // AFTER chars from the match's start would end inside the 50th emoji: the cut comes before it
        assertThat(cut.hits()).containsExactly(new Snippet.Hit(0, Snippet.AFTER - 1));
        assertThat(cut.text()).isEqualTo("x" + party.repeat((Snippet.AFTER - 2) / 2) + Snippet.ELLIPSIS);
        Snippet even = snippet("y" + "ab".repeat(60), "yy" + "ab".repeat(100));
        assertThat(even.hits()).containsExactly(new Snippet.Hit(1, Snippet.AFTER + 1));
    }

    @Test
    void aTextThatFitsIsShownWholeWhereverItsMatchIs() {
        String title = "19 memorable quotes from James 'Mad Dog' Mattis";
        assertThat(marked(snippet("mattis", title))).isEqualTo("19 memorable quotes from James 'Mad Dog' [Mattis]");
        String fits = "x".repeat(Snippet.BEFORE + Snippet.AFTER - 6) + " match";
        assertThat(snippet("match", fits).text()).isEqualTo(fits);
    }

    @Test
    void aMatchNearTheEndOfALongTextShowsAsManyWordsBeforeIt() {
        String text = "word ".repeat(80) + "end";
        Snippet shown = snippet("end", text);
        assertThat(shown.text()).startsWith("\u2026word").endsWith("end");
        assertThat(shown.text().length()).isBetween(Snippet.BEFORE + Snippet.AFTER - 5, Snippet.BEFORE + Snippet.AFTER + 1);
    }

    @Test
    void aMatchInsideAWordLongerThanTheContextStillShows() {
        String long1 = "x".repeat(200);
        Snippet shown = snippet("needle", long1 + "needle" + long1);
        assertThat(marked(shown)).startsWith("\u2026[needle]");
    }

    @Test
    void aMatchAfterTheShownWordsIsNotMarked() {
        String text = "alpha " + "filler ".repeat(40) + "alpha";
        Snippet shown = snippet("alpha", text);
        assertThat(shown.hits()).hasSize(1);
        assertThat(shown.hits().get(0)).isEqualTo(new Snippet.Hit(0, 5));
    }

    @Test
    void aMatchOnAFoldedLetterMarksTheLetterAsPrinted() {
        assertThat(marked(snippet("strasse", "Die Straße hier"))).isEqualTo("Die [Straße] hier");
    }

    @Test
    void anEntryWithoutTextsGivesAnEmptySnippet() {
        assertThat(Snippet.of(SearchEntry.of(new SearchPlace.Slide("g", "G", 0), List.of()), SearchQuery.parse("x")))
                .isEqualTo(new Snippet("", List.of()));
    }
}
