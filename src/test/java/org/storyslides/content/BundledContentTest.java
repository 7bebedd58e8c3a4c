package org.storyslides.content;

import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The content that ships with the app, as the loader gives it. */
class BundledContentTest {

    static Content content;

    @BeforeAll
    static void load() {
        LoadResult result = new ContentLoader().load(BundledContent.folder());
        if (result instanceof LoadResult.Failed failed) {
            fail("the bundled content has problems:%n%s", failed.problems());
        }
        content = ((LoadResult.Loaded) result).content();
    }

    @Test
    void storyHeader() {
        Story story = content.story();
        assertThat(story.headline()).isEqualTo("Defense secretary Mattis sees no American military collaboration with Russia");
        assertThat(story.source()).isEqualTo("Reuters");
        assertThat(story.dateline()).isEqualTo("BRUSSELS");
        assertThat(story.published()).isEqualTo(LocalDate.of(2017, 2, 16));
    }

    @Test
    void storyBlocksInPageOrder() {
        List<StoryBlock> body = content.story().body();
        assertThat(body).extracting(block -> block.type().name().charAt(0)).map(String::valueOf)
                .containsExactly("P", "P", "P", "G", "P", "P", "P", "P", "P", "S", "P", "P", "P", "S", "P", "P", "G", "P", "P", "P", "P");
        assertThat(body.get(0).text()).startsWith("BRUSSELS, Feb 16 (Reuters) - U.S. President Donald Trump's defense secretary");
        assertThat(body.get(3).text()).isEqualTo("RELATED: 19 memorable quotes from James 'Mad Dog' Mattis");
        assertThat(body.get(3).gallery()).isEqualTo("mattis-quotes");
        assertThat(body.get(9).text()).isEqualTo("Democratic Rep. Seth Moulton says Trump-Russia allegations are the 'definition of treason'");
        assertThat(body.get(13).text()).isEqualTo("Russian spy ship built for eavesdropping spotted 30 miles from a US submarine base");
        assertThat(body.get(16).text()).isEqualTo("RELATED: The most powerful US military photos from 2016");
        assertThat(body.get(16).gallery()).isEqualTo("military-photos-2016");
        assertThat(body.get(20).text()).startsWith("They are also looking at contacts in Russia");
        assertThat(content.story().galleryIds()).containsExactly("mattis-quotes", "military-photos-2016");
    }

    @Test
    void galleriesHaveTheCountsThePagePrints() {
        assertThat(TestGalleries.all(content)).extracting(Gallery::id, Gallery::title, Gallery::size).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mattis-quotes", "19 memorable quotes from James 'Mad Dog' Mattis", 14),
                org.assertj.core.groups.Tuple.tuple("military-photos-2016", "The best US military photos from 2016", 20));
        assertThat(content.slideCount()).isEqualTo(34);
    }

    @Test
    void theFirstSlideOfEachGalleryIsItsCover() {
        for (Gallery gallery : TestGalleries.all(content)) {
            Slide cover = gallery.cover();
            assertThat(cover.headline()).isEqualTo(gallery.title());
            assertThat(cover.caption()).isEmpty();
            assertThat(cover.credit()).isNull();
            assertThat(gallery.slides().subList(1, gallery.size())).allSatisfy(slide -> {
                assertThat(slide.caption()).isNotEmpty();
                assertThat(slide.credit()).isNotBlank();
            });
        }
    }

    @Test
    void quoteSlidesCarryTheQuoteAsHeadline() {
        List<Slide> quotes = TestGalleries.of(content, "mattis-quotes").slides();
        assertThat(quotes.get(1).headline()).isEqualTo(
                "\"You cannot allow any of your people to avoid the brutal facts. If they start living in a dream world, it's going to be bad.\"");
        assertThat(quotes.get(3).headline()).contains("If you f*** with me, I'll kill you all.");
        assertThat(quotes.get(13).headline()).isEqualTo("\"Fight with a happy heart.\"");
        assertThat(quotes.get(6).caption().get(0)).contains("on the fence \u2014 while carrying the weight");
        assertThat(quotes.get(6).credit()).isEqualTo("CHRIS KLEPONIS/AFP/Getty Images");
        assertThat(quotes.get(13).credit()).isEqualTo("AFP PHOTO/ Chris KLEPONIS (Photo credit should read CHRIS KLEPONIS/AFP/Getty Images)");
        assertThat(TestGalleries.of(content, "military-photos-2016").slides().subList(1, 20)).allSatisfy(
                slide -> assertThat(slide.headline()).isNull());
    }

    @Test
    void theThreeRunTogetherCaptionsKeepOnlyTheirOwnText() {
        List<Slide> slides = TestGalleries.of(content, "military-photos-2016").slides();
        assertThat(slides.get(7).caption()).containsExactly(
                "Soldiers offload equipment and supplies from a CH-47F Chinook helicopter after landing on Kahiltna Glacier in Denali National Park and Preserve, Alaska, April 24, 2016. At 17,400 feet, Mount Foraker towers above.");
        assertThat(slides.get(7).credit()).isEqualTo("Army photo by John Pennell");
        assertThat(slides.get(8).caption()).containsExactly(
                "Air Force Maj. Steve Briones and 1st Lt. Andrew Kim fly a KC-135 Stratotanker aircraft over Turkey, January 6, 2016. Coalition forces fly daily missions to support Operation Inherent Resolve.");
        assertThat(slides.get(8).credit()).isEqualTo("Air Force photo by Staff Sgt. Corey Hook");
        assertThat(slides.get(9).caption()).containsExactly(
                "Members of the visit, board, search, and seizure team for the guided-missile destroyer USS Gonzalez operate a rigid-hull inflatable boat in the Gulf of Aden, April 26, 2016. The Gonzalez was supporting Operation Inherent Resolve, maritime security operations and theater security cooperation efforts in the US 5th Fleet area of operations.");
        assertThat(slides.get(9).credit()).isEqualTo("Navy photo by Petty Officer 3rd Class Pasquale Sena");
    }

    @Test
    void noTextKeepsScrapingDamage() {
        assertThat(allText()).allSatisfy(text -> assertThat(text)
                .doesNotContain("\u00a0")
                .doesNotContain("  ")
                .isEqualTo(text.strip())
                .doesNotContainPattern("[a-z]\\.[A-Z][a-z]"));
    }

    @Test
    void everyImageIsThereAndLargeEnough() throws IOException {
        for (Gallery gallery : TestGalleries.all(content)) {
            for (Slide slide : gallery.slides()) {
                assertThat(slide.image()).startsWith("images/" + gallery.id() + "/");
                try (InputStream in = Files.newInputStream(content.folder().resolve(slide.image()))) {
                    BufferedImage image = ImageIO.read(in);
                    assertThat(image).as(slide.image()).isNotNull();
                    assertThat(image.getWidth()).as(slide.image()).isGreaterThanOrEqualTo(1280);
                    assertThat(image.getHeight()).as(slide.image()).isGreaterThanOrEqualTo(720);
                }
            }
        }
    }

    static List<String> allText() {
        java.util.ArrayList<String> texts = new java.util.ArrayList<>();
        Story story = content.story();
        texts.add(story.headline());
        story.body().forEach(block -> texts.add(block.text()));
        for (Gallery gallery : TestGalleries.all(content)) {
            texts.add(gallery.title());
            for (Slide slide : gallery.slides()) {
                slide.headlineText().ifPresent(texts::add);
                texts.addAll(slide.caption());
                slide.creditText().ifPresent(texts::add);
            }
        }
        return texts;
    }
}
