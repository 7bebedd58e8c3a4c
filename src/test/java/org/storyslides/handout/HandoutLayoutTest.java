package org.storyslides.handout;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.storyslides.handout.HandoutLayout.MARGIN;

/**
 * The handout's layout driven directly, toolkit-free: a fake {@link TextSetter} with fixed-width glyphs (5 pt a
 * character, 4 pt in the footer) and fake picture ratios, so every line break, height and page break is known
 * to the point. Unless said otherwise the paper is US Letter, whose numbers are round: the text is 500 pt wide
 * (56 to 556), the body ends at 724, a picture is at most (724 - 56 - 60) / 3 - 22 = 180.67 pt tall, and a
 * slide's words stand at x = 342 in a column 214 pt wide (42 characters).
 */
class HandoutLayoutTest {

    private static final PaperSize PAPER = PaperSize.LETTER;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = 612 - MARGIN;
    private static final float BOTTOM = 792 - HandoutLayout.BODY_BOTTOM; // 724
    private static final float MAX_PICTURE = (BOTTOM - MARGIN - 60) / HandoutLayout.SLIDES_PER_PAGE - HandoutLayout.SLIDE_GAP;
    private static final float PICTURE_WIDTH = 270; // 500 * 0.54
    private static final float TEXT_X = 342; // 56 + 270 + 16
    private static final float FOOTER_BASELINE = 792 - HandoutLayout.FOOTER_BASELINE;
    private static final float FOOTER_RULE = 792 - HandoutLayout.FOOTER_RULE;
    /** Where a gallery laid out alone starts its first slide: label (11) + 2 + title (20) + 12 under the top margin. */
    private static final float FIRST_SLIDE_ALONE = 101;
    /** Where the story's body starts under a one-line headline and meta line: 56 + 27 + 6 + 12 + 10 + 14. */
    private static final float BODY_TOP = 125;
    private static final float TINY = 1f / 32; // a picture 8.4 pt tall: shorter than any slide's words
    private static final float EPS = 0.001f;

    @TempDir
    Path folder;

    private final FixedWidthSetter setter = new FixedWidthSetter();
    private final Map<String, Optional<Float>> ratios = new HashMap<>();

    /** Every character is 5 pt wide (4 pt in the footer); the snowman is a character the fonts cannot set. */
    static final class FixedWidthSetter implements TextSetter {
        final List<String> footerMeasured = new ArrayList<>();

        static float glyph(HandoutStyle style) {
            return style == HandoutStyle.FOOTER ? 4 : 5;
        }

        @Override
        public float width(HandoutStyle style, String text) {
            if (style == HandoutStyle.FOOTER) {
                footerMeasured.add(text);
            }
            return text.codePointCount(0, text.length()) * glyph(style);
        }

        @Override
        public String printable(HandoutStyle style, String text) {
            return text.replace('\u2603', '?');
        }
    }

    // ---------------------------------------------------------------- content written in a temporary folder

    /** A slide as written: its picture's ratio (null: it cannot be read), quote and credit (null: none) and caption. */
    record SlideSpec(Float ratio, String quote, List<String> caption, String credit) {
    }

    static SlideSpec slide(float ratio) {
        return new SlideSpec(ratio, null, List.of(), null);
    }

    /** A slide of a tiny picture whose words are its label, a quote of {@code quoteLines} and a credit of {@code creditLines}. */
    static SlideSpec words(int quoteLines, int creditLines) {
        return words("c", quoteLines, creditLines);
    }

    /** The same, its credit's words starting with {@code prefix}. */
    static SlideSpec words(String prefix, int quoteLines, int creditLines) {
        return new SlideSpec(TINY, quoteLines == 0 ? null : lines("q", quoteLines, 40), List.of(),
                creditLines == 0 ? null : lines(prefix, creditLines, 40));
    }

