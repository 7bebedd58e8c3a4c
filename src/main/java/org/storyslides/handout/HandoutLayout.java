package org.storyslides.handout;

import org.storyslides.content.Content;
import org.storyslides.content.Gallery;
import org.storyslides.content.GalleryInfo;
import org.storyslides.content.GalleryLoad;
import org.storyslides.content.Slide;
import org.storyslides.content.Story;
import org.storyslides.content.StoryBlock;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lays the handout out in pages: the story's headline, source line and paragraphs, each gallery where
 * the story embeds it (its title, then its slides: picture on the left, quote, caption and credit
 * beside it, at most three a page), the SEE ALSO headlines at the end, and on every page a footer with
 * the story's headline and "N of M". Only arithmetic on measured text: no PDF is written here.
 */
final class HandoutLayout {

    /** How tall a picture is at its box's ratio, as height / width, or empty when it cannot be read (a placeholder). */
    @FunctionalInterface
    interface PictureRatios {
        Optional<Float> ratio(String path);
    }

    static final int SLIDES_PER_PAGE = 3;
    static final float MARGIN = 56; // about 2 cm: room to hold the page and for a printer's unprintable edge
    static final float FOOTER_BASELINE = 34; // from the page's bottom
    static final float FOOTER_RULE = 46;
    static final float BODY_BOTTOM = 68;
    /** The picture's share of the text width; the quote and caption take the rest, after a gutter. */
    static final float PICTURE_SHARE = 0.54f;
    static final float GUTTER = 16;
    static final float SLIDE_GAP = 22;
    /** The gallery's label and title, one line each, with their space: what must fit with its first slide. */
    static final float GALLERY_HEAD = 50;
    /** The space {@link #section()} takes above a gallery under the story: 8 over its rule, 18 under it. */
    static final float SECTION_SPACE = 8 + 18;
    private static final float PLACEHOLDER_RATIO = 2f / 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private final PaperSize paper;
    private final TextSetter setter;
    private final PictureRatios ratios;
    private final float width;
    private final float bottom;
    private final float maxPictureHeight;

    private final List<List<HandoutPage.Item>> pages = new ArrayList<>();
    private List<HandoutPage.Item> page;
    private float y;
    private int slidesOnPage;

    HandoutLayout(PaperSize paper, TextSetter setter, PictureRatios ratios) {
        this.paper = paper;
        this.setter = setter;
        this.ratios = ratios;
        this.width = paper.width() - 2 * MARGIN;
        this.bottom = paper.height() - BODY_BOTTOM;
        // three slides a page with their gaps, on the first gallery page too (under the title)
        this.maxPictureHeight = (bottom - MARGIN - 60) / SLIDES_PER_PAGE - SLIDE_GAP;
    }

    /** The whole story, its galleries in their places. Reads each gallery that is not in memory (never on the JavaFX thread). */
    List<HandoutPage> story(Content content) {
        Story story = content.story();
        newPage();
        lines(HandoutStyle.HEADLINE, story.headline(), MARGIN, width);
        y += 6;
        lines(HandoutStyle.META, meta(story), MARGIN, width);
        y += 10;
        rule();
        y += 14;
        List<String> seeAlso = new ArrayList<>();
        for (StoryBlock block : story.body()) {
            switch (block.type()) {
                case PARAGRAPH -> {
                    lines(HandoutStyle.PARAGRAPH, block.text(), MARGIN, width);
                    y += 7;
                }
                case GALLERY -> {
                    // the gallery's title stays with its first slide: a new page unless both fit here, under the section's rule
                    if (y + SECTION_SPACE + GALLERY_HEAD + maxPictureHeight > bottom) {
                        newPage();
                    } else {
                        section();
                    }
                    gallerySection(content, block.gallery());
                    section(); // the story goes on under the gallery
                }
                case SEE_ALSO -> seeAlso.add(block.text());
            }
        }
        seeAlso(seeAlso);
        return finish(story.headline());
    }

