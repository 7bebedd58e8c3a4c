package org.storyslides.handout;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.Gallery;
import org.storyslides.content.GalleryLoad;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Slide;
import org.storyslides.content.StoryBlock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The handout of the bundled story, read back with PDFBox as a reader's viewer reads it. */
class HandoutPdfTest {

    @TempDir
    static Path folder;
    private static Content content;
    private static HandoutWriter.Written written;
    private static PdfReading pdf;
    private static final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void writeTheHandout() throws Exception {
        content = ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
        written = new HandoutWriter(PaperSize.A4, warnings::add).write(content, Optional.empty(), folder.resolve("handout.pdf"));
        pdf = new PdfReading(written.file());
    }

    @AfterAll
    static void close() {
        pdf.close();
    }

    @Test
    void holdsEveryParagraphQuoteCaptionAndCreditInTheStorysOrder() {
        List<String> expected = new ArrayList<>();
        expected.add(content.story().headline());
        List<String> seeAlso = new ArrayList<>();
        for (StoryBlock block : content.story().body()) {
            switch (block.type()) {
                case PARAGRAPH -> expected.add(block.text());
                case SEE_ALSO -> seeAlso.add(block.text());
                case GALLERY -> {
                    Gallery gallery = ((GalleryLoad.Loaded) content.gallery(block.gallery())).gallery();
                    expected.add(gallery.title());
                    for (Slide slide : gallery.slides()) {
                        // a headline that only says the gallery's title again is not printed twice
                        slide.headlineText().filter(headline -> !gallery.repeatsTitle(slide)).ifPresent(expected::add);
                        expected.addAll(slide.caption());
                        slide.creditText().ifPresent(expected::add);
                    }
                }
            }
        }
        expected.add("SEE ALSO");
        expected.addAll(seeAlso);
        assertThat(expected).hasSizeGreaterThan(100);

        String text = pdf.bodies();
        int at = 0;
        for (String piece : expected) {
            int found = text.indexOf(PdfReading.normalised(piece), at);
            assertThat(found).as("in order, after character %d: %s", at, piece).isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
        assertThat(warnings).as("every bundled picture is embedded").isEmpty();
    }

    @Test
    void printsEachGallerysTitleOnceNotAgainAsItsCoversHeadline() {
        String text = pdf.bodies();
        for (String title : List.of("19 memorable quotes from James 'Mad Dog' Mattis", "The best US military photos from 2016")) {
            String printed = PdfReading.normalised(title);
            assertThat(text.indexOf(printed)).as(title).isGreaterThanOrEqualTo(0);
            assertThat(text.indexOf(printed, text.indexOf(printed) + 1)).as(title + " printed again").isEqualTo(-1);
        }
    }

    @Test
    void everyPageHasTheHeadlineAndItsNumberInTheFooter() {
        assertThat(pdf.pages()).isEqualTo(written.pages());
        for (int i = 0; i < pdf.pages(); i++) {
            assertThat(pdf.footer(i)).isEqualTo(content.story().headline() + " " + (i + 1) + " of " + pdf.pages());
        }
    }

    @Test
    void twoOrThreeSlidesAPage() {
        int pictures = 0;
        int mostOnAPage = 0;
        for (int i = 0; i < pdf.pages(); i++) {
            int onPage = pdf.pictures(i).size();
            pictures += onPage;
            mostOnAPage = Math.max(mostOnAPage, onPage);
        }
        assertThat(pictures).isEqualTo(content.slideCount()).isEqualTo(34);
        assertThat(mostOnAPage).isEqualTo(HandoutLayout.SLIDES_PER_PAGE);
        // 34 slides at 2 or 3 a page: 12 to 17 pages, sharing the story's pages at most at its three joins
        assertThat(pdf.pages()).isBetween(12, 17 + 3);
    }

    @Test
    void everyFontIsABundledNotoFontEmbedded() {
        for (int i = 0; i < pdf.pages(); i++) {
            assertThat(pdf.fonts(i)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("Noto");
            });
        }
        assertThat(pdf.fonts(0).stream().map(PDFont::getName)).anyMatch(name -> name.contains("NotoSerif-Bold"))
                .anyMatch(name -> name.contains("NotoSerif")).anyMatch(name -> name.contains("NotoSans"));
    }

    @Test
    void isSetOnA4AndKeepsItsSize() {
        assertThat(pdf.page(0).getMediaBox().getWidth()).isEqualTo(595.28f);
        assertThat(pdf.page(0).getMediaBox().getHeight()).isEqualTo(841.89f);
        assertThat(written.bytes()).as("34 pictures at print resolution, not the bundled 5.9 MB").isBetween(300_000L, 3_000_000L);
    }

    @Test
    void picturesAreEmbeddedAtPrintResolution() {
        // the bundled pictures are 1600 x 900: printed about 9 cm wide they need about 720 pixels at 200 dpi
        for (int i = 0; i < pdf.pages(); i++) {
            assertThat(pdf.pictures(i)).allSatisfy(drawn -> {
                assertThat(drawn.pixelWidth()).isLessThan(1600);
                assertThat(drawn.dpi()).isBetween(195.0, 205.0);
                assertThat(drawn.width() / drawn.height()).as("not stretched").isCloseTo(1600f / 900, org.assertj.core.data.Offset.offset(0.01f));
            });
        }
    }
}