    /** {@code count} distinct words of {@code length} characters: one a line wherever two do not fit together. */
    static String lines(String prefix, int count, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = prefix + i + "-";
            text.append(i == 0 ? "" : " ").append(word).append("x".repeat(length - word.length()));
        }
        return text.toString();
    }

    static String word(String prefix, int i, int length) {
        String word = prefix + i + "-";
        return word + "x".repeat(length - word.length());
    }

    static String paragraph(String text) {
        return "{\"type\": \"paragraph\", \"text\": " + json(text) + "}";
    }

    static String gallery(String id) {
        return "{\"type\": \"gallery\", \"text\": \"RELATED: " + id + "\", \"gallery\": \"" + id + "\"}";
    }

    static String seeAlso(String text) {
        return "{\"type\": \"seeAlso\", \"text\": " + json(text) + "}";
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    void story(String headline, String... blocks) throws IOException {
        Files.writeString(folder.resolve("story.json"), "{\"headline\": " + json(headline) + ", \"source\": \"Src\", "
                + "\"dateline\": \"City\", \"published\": \"2026-11-26\", \"body\": [\n" + String.join(",\n", blocks) + "\n]}");
    }

    void writeGallery(String id, String title, SlideSpec... slides) throws IOException {
        Files.createDirectories(folder.resolve("galleries"));
        Files.createDirectories(folder.resolve("images"));
        StringBuilder text = new StringBuilder("{\"id\": \"" + id + "\", \"title\": " + json(title) + ", \"slides\": [\n");
        for (int i = 0; i < slides.length; i++) {
            SlideSpec slide = slides[i];
            String image = "images/" + id + "-" + (i + 1) + ".jpg";
            Files.writeString(folder.resolve(image), "not really a picture: the ratio is the fake's");
            ratios.put(image, Optional.ofNullable(slide.ratio()));
            text.append(i == 0 ? "" : ",\n").append("{\"image\": \"").append(image).append("\", \"caption\": [");
            text.append(String.join(", ", slide.caption().stream().map(HandoutLayoutTest::json).toList())).append(']');
            if (slide.quote() != null) {
                text.append(", \"headline\": ").append(json(slide.quote()));
            }
            if (slide.credit() != null) {
                text.append(", \"credit\": ").append(json(slide.credit()));
            }
            text.append('}');
        }
        Files.writeString(folder.resolve("galleries/" + id + ".json"), text.append("\n]}"));
    }

    Content load() {
        LoadResult result = new ContentLoader().load(folder);
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).content();
    }

    HandoutLayout layout() {
        return layout(PAPER);
    }

    HandoutLayout layout(PaperSize paper) {
        return new HandoutLayout(paper, setter, path -> ratios.getOrDefault(path, Optional.of(TINY)));
    }

    List<HandoutPage> storyPages() {
        return layout().story(load());
    }

    List<HandoutPage> galleryPages(String id) {
        return layout().gallery(load(), id);
    }

    // ---------------------------------------------------------------- reading the pages

    static List<HandoutPage.Text> texts(HandoutPage page) {
        return page.items().stream().filter(HandoutPage.Text.class::isInstance).map(HandoutPage.Text.class::cast)
                .filter(text -> text.style() != HandoutStyle.FOOTER).toList();
    }

    static List<HandoutPage.Text> texts(HandoutPage page, HandoutStyle style) {
        return texts(page).stream().filter(text -> text.style() == style).toList();
    }

    static List<HandoutPage.Picture> pictures(HandoutPage page) {
        return page.items().stream().filter(HandoutPage.Picture.class::isInstance).map(HandoutPage.Picture.class::cast).toList();
    }

    /** The rules above the footer's. */
    static List<HandoutPage.Rule> rules(HandoutPage page) {
        return rules(page, PAPER);
    }

    static List<HandoutPage.Rule> rules(HandoutPage page, PaperSize paper) {
        return page.items().stream().filter(HandoutPage.Rule.class::isInstance).map(HandoutPage.Rule.class::cast)
                .filter(rule -> rule.y() != paper.height() - HandoutLayout.FOOTER_RULE).toList();
    }

    static List<HandoutPage.Text> footer(HandoutPage page) {
        return page.items().stream().filter(HandoutPage.Text.class::isInstance).map(HandoutPage.Text.class::cast)
                .filter(text -> text.style() == HandoutStyle.FOOTER).toList();
    }

    static HandoutPage.Text find(HandoutPage page, String text) {
        return texts(page).stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not on the page: " + text + " in " + texts(page)));
    }

    static int pageOf(List<HandoutPage> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (texts(pages.get(i)).stream().anyMatch(t -> t.text().equals(text))) {
                return i;
            }
        }
        throw new AssertionError("on no page: " + text);
    }

    /** The baseline of a line whose box starts at {@code top}: as the layout sets it. */
    static float baseline(HandoutStyle style, float top) {
        return top + (style.leading - style.size) / 2 + style.size * 0.8f;
    }

    static void assertText(HandoutPage.Text text, HandoutStyle style, float x, float top) {
        assertThat(text.style()).as("style of %s", text.text()).isEqualTo(style);
        assertThat(text.x()).as("x of %s", text.text()).isCloseTo(x, within(EPS));
        assertThat(text.baseline()).as("baseline of %s", text.text()).isCloseTo(baseline(style, top), within(EPS));
    }

    static void assertPicture(HandoutPage.Picture picture, float top, float width, float height) {
        assertThat(picture.x()).as("x of %s", picture.path()).isCloseTo(LEFT, within(EPS));
        assertThat(picture.top()).as("top of %s", picture.path()).isCloseTo(top, within(EPS));
        assertThat(picture.width()).as("width of %s", picture.path()).isCloseTo(width, within(EPS));
        assertThat(picture.height()).as("height of %s", picture.path()).isCloseTo(height, within(EPS));
    }

    /** What every handout promises: inside the margins, above the body's bottom, no overlaps, the footer on each page. */
    void assertWellFormed(List<HandoutPage> pages, PaperSize paper) {
        float right = paper.width() - MARGIN;
        float bottom = paper.height() - HandoutLayout.BODY_BOTTOM;
        float maxPicture = (bottom - MARGIN - 60) / HandoutLayout.SLIDES_PER_PAGE - HandoutLayout.SLIDE_GAP;
        assertThat(pages).isNotEmpty();
        for (int n = 0; n < pages.size(); n++) {
            HandoutPage page = pages.get(n);
            List<float[]> boxes = new ArrayList<>(); // x, top, bottom
            for (HandoutPage.Text text : texts(page)) {
                float top = text.baseline() - (baseline(text.style(), 0));
                assertThat(text.x()).as("page %d: %s", n + 1, text.text()).isGreaterThanOrEqualTo(MARGIN);
                assertThat(text.x() + setter.width(text.style(), text.text())).as("page %d: right end of %s", n + 1, text.text())
                        .isLessThanOrEqualTo(right + EPS);
                assertThat(top).as("page %d: top of %s", n + 1, text.text()).isGreaterThanOrEqualTo(MARGIN - EPS);
                assertThat(top + text.style().leading).as("page %d: bottom of %s", n + 1, text.text()).isLessThanOrEqualTo(bottom + EPS);
                boxes.add(new float[]{text.x(), top, top + text.style().leading});
            }
            List<HandoutPage.Picture> pictures = pictures(page);
            assertThat(pictures.size()).as("slides on page %d", n + 1).isLessThanOrEqualTo(HandoutLayout.SLIDES_PER_PAGE);
            for (HandoutPage.Picture picture : pictures) {
                assertThat(picture.x()).isEqualTo(MARGIN);
                assertThat(picture.x() + picture.width()).isLessThanOrEqualTo(right + EPS);
                assertThat(picture.top()).isGreaterThanOrEqualTo(MARGIN - EPS);
                assertThat(picture.top() + picture.height()).as("page %d: bottom of %s", n + 1, picture.path()).isLessThanOrEqualTo(bottom + EPS);
                assertThat(picture.height()).isLessThanOrEqualTo(maxPicture + EPS);
                float ratio = ratios.getOrDefault(picture.path(), Optional.of(TINY)).orElse(2f / 3);
                assertThat(picture.height() / picture.width()).as("ratio of %s", picture.path()).isCloseTo(ratio, within(0.001f));
                boxes.add(new float[]{picture.x(), picture.top(), picture.top() + picture.height()});
            }
            for (HandoutPage.Rule rule : rules(page, paper)) {
                assertThat(rule.x()).isEqualTo(MARGIN);
                assertThat(rule.x() + rule.width()).isCloseTo(right, within(EPS));
                assertThat(rule.y()).isBetween(MARGIN, bottom);
            }
            boxes.sort(Comparator.comparingDouble(box -> box[1]));
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    if (boxes.get(i)[0] == boxes.get(j)[0]) {
                        assertThat(boxes.get(j)[1]).as("page %d: nothing overlaps in a column", n + 1).isGreaterThanOrEqualTo(boxes.get(i)[2] - EPS);
                    }
                }
            }
            List<HandoutPage.Text> footer = footer(page);
            assertThat(footer).hasSize(2);
            String number = (n + 1) + " of " + pages.size();
            assertThat(footer.get(1).text()).isEqualTo(number);
            assertThat(footer.get(1).x() + setter.width(HandoutStyle.FOOTER, number)).isCloseTo(right, within(EPS));
            assertThat(footer.get(0).x()).isEqualTo(MARGIN);
            assertThat(footer.get(0).x() + setter.width(HandoutStyle.FOOTER, footer.get(0).text()) + 24)
                    .isLessThanOrEqualTo(footer.get(1).x() + EPS);
            assertThat(footer).allSatisfy(text -> assertThat(text.baseline()).isEqualTo(paper.height() - HandoutLayout.FOOTER_BASELINE));
            assertThat(page.items()).contains(new HandoutPage.Rule(MARGIN, paper.height() - HandoutLayout.FOOTER_RULE, right - MARGIN));
        }
    }

    @BeforeEach
    void noMeasuresYet() {
        setter.footerMeasured.clear();
    }

    // ---------------------------------------------------------------- the story's header and its text

    @Test
    void headlineMetaLineAndRuleStandAtTheTopMarginAndTheParagraphsUnderThem() throws IOException {
        story("Big News", paragraph("First paragraph."), paragraph("Second."), gallery("g"));
        writeGallery("g", "Pictures", slide(TINY));
        List<HandoutPage> pages = storyPages();

        HandoutPage first = pages.get(0);
        assertThat(texts(first).get(0).text()).isEqualTo("Big News");
        assertText(texts(first).get(0), HandoutStyle.HEADLINE, LEFT, 56);
        assertText(find(first, "Src \u00b7 City \u00b7 Nov 26, 2026"), HandoutStyle.META, LEFT, 89);
        assertThat(rules(first).get(0)).isEqualTo(new HandoutPage.Rule(LEFT, 111, 500));
        assertText(find(first, "First paragraph."), HandoutStyle.PARAGRAPH, LEFT, BODY_TOP);
        assertText(find(first, "Second."), HandoutStyle.PARAGRAPH, LEFT, BODY_TOP + 15.5f + 7);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aHeadlineTooWideForOneLineBreaksBetweenWordsWithinTheTextWidth() throws IOException {
        String a = "a".repeat(60);
        String b = "b".repeat(39);
        String c = "c".repeat(60);
        story(a + " " + b + " " + c, gallery("g"));
        writeGallery("g", "Pictures", slide(TINY));
        HandoutPage first = storyPages().get(0);

        // 60 + 1 + 39 = 100 characters: 500 pt, exactly the text width; the third word goes on a line of its own
        assertText(find(first, a + " " + b), HandoutStyle.HEADLINE, LEFT, 56);
        assertText(find(first, c), HandoutStyle.HEADLINE, LEFT, 56 + 27);
        assertText(find(first, "Src \u00b7 City \u00b7 Nov 26, 2026"), HandoutStyle.META, LEFT, 56 + 54 + 6);
    }

    /** A headline of two lines, two one-line paragraphs, then a paragraph of {@code lines} lines: its 34th ends at 724. */
    List<HandoutPage> paragraphOf(int lines) throws IOException {
        story("h".repeat(60) + " " + "i".repeat(60), paragraph("one"), paragraph("two"), paragraph(lines("p", lines, 99)), gallery("g"));
        writeGallery("g", "Pictures", slide(TINY));
        return storyPages();
    }

    @Test
    void aLineWhoseBoxEndsExactlyAtTheBodyBottomStaysOnThePage() throws IOException {
        List<HandoutPage> pages = paragraphOf(34);
        // 56 + 2 x 27 + 6 + 12 + 10 + 14 = 152; + 15.5 + 7 + 15.5 + 7 = 197; + 33 x 15.5 = 708.5, + 15.5 = 724
        assertThat(pageOf(pages, word("p", 33, 99))).isZero();
        assertText(find(pages.get(0), word("p", 33, 99)), HandoutStyle.PARAGRAPH, LEFT, 708.5f);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aLineThatWouldEndBelowTheBodyBottomGoesToTheTopOfTheNextPage() throws IOException {
        List<HandoutPage> pages = paragraphOf(35);
        assertThat(pageOf(pages, word("p", 33, 99))).isZero();
        assertThat(pageOf(pages, word("p", 34, 99))).isEqualTo(1);
        assertText(find(pages.get(1), word("p", 34, 99)), HandoutStyle.PARAGRAPH, LEFT, MARGIN);
        assertWellFormed(pages, PAPER);
    }

    // ---------------------------------------------------------------- a gallery in the story

    /** A paragraph of {@code lines} lines under the header, then a gallery whose first picture is as tall as a picture may be. */
    List<HandoutPage> galleryAfter(int lines) throws IOException {
        story("Big News", paragraph(lines("p", lines, 99)), gallery("g"));
        writeGallery("g", "Pictures", slide(1), slide(TINY));
        return storyPages();
    }

    @Test
    void aGallerysTitleAndFirstSlideStayUnderTheStoryWhenBothFit() throws IOException {
        List<HandoutPage> pages = galleryAfter(21);
        // 125 + 21 x 15.5 + 7 = 457.5: the rule at 465.5, the label at 483.5, the title at 496.5, the slide at 528.5, to 709.2
        HandoutPage first = pages.get(0);
        assertThat(rules(first)).contains(new HandoutPage.Rule(LEFT, 465.5f, 500));
        assertText(find(first, "GALLERY \u00b7 2 PHOTOS"), HandoutStyle.GALLERY_LABEL, LEFT, 483.5f);
        assertText(find(first, "Pictures"), HandoutStyle.GALLERY_TITLE, LEFT, 496.5f);
        assertThat(pictures(first)).hasSize(1);
        assertPicture(pictures(first).get(0), 528.5f, MAX_PICTURE, MAX_PICTURE);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aGallerysTitleGoesToTheNextPageWithItsFirstSlideWhenTheyDoNotFitUnderTheStory() throws IOException {
        List<HandoutPage> pages = galleryAfter(22);
        // 125 + 22 x 15.5 + 7 = 473: rule, label and title would end at 544, and the tallest picture at 724.7
        assertThat(pageOf(pages, "Pictures")).isEqualTo(1);
        assertThat(pictures(pages.get(0))).isEmpty();
        assertThat(rules(pages.get(0))).as("the header's rule only").hasSize(1);
        assertText(find(pages.get(1), "GALLERY \u00b7 2 PHOTOS"), HandoutStyle.GALLERY_LABEL, LEFT, MARGIN);
        assertPicture(pictures(pages.get(1)).get(0), FIRST_SLIDE_ALONE, MAX_PICTURE, MAX_PICTURE);
        assertWellFormed(pages, PAPER);
    }

    // ---------------------------------------------------------------- a slide's geometry

    @Test
    void aSlidesPictureIsOnTheLeftAtItsRatioAndItsLabelQuoteCaptionAndCreditBesideIt() throws IOException {
        story("Big News", gallery("g"));
        String a = "a".repeat(40);
        String b = "b".repeat(40);
        writeGallery("g", "Pictures", new SlideSpec(0.5f, "Quote", List.of(a + " " + b, "More"), "Credit"), slide(TINY));
        List<HandoutPage> pages = galleryPages("g");
        HandoutPage page = pages.get(0);

        assertText(find(page, "GALLERY \u00b7 2 PHOTOS"), HandoutStyle.GALLERY_LABEL, LEFT, MARGIN);
        assertText(find(page, "Pictures"), HandoutStyle.GALLERY_TITLE, LEFT, MARGIN + 11 + 2);
        assertPicture(pictures(page).get(0), FIRST_SLIDE_ALONE, PICTURE_WIDTH, 135);
        assertThat(pictures(page).get(0).path()).isEqualTo("images/g-1.jpg");
        assertText(find(page, "1 / 2"), HandoutStyle.GALLERY_LABEL, TEXT_X, 101);
        assertText(find(page, "Quote"), HandoutStyle.QUOTE, TEXT_X, 101 + 11 + 3);
        assertText(find(page, a), HandoutStyle.CAPTION, TEXT_X, 130 + 5);
        assertText(find(page, b), HandoutStyle.CAPTION, TEXT_X, 135 + 12.6f);
        assertText(find(page, "More"), HandoutStyle.CAPTION, TEXT_X, 135 + 2 * 12.6f + 5);
        assertText(find(page, "Credit"), HandoutStyle.CREDIT, TEXT_X, 135 + 3 * 12.6f + 5 + 4);
        // the words end at 191.8, the picture at 236: the next slide 22 under the picture
        assertPicture(pictures(page).get(1), 101 + 135 + 22, PICTURE_WIDTH, PICTURE_WIDTH * TINY);
        assertText(find(page, "2 / 2"), HandoutStyle.GALLERY_LABEL, TEXT_X, 258);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void theNextSlideStandsASlideGapUnderTheWordsWhenTheyAreTallerThanThePicture() throws IOException {
        story("Big News", gallery("g"));
        writeGallery("g", "Pictures", words(1, 3), slide(TINY));
        HandoutPage page = galleryPages("g").get(0);
        // 11 + 3 + 15 + 4 + 3 x 10 = 63
        assertPicture(pictures(page).get(1), 101 + 63 + 22, PICTURE_WIDTH, PICTURE_WIDTH * TINY);
        assertText(find(page, word("c", 2, 40)), HandoutStyle.CREDIT, TEXT_X, 101 + 63 - 10);
    }

    @Test
    void aSlidesWordsBreakAtTheirColumnsWidthOf214Points() throws IOException {
        story("Big News", gallery("g"));
        String fits = "x".repeat(20) + " " + "y".repeat(21); // 42 characters: 210 pt
        writeGallery("g", "Pictures", new SlideSpec(TINY, null, List.of(fits + " z"), null));
        HandoutPage page = galleryPages("g").get(0);
        assertThat(texts(page, HandoutStyle.CAPTION)).extracting(HandoutPage.Text::text).containsExactly(fits, "z");
    }

    @Test
    void aGallerysLabelCountsItsPhotosOneInTheSingular() throws IOException {
        story("Big News", gallery("one"), gallery("three"));
        writeGallery("one", "Alone", slide(TINY));
        writeGallery("three", "Trio", slide(TINY), slide(TINY), slide(TINY));
        List<HandoutPage> pages = storyPages();
        assertThat(pages.stream().flatMap(page -> texts(page, HandoutStyle.GALLERY_LABEL).stream()).map(HandoutPage.Text::text))
                .containsExactly("GALLERY \u00b7 1 PHOTO", "1 / 1", "GALLERY \u00b7 3 PHOTOS", "1 / 3", "2 / 3", "3 / 3");
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aPictureTallerThanTheMaximumIsScaledDownToItKeepingItsRatio() throws IOException {
        story("Big News", gallery("g"));
        writeGallery("g", "Pictures", slide(2), slide(1));
        List<HandoutPage> pages = galleryPages("g");
        HandoutPage page = pages.get(0);
        assertPicture(pictures(page).get(0), FIRST_SLIDE_ALONE, MAX_PICTURE / 2, MAX_PICTURE);
        assertPicture(pictures(page).get(1), FIRST_SLIDE_ALONE + MAX_PICTURE + 22, MAX_PICTURE, MAX_PICTURE);
        assertThat(MAX_PICTURE).isCloseTo(180.667f, within(0.001f));
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aPictureWhoseRatioCannotBeReadGetsAPlaceholderBoxTwoThirdsAsTallAsWide() throws IOException {
        story("Big News", gallery("g"));
        writeGallery("g", "Pictures", new SlideSpec(null, null, List.of(), null), slide(TINY));
        HandoutPage page = galleryPages("g").get(0);
        assertPicture(pictures(page).get(0), FIRST_SLIDE_ALONE, PICTURE_WIDTH, 180);
        assertThat(pictures(page).get(0).path()).isEqualTo("images/g-1.jpg");
        assertPicture(pictures(page).get(1), FIRST_SLIDE_ALONE + 180 + 22, PICTURE_WIDTH, PICTURE_WIDTH * TINY);
    }

    // ---------------------------------------------------------------- slides and pages

    @Test
    void atMostThreeSlidesAPageEvenWhenMoreWouldFit() throws IOException {
        story("Big News", gallery("g"));
        writeGallery("g", "Pictures", IntStream.range(0, 7).mapToObj(i -> slide(TINY)).toArray(SlideSpec[]::new));
        List<HandoutPage> pages = galleryPages("g");
        assertThat(pages).hasSize(3);
        assertThat(pages).extracting(page -> pictures(page).size()).containsExactly(3, 3, 1);
        assertThat(pictures(pages.get(1)).get(0).top()).isEqualTo(MARGIN);
        assertText(find(pages.get(2), "7 / 7"), HandoutStyle.GALLERY_LABEL, TEXT_X, MARGIN);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aSlideThatEndsExactlyAtTheBodyBottomStaysOnThePage() throws IOException {
        story("Big News", gallery("g"));
        // 101 + 43 + 22 = 166; + 11 + 3 + 2 x 15 + 4 + 51 x 10 = 558: to 724
        writeGallery("g", "Pictures", words(1, 1), words("d", 2, 51));
        List<HandoutPage> pages = galleryPages("g");
        assertThat(pages).hasSize(1);
        assertThat(pictures(pages.get(0))).hasSize(2);
        assertText(find(pages.get(0), word("d", 50, 40)), HandoutStyle.CREDIT, TEXT_X, BOTTOM - 10);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aSlideOneCreditLineTallerThanTheRoomLeftStartsTheNextPage() throws IOException {
        story("Big News", gallery("g"));
        writeGallery("g", "Pictures", words(1, 1), words("d", 2, 52));
        List<HandoutPage> pages = galleryPages("g");
        assertThat(pages).hasSize(2);
        assertThat(pictures(pages.get(0))).hasSize(1);
        assertPicture(pictures(pages.get(1)).get(0), MARGIN, PICTURE_WIDTH, PICTURE_WIDTH * TINY);
        assertThat(pageOf(pages, word("d", 0, 40))).isEqualTo(1);
        assertText(find(pages.get(1), word("d", 51, 40)), HandoutStyle.CREDIT, TEXT_X, MARGIN + 568 - 10);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aSlideExactlyAPageTallIsNotSplitButMovedWholeToTheNextPage() throws IOException {
        story("Big News", gallery("g"));
        // 11 + 3 + 30 + 4 + 62 x 10 = 668 = 724 - 56: fits a page from its top, not the room under the first slide
        writeGallery("g", "Pictures", words(0, 0), words(2, 62));
        List<HandoutPage> pages = galleryPages("g");
        assertThat(pages).hasSize(2);
        assertThat(pictures(pages.get(0))).hasSize(1);
        assertPicture(pictures(pages.get(1)).get(0), MARGIN, PICTURE_WIDTH, PICTURE_WIDTH * TINY);
        assertThat(pageOf(pages, "2 / 2")).isEqualTo(1);
        assertThat(pageOf(pages, word("c", 61, 40))).isEqualTo(1);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void wordsTallerThanAPageGoOnOverTheNextPageWithoutOverlapAndNothingElseJoinsThem() throws IOException {
        story("Big News", gallery("g"));
        writeGallery("g", "Pictures", new SlideSpec(0.5f, null, List.of(), lines("c", 100, 40)), slide(TINY));
        List<HandoutPage> pages = galleryPages("g");
        // the label 101 to 112, the credit from 116 a line each 10: 60 lines to 716, the other 40 from the next page's top
        assertThat(pages).hasSize(3);
        assertThat(pictures(pages.get(0))).hasSize(1);
        assertThat(texts(pages.get(0), HandoutStyle.CREDIT)).hasSize(60);
        assertText(find(pages.get(0), word("c", 59, 40)), HandoutStyle.CREDIT, TEXT_X, 116 + 59 * 10);
        assertThat(texts(pages.get(1), HandoutStyle.CREDIT)).hasSize(40);
        assertThat(pictures(pages.get(1))).isEmpty();
        for (int i = 60; i < 100; i++) {
            assertText(find(pages.get(1), word("c", i, 40)), HandoutStyle.CREDIT, TEXT_X, MARGIN + (i - 60) * 10);
        }
        // the page that carries a slide's words carries nothing more: the next slide starts a page of its own
        assertThat(pageOf(pages, "2 / 2")).isEqualTo(2);
        assertPicture(pictures(pages.get(2)).get(0), MARGIN, PICTURE_WIDTH, PICTURE_WIDTH * TINY);
        assertWellFormed(pages, PAPER);
    }

    /** A tiny slide (11), a slide of {@code creditLines} credit lines under a one-line quote, then a slide taller than a page under a 135-pt picture. */
    List<HandoutPage> tallSlideAfter(int creditLines) throws IOException {
        story("Big News", gallery("g"));
        writeGallery("g", "Pictures", words(0, 0), words(1, creditLines), new SlideSpec(0.5f, null, List.of(), lines("t", 70, 40)));
        return galleryPages("g");
    }

    @Test
    void aSlideTallerThanAPageStartsWhereItsPictureExactlyFits() throws IOException {
        // 101 + 11 + 22 + (11 + 3 + 15 + 4 + 40 x 10 = 433) + 22 = 589: 589 + 135 = 724
        List<HandoutPage> pages = tallSlideAfter(40);
        assertThat(pictures(pages.get(0))).hasSize(3);
        assertPicture(pictures(pages.get(0)).get(2), 589, PICTURE_WIDTH, 135);
        // its label 589 to 600, the credit from 604: 12 lines to 724, the rest on the next page
        assertThat(texts(pages.get(0), HandoutStyle.CREDIT).stream().filter(t -> t.text().startsWith("t"))).hasSize(12);
        assertText(find(pages.get(1), word("t", 12, 40)), HandoutStyle.CREDIT, TEXT_X, MARGIN);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aSlideTallerThanAPageStartsANewPageWhenItsPictureDoesNotFit() throws IOException {
        List<HandoutPage> pages = tallSlideAfter(41);
        assertThat(pictures(pages.get(0))).hasSize(2);
        assertPicture(pictures(pages.get(1)).get(0), MARGIN, PICTURE_WIDTH, 135);
        assertText(find(pages.get(1), "3 / 3"), HandoutStyle.GALLERY_LABEL, TEXT_X, MARGIN);
        assertWellFormed(pages, PAPER);
    }

    // ---------------------------------------------------------------- after the gallery: rules, SEE ALSO, the last page

    /** The story's header, then a gallery of one slide of a two-line quote and {@code creditLines} credit lines, at 196 (rule at 133, label 151, title 164), then {@code after}. */
    List<HandoutPage> galleryEndingAt(int creditLines, String... after) throws IOException {
        List<String> blocks = new ArrayList<>(List.of(gallery("g")));
        blocks.addAll(List.of(after));
        story("Big News", blocks.toArray(String[]::new));
        writeGallery("g", "Pictures", words(2, creditLines));
        return storyPages();
    }

    @Test
    void theRuleUnderAGalleryIsSetWhenItsRoomEndsExactlyAtTheBodyBottom() throws IOException {
        // 196 + 468 (11 + 3 + 30 + 4 + 42 x 10) + 22 = 686: the rule at 694 with 30 under it to 724
        List<HandoutPage> pages = galleryEndingAt(42);
        assertThat(pages).hasSize(1);
        assertThat(rules(pages.get(0))).containsExactly(new HandoutPage.Rule(LEFT, 111, 500),
                new HandoutPage.Rule(LEFT, 133, 500), new HandoutPage.Rule(LEFT, 694, 500));
        assertText(find(pages.get(0), "Pictures"), HandoutStyle.GALLERY_TITLE, LEFT, 164);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aPageOpenedAfterTheLastGalleryAndLeftEmptyIsDropped() throws IOException {
        // 196 + 478 + 22 = 696: no room for the rule, a new page that nothing fills
        List<HandoutPage> pages = galleryEndingAt(43);
        assertThat(pages).hasSize(1);
        assertThat(rules(pages.get(0))).hasSize(2);
        assertThat(footer(pages.get(0)).get(1).text()).isEqualTo("1 of 1");
        assertWellFormed(pages, PAPER);
    }

    @Test
    void theStoryGoesOnAtTheNextPagesTopWhenAGalleryLeavesNoRoomForTheRuleUnderIt() throws IOException {
        // 696 + 8 + 30 > 724: no rule, and the paragraph (which would fit at 704) starts the next page
        List<HandoutPage> pages = galleryEndingAt(43, paragraph("After."));
        assertThat(pages).hasSize(2);
        assertThat(rules(pages.get(0))).extracting(HandoutPage.Rule::y).containsExactly(111f, 133f);
        assertThat(rules(pages.get(1))).isEmpty();
        assertText(find(pages.get(1), "After."), HandoutStyle.PARAGRAPH, LEFT, MARGIN);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void seeAlsoAtTheTopOfAPageHasNoRuleAboveIt() throws IOException {
        List<HandoutPage> pages = galleryEndingAt(43, seeAlso("Elsewhere"));
        assertThat(pages).hasSize(2);
        assertThat(rules(pages.get(1))).isEmpty();
        assertText(find(pages.get(1), "SEE ALSO"), HandoutStyle.SEE_ALSO_LABEL, LEFT, MARGIN);
        assertText(find(pages.get(1), "Elsewhere"), HandoutStyle.SEE_ALSO, LEFT, MARGIN + 12 + 2);
        assertWellFormed(pages, PAPER);
    }

    /** See-also headlines before and after a gallery whose second slide has {@code creditLines} credit lines. */
    List<HandoutPage> seeAlsoAfter(int creditLines) throws IOException {
        story("Big News", seeAlso("Related one"), gallery("g"), seeAlso("Related two"));
        writeGallery("g", "Pictures", slide(0.5f), words(1, creditLines));
        return storyPages();
    }

    @Test
    void theSeeAlsoHeadlinesComeLastInTheirOrderUnderARuleWhenSixtyPointsAreLeft() throws IOException {
        // slides at 196 (135) and 353 (11 + 3 + 15 + 4 + 23 x 10 = 263) to 616; + 22, rule at 646, + 18 = 664; 664 + 60 = 724
        List<HandoutPage> pages = seeAlsoAfter(23);
        HandoutPage first = pages.get(0);
        assertThat(rules(first)).extracting(HandoutPage.Rule::y).containsExactly(111f, 133f, 646f, 672f);
        assertText(find(first, "SEE ALSO"), HandoutStyle.SEE_ALSO_LABEL, LEFT, 690);
        assertText(find(first, "Related one"), HandoutStyle.SEE_ALSO, LEFT, 704);
        // the second headline would end at 738: the next page
        assertThat(pages).hasSize(2);
        assertText(find(pages.get(1), "Related two"), HandoutStyle.SEE_ALSO, LEFT, MARGIN);
        assertThat(texts(pages.get(1))).hasSize(1);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void theSeeAlsoHeadlinesStartANewPageWhenLessThanSixtyPointsAreLeft() throws IOException {
        List<HandoutPage> pages = seeAlsoAfter(24);
        assertThat(pages).hasSize(2);
        assertThat(rules(pages.get(0))).extracting(HandoutPage.Rule::y).containsExactly(111f, 133f, 656f);
        assertThat(rules(pages.get(1))).isEmpty();
        assertText(find(pages.get(1), "SEE ALSO"), HandoutStyle.SEE_ALSO_LABEL, LEFT, MARGIN);
        assertText(find(pages.get(1), "Related one"), HandoutStyle.SEE_ALSO, LEFT, 70);
        assertText(find(pages.get(1), "Related two"), HandoutStyle.SEE_ALSO, LEFT, 89);
        assertWellFormed(pages, PAPER);
    }

    @Test
    void aStoryWithoutSeeAlsoHasNoSeeAlsoLabel() throws IOException {
        story("Big News", paragraph("Text."), gallery("g"), paragraph("After."));
        writeGallery("g", "Pictures", slide(TINY));
        List<HandoutPage> pages = storyPages();
        assertThat(pages).hasSize(1);
        assertThat(texts(pages.get(0))).extracting(HandoutPage.Text::text).doesNotContain("SEE ALSO");
        // 147.5 after the paragraph: rule at 155.5, the slide at 218.5 (its label 11 taller than its picture), + 22, rule at 259.5
        assertThat(rules(pages.get(0))).extracting(HandoutPage.Rule::y).containsExactly(111f, 155.5f, 259.5f);
        assertText(find(pages.get(0), "After."), HandoutStyle.PARAGRAPH, LEFT, 277.5f);
    }

    // ---------------------------------------------------------------- footers

    @Test
    void everyPageHasTheFooterRuleHeadlineAndNOfMWithTheRightCount() throws IOException {
        story("Big \u2603 News", gallery("g"));
        writeGallery("g", "Pictures", IntStream.range(0, 7).mapToObj(i -> slide(TINY)).toArray(SlideSpec[]::new));
        List<HandoutPage> pages = galleryPages("g");
        assertThat(pages).hasSize(3);
        for (int i = 0; i < 3; i++) {
            HandoutPage page = pages.get(i);
            String number = (i + 1) + " of 3";
            assertThat(page.items()).contains(new HandoutPage.Rule(LEFT, FOOTER_RULE, 500),
                    new HandoutPage.Text(HandoutStyle.FOOTER, LEFT, FOOTER_BASELINE, "Big ? News"),
                    new HandoutPage.Text(HandoutStyle.FOOTER, RIGHT - 4 * number.length(), FOOTER_BASELINE, number));
        }
        assertWellFormed(pages, PAPER);
    }

    String footerHeadline(String headline) throws IOException {
        story(headline, gallery("g"));
        writeGallery("g", "Pictures", slide(TINY));
        List<HandoutPage> pages = galleryPages("g");
        assertThat(pages).hasSize(1);
        return footer(pages.get(0)).get(0).text();
    }

    @Test
    void aHeadlineThatExactlyFillsTheFootersRoomIsKeptWhole() throws IOException {
        // 500 - "1 of 1" (24) - 24 = 452 = 113 characters of 4 pt
        String headline = "w".repeat(113);
        assertThat(footerHeadline(headline)).isEqualTo(headline);
    }

    @Test
    void aHeadlineOneCharacterTooLongForTheFooterIsCutWithAnEllipsisThatFits() throws IOException {
        assertThat(footerHeadline("w".repeat(114))).isEqualTo("w".repeat(112) + "\u2026");
    }

    @Test
    void aHeadlineCutForTheFooterLosesTheSpaceBeforeTheEllipsis() throws IOException {
        assertThat(footerHeadline("w".repeat(111) + " and more")).isEqualTo("w".repeat(111) + "\u2026");
    }

    @Test
    void aHugeHeadlineIsCutToThreeHundredCharactersBeforeTheFooterMeasuresItAgainAndAgain() throws IOException {
        String headline = String.join(" ", IntStream.range(0, 500).mapToObj(i -> "word").toList());
        // 22 words and "wo": 112 characters, and the ellipsis: 452 pt
        assertThat(footerHeadline(headline)).isEqualTo(String.join(" ", IntStream.range(0, 22).mapToObj(i -> "word").toList()) + " wo\u2026");
        assertThat(setter.footerMeasured.stream().filter(text -> text.length() > 301))
                .as("only the first measure sees the whole headline").hasSize(1);
    }

    // ---------------------------------------------------------------- a gallery that cannot be read, --gallery

    @Test
    void aGalleryThatCannotBeReadIsSaidSoInItsPlaceWithoutPictures() throws IOException {
        story("Big News", gallery("a"), gallery("b"), paragraph("After."));
        writeGallery("a", "First", slide(TINY));
        writeGallery("b", "Broken", slide(TINY), slide(TINY));
        Files.delete(folder.resolve("images/b-2.jpg")); // the summary reads the cover only: the folder opens
        LoadResult result = new ContentLoader().open(folder);
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        List<HandoutPage> pages = layout().story(((LoadResult.Loaded) result).content());

        HandoutPage page = pages.get(0);
        assertThat(pictures(page)).extracting(HandoutPage.Picture::path).containsExactly("images/a-1.jpg");
        HandoutPage.Text title = find(page, "Broken");
        List<HandoutPage.Text> placeholder = texts(page, HandoutStyle.PLACEHOLDER);
        assertThat(placeholder).isNotEmpty();
        assertThat(placeholder.get(0).text()).startsWith("This gallery could not be read: galleries/b.json");
        assertText(placeholder.get(0), HandoutStyle.PLACEHOLDER, LEFT, title.baseline() - baseline(HandoutStyle.GALLERY_TITLE, 0) + 20 + 12);
        assertThat(find(page, "After.").baseline()).isGreaterThan(placeholder.get(placeholder.size() - 1).baseline());
        assertWellFormed(pages, PAPER);
    }

    @Test
    void theGalleryOptionLaysOutThatGalleryAloneUnderTheStorysHeadline() throws IOException {
        story("Big News", paragraph("Text."), gallery("a"), gallery("b"), seeAlso("Elsewhere"));
        writeGallery("a", "First", slide(TINY));
        writeGallery("b", "Second", slide(0.5f), slide(TINY));
        List<HandoutPage> pages = galleryPages("b");
        assertThat(pages).hasSize(1);
        assertThat(texts(pages.get(0))).extracting(HandoutPage.Text::text)
                .containsExactly("GALLERY \u00b7 2 PHOTOS", "Second", "1 / 2", "2 / 2");
        assertThat(pictures(pages.get(0))).extracting(HandoutPage.Picture::path).containsExactly("images/b-1.jpg", "images/b-2.jpg");
        assertThat(rules(pages.get(0))).isEmpty();
        assertThat(footer(pages.get(0))).extracting(HandoutPage.Text::text).containsExactly("Big News", "1 of 1");
        assertWellFormed(pages, PAPER);
    }

    @Test
    void theGalleryOptionRefusesAnIdTheStoryDoesNotEmbed() throws IOException {
        story("Big News", gallery("a"));
        writeGallery("a", "First", slide(TINY));
        Content content = load();
        assertThatThrownBy(() -> layout().gallery(content, "zz")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zz");
    }

    // ---------------------------------------------------------------- the bundled story on both papers

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void theBundledStoryKeepsEveryPromiseOnEitherPaper(PaperSize paper) {
        Content content = ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
        // ratios from 0.25 to 1.74 (some too tall for the maximum), one picture in five unreadable
        HandoutLayout layout = new HandoutLayout(paper, setter, path -> {
            int hash = Math.abs(path.hashCode());
            Optional<Float> ratio = hash % 5 == 0 ? Optional.empty() : Optional.of(0.25f + (hash % 150) / 100f);
            ratios.put(path, ratio);
            return ratio;
        });
        List<HandoutPage> pages = layout.story(content);
        assertThat(pages).hasSizeGreaterThan(2);
        assertWellFormed(pages, paper);
        long slides = pages.stream().mapToLong(page -> pictures(page).size()).sum();
        assertThat(slides).isEqualTo(content.slideCount());
        // the SEE ALSO headlines, all of them in their order, after everything else
        List<HandoutPage.Text> all = pages.stream().flatMap(page -> texts(page).stream()).toList();
        int label = all.indexOf(all.stream().filter(text -> text.text().equals("SEE ALSO")).findFirst().orElseThrow());
        assertThat(all.subList(label + 1, all.size())).allSatisfy(text -> assertThat(text.style()).isEqualTo(HandoutStyle.SEE_ALSO));
        List<String> seeAlso = content.story().body().stream()
                .filter(block -> block.type() == org.storyslides.content.StoryBlock.Type.SEE_ALSO)
                .map(block -> setter.printable(HandoutStyle.SEE_ALSO, block.text()).trim().replaceAll("\\s+", " ")).toList();
        assertThat(seeAlso).isNotEmpty();
        assertThat(String.join(" ", all.subList(label + 1, all.size()).stream().map(HandoutPage.Text::text).toList()))
                .isEqualTo(String.join(" ", seeAlso));
    }
}
