package org.storyslides.gallery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each EXIF orientation turns stored pixels as EXIF says, and maps rectangles of the upright picture back to the stored pixels. */
class PictureOrientationTest {

    // stored 3 x 2, row by row:
    //   1 2 3
    //   4 5 6
    private static final int[] STORED = {1, 2, 3, 4, 5, 6};

    /** What each orientation shows, upright, row by row: the picture as a person should see it. */
    private static final Map<PictureOrientation, int[]> UPRIGHT = Map.of(
            PictureOrientation.NORMAL, new int[]{1, 2, 3, 4, 5, 6},
            PictureOrientation.MIRROR_HORIZONTAL, new int[]{3, 2, 1, 6, 5, 4},
            PictureOrientation.ROTATE_180, new int[]{6, 5, 4, 3, 2, 1},
            PictureOrientation.MIRROR_VERTICAL, new int[]{4, 5, 6, 1, 2, 3},
            // 2 wide, 3 high from here on
            PictureOrientation.TRANSPOSE, new int[]{1, 4, 2, 5, 3, 6},
            PictureOrientation.ROTATE_90_CW, new int[]{4, 1, 5, 2, 6, 3},
            PictureOrientation.TRANSVERSE, new int[]{6, 3, 5, 2, 4, 1},
            PictureOrientation.ROTATE_270_CW, new int[]{3, 6, 2, 5, 1, 4});