    /** One gallery alone (its title and slides), the story's headline in the footer. */
    List<HandoutPage> gallery(Content content, String id) {
        newPage();
        gallerySection(content, id);
        return finish(content.story().headline());
    }

    private static String meta(Story story) {
        return story.source() + " \u00b7 " + story.dateline() + " \u00b7 " + story.published().format(DATE);
    }

    private void gallerySection(Content content, String id) {
        GalleryInfo info = content.info(id).orElseThrow(() -> new IllegalArgumentException("no gallery " + id));
        lines(HandoutStyle.GALLERY_LABEL, "GALLERY \u00b7 " + info.size() + (info.size() == 1 ? " PHOTO" : " PHOTOS"), MARGIN, width);
        y += 2;
        lines(HandoutStyle.GALLERY_TITLE, info.title(), MARGIN, width);
        y += 12;
        GalleryLoad load = content.gallery(id);
        if (load instanceof GalleryLoad.Failed failed) {
            lines(HandoutStyle.PLACEHOLDER, "This gallery could not be read: " + failed.problems().get(0), MARGIN, width);
            return;
        }
        Gallery gallery = ((GalleryLoad.Loaded) load).gallery();
        for (int i = 0; i < gallery.size(); i++) {
            slide(gallery.slides().get(i), i + 1, gallery.size(), gallery.repeatsTitle(gallery.slides().get(i)));
        }
    }

    /** A slide: the picture on the left, its words beside it; words taller than a page go on over the next. */
    private void slide(Slide slide, int number, int count, boolean titleShownAbove) {
        float ratio = ratios.ratio(slide.image()).orElse(PLACEHOLDER_RATIO);
        float columnWidth = width * PICTURE_SHARE;
        float pictureWidth = columnWidth;
        float pictureHeight = pictureWidth * ratio;
        if (pictureHeight > maxPictureHeight) {
            pictureHeight = maxPictureHeight;
            pictureWidth = pictureHeight / ratio;
        }
        float textX = MARGIN + columnWidth + GUTTER;
        float textWidth = width - columnWidth - GUTTER;
        List<Line> words = slideWords(slide, number, count, titleShownAbove, textWidth);
        float wordsHeight = (float) words.stream().mapToDouble(line -> line.style.leading + line.spaceBefore).sum();
        float height = Math.max(pictureHeight, wordsHeight);
        if (slidesOnPage >= SLIDES_PER_PAGE) {
            newPage();
        }
        // slides sit from the top down at one spacing, as a page of text does (spread over the page, they floated apart)
        boolean fits = y + height <= bottom;
        boolean tallerThanAPage = height > bottom - MARGIN;
        if (!fits && !(tallerThanAPage && y + pictureHeight <= bottom)) {
            newPage();
        }
        float top = y;
        page.add(new HandoutPage.Picture(slide.image(), MARGIN, top, pictureWidth, pictureHeight));
        slidesOnPage++;
        for (Line line : words) {
            y += line.spaceBefore;
            if (y + line.style.leading > bottom) {
                newPage();
                slidesOnPage = SLIDES_PER_PAGE; // the page carries the rest of this slide's words, nothing more
                top = y;
                pictureHeight = 0;
            }
            page.add(new HandoutPage.Text(line.style, textX, baseline(line.style), line.text));
            y += line.style.leading;
        }
        y = Math.max(y, top + pictureHeight) + SLIDE_GAP;
    }

    private record Line(HandoutStyle style, String text, float spaceBefore) {
    }

    /** The slide's number, its quote (unless it only repeats the gallery's title, set over it), caption and credit. */
    private List<Line> slideWords(Slide slide, int number, int count, boolean titleShownAbove, float textWidth) {
        List<Line> words = new ArrayList<>();
        add(words, HandoutStyle.GALLERY_LABEL, number + " / " + count, textWidth, 0);
        slide.headlineText().filter(quote -> !titleShownAbove)
                .ifPresent(quote -> add(words, HandoutStyle.QUOTE, quote, textWidth, 3));
        for (String paragraph : slide.caption()) {
            add(words, HandoutStyle.CAPTION, paragraph, textWidth, 5);
        }
        slide.creditText().ifPresent(credit -> add(words, HandoutStyle.CREDIT, credit, textWidth, 4));
        return words;
    }

