package org.storyslides.content;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the bundled content is copied from the scraped page (a copy of
 * ../shared/seed/000_db0871722092ecb1.txt): once the page's non-breaking spaces are plain spaces,
 * each story paragraph, quote, caption and credit appears in it word for word.
 */
class SeedFidelityTest {

    private static String seedText() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                SeedFidelityTest.class.getResourceAsStream("/seed/aol-mattis-russia-page.txt"), "missing resource: seed page")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace('\u00a0', ' ');
        }
    }

    @Test
    void everyTextIsInTheSeedVerbatim() throws IOException {
        BundledContentTest.load();
        String seed = seedText();
        assertThat(BundledContentTest.allText()).hasSize(1 + 21 // headline, body blocks
                        + 2 + 15 // gallery titles, cover and quote headlines
                        + 23 + 13 // quote captions' paragraphs and credits
                        + 19 + 19) // military captions and credits
                .allSatisfy(text -> assertThat(seed).contains(text));
    }

    @Test
    void seeAlsoBlocksAreThePagesSeeAlsoLines() throws IOException {
        BundledContentTest.load();
        String seed = seedText();
        BundledContentTest.content.story().body().stream()
                .filter(block -> block.type() == StoryBlock.Type.SEE_ALSO)
                .forEach(block -> assertThat(seed).contains("SEE ALSO: " + block.text() + "\n"));
    }

    @Test
    void pageChromeStaysOut() {
        BundledContentTest.load();
        assertThat(BundledContentTest.allText()).noneMatch(text -> text.matches(
                "(?s).*(Sign up for Breaking News|newsletters|Read Full Story|HIDE CAPTION|SHOW CAPTION|SEE ALL|BACK TO SLIDE|See Gallery|\\d+ PHOTOS).*"));
    }
}
