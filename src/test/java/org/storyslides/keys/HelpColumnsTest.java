package org.storyslides.keys;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The help's sections in columns of whole sections, the tallest as short as can be, and the layout shown largest. */
class HelpColumnsTest {

    @Test
    void sectionsInOrderFillTheColumnsTheTallestAsShortAsItCanBe() {
        // the first column is 10 tall whatever the split; the rest as even as can be: 4 3 | 5 2, not 4 | 3 5 2
        assertThat(HelpColumns.starts(List.of(10.0, 4.0, 3.0, 5.0, 2.0), 3)).containsExactly(0, 1, 3);
        assertThat(HelpColumns.starts(List.of(1.0, 1.0, 1.0, 1.0), 2)).containsExactly(0, 2);
        // the big one last: the others share the first column
        assertThat(HelpColumns.starts(List.of(2.0, 2.0, 2.0, 9.0), 2)).containsExactly(0, 3);
        assertThat(HelpColumns.starts(List.of(9.0, 2.0, 2.0, 2.0), 2)).containsExactly(0, 1);
        // even ones: two a column, the first column too
        assertThat(HelpColumns.starts(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0), 3)).containsExactly(0, 2, 4);
        assertThat(HelpColumns.starts(List.of(3.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0), 3)).containsExactly(0, 2, 6);
        // the tallest as short as can be (2), not the shortest as tall as can be (1 | 1 | 2 1)
        assertThat(HelpColumns.starts(List.of(1.0, 1.0, 2.0, 1.0), 3)).containsExactly(0, 2, 3);
    }

    @Test
    void onATieTheEarlierColumnsTakeLess() {
        assertThat(HelpColumns.starts(List.of(3.0, 3.0, 3.0), 2)).containsExactly(0, 1);
    }

    @Test
    void oneColumnHoldsEverySectionAndThereAreNoMoreColumnsThanSections() {
        assertThat(HelpColumns.starts(List.of(1.0, 2.0, 3.0), 1)).containsExactly(0);
        assertThat(HelpColumns.starts(List.of(1.0, 2.0), 3)).containsExactly(0, 1);
        assertThat(HelpColumns.starts(List.of(5.0), 0)).containsExactly(0);
        assertThat(HelpColumns.starts(List.of(1.0, 1.0, 1.0), 3)).containsExactly(0, 1, 2);
    }

    @Test
    void thePanelIsScaledDownToFitAndNeverUp() {
        assertThat(HelpColumns.scale(1000, 600, 500, 300)).isEqualTo(1);
        assertThat(HelpColumns.scale(1000, 600, 1000, 600)).isEqualTo(1);
        assertThat(HelpColumns.scale(1000, 600, 2000, 600)).isEqualTo(0.5);
        assertThat(HelpColumns.scale(1000, 600, 1000, 800)).isCloseTo(0.75, offset(1e-9));
        assertThat(HelpColumns.scale(-10, 600, 1000, 600)).isZero();
    }

    @Test
    void theLayoutShownLargestIsChosenTheFirstOnATie() {
        double[] wide = {1100, 650};
        double[] tall = {800, 1000};
        // 1248 x 688 (a 1280x720 window): wide at 1, tall at 0.69
        assertThat(HelpColumns.largest(1248, 688, List.of(wide, tall))).isZero();
        assertThat(HelpColumns.largest(1248, 688, List.of(tall, wide))).isEqualTo(1);
        // 848 x 1400 (a tall window): tall at 1, wide at 0.77
        assertThat(HelpColumns.largest(848, 1400, List.of(wide, tall))).isEqualTo(1);
        // room for both whole: the first
        assertThat(HelpColumns.largest(2500, 1400, List.of(wide, tall))).isZero();
        assertThat(HelpColumns.largest(2500, 1400, List.of(tall, wide))).isZero();
        assertThat(HelpColumns.largest(2500, 1400, List.of(wide))).isZero();
    }
}
