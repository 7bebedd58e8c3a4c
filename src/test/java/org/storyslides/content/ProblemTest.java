package org.storyslides.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a problem reads: its file, where in it, what is wrong; a slide also by the number the window shows. */
class ProblemTest {

    @Test
    void aSlidesPathKeepsItsIndexAndAddsTheNumberTheWindowShows() {
        assertThat(new Problem("galleries/trip.json", "$.slides[1]", "x").shownLocation()).isEqualTo("$.slides[1] (slide 2)");
        assertThat(new Problem("galleries/trip.json", "$.slides[0].caption[1]", "x").shownLocation())
                .isEqualTo("$.slides[0].caption[1] (slide 1)");
        assertThat(new Problem("galleries/trip.json", "$.slides[1999].image", "file not found: a.jpg").toString())
                .isEqualTo("galleries/trip.json: $.slides[1999].image (slide 2000): file not found: a.jpg");
    }

    @Test
    void anyOtherPlaceIsShownAsItIs() {
        assertThat(new Problem("story.json", "$.body[3].text", "x").shownLocation()).isEqualTo("$.body[3].text");
        assertThat(new Problem("story.json", "line 3, column 5", "x").shownLocation()).isEqualTo("line 3, column 5");
        assertThat(new Problem("galleries/a.json", "$.title.slides[2]", "x").shownLocation()).isEqualTo("$.title.slides[2]");
    }

    @Test
    void withoutAPlaceItIsTheFileAndWhatIsWrong() {
        assertThat(new Problem("story.json", "", "not valid JSON").toString()).isEqualTo("story.json: not valid JSON");
    }
}
