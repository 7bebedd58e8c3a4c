package org.storyslides.gallery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The SEE ALL grid's columns fill whatever width they are given, with thumbnails of a sensible size. */
class ThumbnailGridColumnsTest {

    private static final double GAP = 12; // a cell's spacing at each side

    @Test
    void columnsFillEveryBandFromTheNarrowestCarouselToAWideScreen() {
        for (double band = 380; band <= 2600; band += 0.5) {
            ThumbnailGrid.Columns fit = ThumbnailGrid.Columns.filling(band);
            String seen = band + " px: " + fit;
            assertThat(fit.count() * (fit.cellWidth() + GAP) + fit.leftOver()).as(seen).isCloseTo(band, within(1e-9));
            assertThat(fit.leftOver()).as(seen).isGreaterThanOrEqualTo(0).isLessThan(fit.count());
            assertThat(fit.cellWidth()).as(seen).isBetween(136.0, 224.0).isEqualTo(Math.floor(fit.cellWidth()));
            assertThat((fit.cellWidth() - ThumbnailGrid.FRAME) / (fit.cellHeight() - ThumbnailGrid.FRAME))
                    .as(seen).isCloseTo(16 / 9.0, within(0.02));
        }
    }

    @Test
    void moreRoomMakesMoreColumnsNotEverWiderOnes() {
        assertThat(ThumbnailGrid.Columns.filling(739).count()).isEqualTo(4);
        int columns = 1;
        for (double band = 380; band <= 2600; band += 1) {
            int count = ThumbnailGrid.Columns.filling(band).count();
            assertThat(count).as("%s px", band).isGreaterThanOrEqualTo(columns);
            columns = count;
        }
        assertThat(columns).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aBandNarrowerThanTheSmallestCellIsFilledByOneSmallerCell() {
        ThumbnailGrid.Columns fit = ThumbnailGrid.Columns.filling(120.5);
        assertThat(fit.count()).isEqualTo(1);
        assertThat(fit.cellWidth()).isEqualTo(108);
        assertThat(fit.leftOver()).isEqualTo(0.5);
    }
}