    private void add(List<Line> words, HandoutStyle style, String text, float textWidth, float spaceBefore) {
        List<String> lines = breaker(style).lines(setter.printable(style, text), textWidth);
        for (int i = 0; i < lines.size(); i++) {
            words.add(new Line(style, lines.get(i), i == 0 ? spaceBefore : 0));
        }
    }

    private void seeAlso(List<String> headlines) {
        if (headlines.isEmpty()) {
            return;
        }
        if (y + 60 > bottom) {
            newPage();
        } else {
            section();
        }
        lines(HandoutStyle.SEE_ALSO_LABEL, "SEE ALSO", MARGIN, width);
        y += 2;
        for (String headline : headlines) {
            lines(HandoutStyle.SEE_ALSO, headline, MARGIN, width);
            y += 4;
        }
    }

    /** Sets {@code text} in lines from the current place down, going on to a new page at the bottom. */
    private void lines(HandoutStyle style, String text, float x, float lineWidth) {
        for (String line : breaker(style).lines(setter.printable(style, text), lineWidth)) {
            if (y + style.leading > bottom) {
                newPage();
            }
            page.add(new HandoutPage.Text(style, x, baseline(style), line));
            y += style.leading;
        }
    }

    private LineBreaker breaker(HandoutStyle style) {
        return new LineBreaker(text -> setter.width(style, text));
    }

    /** The baseline of a line whose box starts at the current place: the type's ascent below it, the rest of the leading shared. */
    private float baseline(HandoutStyle style) {
        return y + (style.leading - style.size) / 2 + style.size * 0.8f;
    }

    private void rule() {
        page.add(new HandoutPage.Rule(MARGIN, y, width));
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = MARGIN;
        slidesOnPage = 0;
    }

    /** A rule between the story and a gallery, with room on each side; none at a page's top. */
    private void section() {
        if (y <= MARGIN) {
            return;
        }
        y += 8;
        if (y + 30 > bottom) {
            newPage();
            return;
        }
        rule();
        y += 18;
    }

    /** The pages with their footers: a rule, the headline (cut to fit, with an ellipsis) and "N of M". */
    private List<HandoutPage> finish(String headline) {
        if (pages.size() > 1 && page.isEmpty()) {
            pages.remove(pages.size() - 1); // the page opened after a last gallery, left empty
        }
        List<HandoutPage> done = new ArrayList<>();
        float footer = paper.height() - FOOTER_BASELINE;
        for (int i = 0; i < pages.size(); i++) {
            List<HandoutPage.Item> items = new ArrayList<>(pages.get(i));
            String number = (i + 1) + " of " + pages.size();
            float numberWidth = setter.width(HandoutStyle.FOOTER, number);
            items.add(new HandoutPage.Rule(MARGIN, paper.height() - FOOTER_RULE, width));
            items.add(new HandoutPage.Text(HandoutStyle.FOOTER, MARGIN, footer,
                    fitted(setter.printable(HandoutStyle.FOOTER, headline), width - numberWidth - 24)));
            items.add(new HandoutPage.Text(HandoutStyle.FOOTER, MARGIN + width - numberWidth, footer, number));
            done.add(new HandoutPage(items));
        }
        return done;
    }

    private String fitted(String text, float maxWidth) {
        if (setter.width(HandoutStyle.FOOTER, text) <= maxWidth) {
            return text;
        }
        // no footer holds more than a few hundred characters: cut a long headline short before measuring it again and again
        String cut = text.length() > 300 ? text.substring(0, text.offsetByCodePoints(0, text.codePointCount(0, 300))) : text;
        while (!cut.isEmpty() && setter.width(HandoutStyle.FOOTER, cut + "\u2026") > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1)).stripTrailing();
        }
        return cut + "\u2026";
    }
}