    @Test
    void theExifValuesOneToEightAreTheEightOrientationsInTheirOrder() {
        PictureOrientation[] all = PictureOrientation.values();
        assertThat(all).hasSize(8);
        for (int value = 1; value <= 8; value++) {
            assertThat(PictureOrientation.ofExif(value)).isSameAs(all[value - 1]);
            assertThat(PictureOrientation.ofExif(value).exifValue()).isEqualTo(value);
        }
        assertThat(PictureOrientation.ofExif(6)).isSameAs(PictureOrientation.ROTATE_90_CW);
        assertThat(PictureOrientation.ofExif(8)).isSameAs(PictureOrientation.ROTATE_270_CW);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, -1, 10, 65535, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void anyOtherExifValueIsNormal(int value) {
        assertThat(PictureOrientation.ofExif(value)).isSameAs(PictureOrientation.NORMAL);
    }

    @Test
    void onlyTheLastFourSwapTheSides() {
        assertThat(List.of(PictureOrientation.values())).filteredOn(PictureOrientation::swapsSides).containsExactly(
                PictureOrientation.TRANSPOSE, PictureOrientation.ROTATE_90_CW, PictureOrientation.TRANSVERSE, PictureOrientation.ROTATE_270_CW);
    }

    @ParameterizedTest
    @EnumSource(PictureOrientation.class)
    void theShownSizeIsTheStoredSizeWithItsSidesSwappedWhenTheyAre(PictureOrientation orientation) {
        boolean swapped = orientation.exifValue() >= 5;
        assertThat(orientation.shownWidth(400, 300)).isEqualTo(swapped ? 300 : 400);
        assertThat(orientation.shownHeight(400, 300)).isEqualTo(swapped ? 400 : 300);
    }

    @ParameterizedTest
    @EnumSource(PictureOrientation.class)
    void uprightTurnsTheStoredPixelsAsTheExifOrientationSays(PictureOrientation orientation) {
        int[] stored = STORED.clone();

        int[] shown = orientation.upright(stored, 3, 2);

        assertThat(shown).as(orientation.name()).containsExactly(UPRIGHT.get(orientation));
        assertThat(stored).as("the stored pixels are left as they were").containsExactly(STORED);
        if (orientation == PictureOrientation.NORMAL) {
            assertThat(shown).isSameAs(stored);
        } else {
            assertThat(shown).isNotSameAs(stored);
        }
    }

    @Test
    void aPortraitStoredSidewaysWithOrientationSixShowsItsStoredLeftColumnAtTheTop() {
        // stored 4 x 2: the left column 7, the rest 0
        int[] stored = {7, 0, 0, 0, 7, 0, 0, 0};

        int[] shown = PictureOrientation.ROTATE_90_CW.upright(stored, 4, 2);

        // shown 2 x 4: the top row 7
        assertThat(shown).containsExactly(7, 7, 0, 0, 0, 0, 0, 0);
        assertThat(PictureOrientation.ROTATE_270_CW.upright(stored, 4, 2)).containsExactly(0, 0, 0, 0, 0, 0, 7, 7);
    }

    @ParameterizedTest
    @EnumSource(PictureOrientation.class)
    void aSingleRowOrColumnAndNoPixelsAtAllAreTurnedToo(PictureOrientation orientation) {
        int[] row = {1, 2, 3, 4};
        int[] shownRow = orientation.upright(row, 4, 1);
        int[] shownColumn = orientation.upright(row.clone(), 1, 4);
        assertThat(shownRow).isEqualTo(reference(orientation, row, 4, 1));
        assertThat(shownColumn).isEqualTo(reference(orientation, row, 1, 4));
        assertThat(orientation.upright(new int[0], 0, 0)).isEmpty();
        assertThat(orientation.upright(new int[0], 0, 4)).isEmpty();
        assertThat(orientation.upright(new int[0], 4, 0)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PictureOrientation.class)
    void uprightOfALargerPictureIsTheReferenceTurning(PictureOrientation orientation) {
        int width = 7;
        int height = 5;
        int[] stored = distinct(width, height);
        assertThat(orientation.upright(stored, width, height)).isEqualTo(reference(orientation, stored, width, height));
    }

    @ParameterizedTest
    @EnumSource(PictureOrientation.class)
    void pixelsThatAreNotWidthByHeightAreRefused(PictureOrientation orientation) {
        assertThatThrownBy(() -> orientation.upright(new int[5], 3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("5 pixels are not 3 x 2");
        assertThatThrownBy(() -> orientation.upright(new int[7], 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> orientation.upright(new int[6], -3, -2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> orientation.upright(new int[0], -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> orientation.upright(new int[0], 0, -1)).isInstanceOf(IllegalArgumentException.class);
        // 65536 x 65536 overflows an int to 0 pixels: it is not taken for an empty picture
        assertThatThrownBy(() -> orientation.upright(new int[0], 65536, 65536)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Cropping the stored pixels at {@code storedRegion(shown)} and turning the crop upright gives the
     * upright picture cropped at {@code shown}: for every rectangle of a picture whose sides differ.
     */
    @ParameterizedTest
    @EnumSource(PictureOrientation.class)
    void theStoredRegionOfEveryRectangleShowsAsThatRectangleOfTheUprightPicture(PictureOrientation orientation) {
        int width = 5;
        int height = 3;
        int[] stored = distinct(width, height);
        int[] upright = orientation.upright(stored, width, height);
        int shownWidth = orientation.shownWidth(width, height);
        int shownHeight = orientation.shownHeight(width, height);
        List<PixelRect> rectangles = new ArrayList<>();
        for (int x = 0; x < shownWidth; x++) {
            for (int y = 0; y < shownHeight; y++) {
                for (int w = 1; x + w <= shownWidth; w++) {
                    for (int h = 1; y + h <= shownHeight; h++) {
                        rectangles.add(new PixelRect(x, y, w, h));
                    }
                }
            }
        }
        assertThat(rectangles).hasSize(shownWidth * (shownWidth + 1) / 2 * shownHeight * (shownHeight + 1) / 2);

        for (PixelRect shown : rectangles) {
            PixelRect region = orientation.storedRegion(shown, width, height);
            assertThat(region.x()).as("%s %s", orientation, shown).isBetween(0, width - region.width());
            assertThat(region.y()).as("%s %s", orientation, shown).isBetween(0, height - region.height());
            assertThat(region.width() * region.height()).isEqualTo(shown.width() * shown.height());
            int[] regionUpright = orientation.upright(crop(stored, width, region), region.width(), region.height());
            assertThat(regionUpright).as("%s: %s from stored %s", orientation, shown, region)
                    .isEqualTo(crop(upright, shownWidth, shown));
            assertThat(orientation.shownWidth(region.width(), region.height())).isEqualTo(shown.width());
        }
    }

    @Test
    void theStoredRegionsOfAPortraitStoredSideways() {
        // stored 400 x 300, shown 300 x 400: the top 100 rows shown are the left 100 columns stored
        PixelRect top = new PixelRect(0, 0, 300, 100);
        assertThat(PictureOrientation.ROTATE_90_CW.storedRegion(top, 400, 300)).isEqualTo(new PixelRect(0, 0, 100, 300));
        assertThat(PictureOrientation.ROTATE_270_CW.storedRegion(top, 400, 300)).isEqualTo(new PixelRect(300, 0, 100, 300));
        assertThat(PictureOrientation.NORMAL.storedRegion(top, 300, 400)).isEqualTo(top);
        PixelRect corner = new PixelRect(10, 20, 30, 40);
        assertThat(PictureOrientation.MIRROR_HORIZONTAL.storedRegion(corner, 400, 300)).isEqualTo(new PixelRect(360, 20, 30, 40));
        assertThat(PictureOrientation.ROTATE_180.storedRegion(corner, 400, 300)).isEqualTo(new PixelRect(360, 240, 30, 40));
        assertThat(PictureOrientation.MIRROR_VERTICAL.storedRegion(corner, 400, 300)).isEqualTo(new PixelRect(10, 240, 30, 40));
        assertThat(PictureOrientation.TRANSPOSE.storedRegion(corner, 400, 300)).isEqualTo(new PixelRect(20, 10, 40, 30));
        assertThat(PictureOrientation.ROTATE_90_CW.storedRegion(corner, 400, 300)).isEqualTo(new PixelRect(20, 260, 40, 30));
        assertThat(PictureOrientation.TRANSVERSE.storedRegion(corner, 400, 300)).isEqualTo(new PixelRect(340, 260, 40, 30));
        assertThat(PictureOrientation.ROTATE_270_CW.storedRegion(corner, 400, 300)).isEqualTo(new PixelRect(340, 10, 40, 30));
    }

    // --- helpers

    /** Pixels numbered 1, 2, ... row by row: every pixel different. */
    private static int[] distinct(int width, int height) {
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i + 1;
        }
        return pixels;
    }

    private static int[] crop(int[] pixels, int width, PixelRect rect) {
        int[] crop = new int[rect.width() * rect.height()];
        for (int y = 0; y < rect.height(); y++) {
            System.arraycopy(pixels, (rect.y() + y) * width + rect.x(), crop, y * rect.width(), rect.width());
        }
        return crop;
    }

    /** The EXIF definition written out pixel by pixel: where the stored pixel at (column, row) shows. */
    private static int[] reference(PictureOrientation orientation, int[] stored, int width, int height) {
        boolean swapped = orientation.exifValue() >= 5;
        int shownWidth = swapped ? height : width;
        int[] shown = new int[stored.length];
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                int x;
                int y;
                switch (orientation.exifValue()) {
                    case 1 -> { x = column; y = row; }
                    case 2 -> { x = width - 1 - column; y = row; }
                    case 3 -> { x = width - 1 - column; y = height - 1 - row; }
                    case 4 -> { x = column; y = height - 1 - row; }
                    case 5 -> { x = row; y = column; }
                    case 6 -> { x = height - 1 - row; y = column; }
                    case 7 -> { x = height - 1 - row; y = width - 1 - column; }
                    default -> { x = row; y = width - 1 - column; }
                }
                shown[y * shownWidth + x] = stored[row * width + column];
            }
        }
        return shown;
    }
}
