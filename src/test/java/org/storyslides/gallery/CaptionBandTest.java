package org.storyslides.gallery;

import org.junit.jupiter.api.Test;
import org.storyslides.content.Gallery;
import org.storyslides.content.Slide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which captions the band is measured with: a handful, whatever the gallery's size, and the tallest among them. */
class CaptionBandTest {

    @Test
    void aGalleryOfTenThousandSlidesHasItsBandMeasuredWithAHandfulOfCaptions() {
        List<Slide> slides = new ArrayList<>();
        slides.add(new Slide("cover.png", "A gallery", List.of(), null));
        for (int i = 1; i < 10_000; i++) {
            slides.add(new Slide(i + ".png", null, List.of("Slide " + i + " says a line or so of text."), "Credit " + i));
        }
        slides.set(7_777, new Slide("long.png", null, List.of("x".repeat(2_000)), null));
        slides.set(4_242, new Slide("quote.png", "q".repeat(600), List.of("A line."), null));
        slides.set(123, new Slide("many.png", null, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"), null));

        List<Integer> measured = CaptionView.longestCaptions(new Gallery("big", "Big", slides));

        assertThat(measured).hasSizeLessThanOrEqualTo(CaptionView.MEASURED + 1).doesNotHaveDuplicates()
                .startsWith(7_777, 4_242).contains(123)
                .as("the cover, set in its own type").contains(0);
    }

    @Test
    void aSmallGalleryHasEachOfItsCaptionsMeasured() {
        List<Slide> slides = List.of(new Slide("0.png", "Cover", List.of(), null), new Slide("1.png", null, List.of("One"), null),
                new Slide("2.png", null, List.of("Two, longer"), null));
        assertThat(CaptionView.longestCaptions(new Gallery("small", "Small", slides))).containsExactly(2, 1, 0);
    }
}
