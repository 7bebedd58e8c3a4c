package org.storyslides.gallery;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a decode will take, worked out from the header: the size asked for, the budgets, a still first frame. */
class DecodeCostTest {

    private static final long HEAP = 40L << 20;
    private static final long NATIVE = 160L << 20;

    private static DecodeCost cost(PictureHeader header, double width, double height, int frames) throws PictureRefusedException {
        return DecodeCost.of(header, width, height, frames, HEAP, NATIVE);
    }

    @Test
    void aPictureSmallerThanItsAreaIsDecodedAtItsOwnSizeNeverEnlarged() throws PictureRefusedException {
        PictureHeader small = new PictureHeader(PictureHeader.Format.PNG, 640, 360);

        DecodeCost cost = cost(small, 1920, 1080, 1);

        assertThat(cost.ownSize()).isTrue();
        assertThat(cost.heapBytes()).isEqualTo(small.heapDecodeBytes(640, 360, 1));
        assertThat(cost(small, 640, 360, 1).ownSize()).as("exactly its size").isTrue();
        assertThat(cost(small, 639, 1080, 1).ownSize()).as("one side larger than the area").isFalse();
        assertThat(cost(small, 1920, 359, 1).ownSize()).isFalse();
    }

    @Test
    void aPictureLargerThanItsAreaIsDecodedForTheArea() throws PictureRefusedException {
        PictureHeader photo = new PictureHeader(PictureHeader.Format.JPEG, 6000, 4000);

        DecodeCost cost = cost(photo, 1920, 1080, 1);

        assertThat(cost.ownSize()).isFalse();
        assertThat(cost.heapBytes()).isEqualTo(photo.decodeBytes(1920, 1080));
        assertThat(cost.nativeBytes()).isEqualTo(photo.nativeDecodeBytes());
        assertThat(cost.firstFrameOnly()).isFalse();
    }

    @Test
    void aDecodeOverTheHeapBudgetIsRefusedAsTooLargeWithThePicturesSize() {
        PictureHeader bomb = new PictureHeader(PictureHeader.Format.PNG, 30_000, 30_000);

        assertThatThrownBy(() -> cost(bomb, 1920, 1080, 1)).isInstanceOfSatisfying(PictureRefusedException.class, refused -> {
            assertThat(refused.reason()).isEqualTo(PictureRefusedException.Reason.TOO_LARGE);
            assertThat(refused.width()).isEqualTo(30_000);
            assertThat(refused.height()).isEqualTo(30_000);
            assertThat(refused.getMessage()).isEqualTo("a 30000 x 30000 PNG would take 3437 MB to decode, over the 40 MB allowed");
        });
    }

    @Test
    void aProgressiveJpegOverTheNativeBudgetIsRefusedWhateverItIsShownAt() throws PictureRefusedException {
        PictureHeader huge = new PictureHeader(PictureHeader.Format.JPEG, 24_000, 24_000, true,
                List.of(new PictureHeader.Sampling(2, 2), new PictureHeader.Sampling(1, 1), new PictureHeader.Sampling(1, 1)));
        PictureHeader photo = new PictureHeader(PictureHeader.Format.JPEG, 6000, 4000, true,
                List.of(new PictureHeader.Sampling(2, 2), new PictureHeader.Sampling(1, 1), new PictureHeader.Sampling(1, 1)));

        assertThatThrownBy(() -> cost(huge, 192, 108, 1)).isInstanceOfSatisfying(PictureRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(PictureRefusedException.Reason.TOO_LARGE));
        assertThat(cost(photo, 1920, 1080, 1).nativeBytes()).as("a 24-megapixel one fits").isLessThanOrEqualTo(NATIVE);
    }

    @Test
    void anAnimationThatDoesNotFitIsShownStillAtItsFirstFrameAndOneThatFitsMoves() throws PictureRefusedException {
        PictureHeader gif = new PictureHeader(PictureHeader.Format.GIF, 320, 180);

        DecodeCost many = cost(gif, 1920, 1080, 2_000);
        DecodeCost few = cost(gif, 1920, 1080, 10);

        assertThat(many.firstFrameOnly()).isTrue();
        assertThat(many.heapBytes()).isEqualTo(gif.heapDecodeBytes(320, 180, 1));
        assertThat(few.firstFrameOnly()).isFalse();
        assertThat(few.heapBytes()).isEqualTo(gif.heapDecodeBytes(320, 180, 10));
        assertThat(cost(gif, 1920, 1080, 1).firstFrameOnly()).as("a still GIF is not cut").isFalse();
    }

    @Test
    void anAnimationTooLargeEvenAtOneFrameIsRefused() {
        PictureHeader gif = new PictureHeader(PictureHeader.Format.GIF, 10_000, 10_000);

        assertThatThrownBy(() -> cost(gif, 1920, 1080, 50)).isInstanceOfSatisfying(PictureRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(PictureRefusedException.Reason.TOO_LARGE));
    }

    @Test
    void aDecodeOfExactlyTheBudgetFits() throws PictureRefusedException {
        PictureHeader png = new PictureHeader(PictureHeader.Format.PNG, 1000, 1000);
        long needed = png.heapDecodeBytes(500, 500, 1);

        assertThat(DecodeCost.of(png, 500, 500, 1, needed, NATIVE).heapBytes()).isEqualTo(needed);
        assertThatThrownBy(() -> DecodeCost.of(png, 500, 500, 1, needed - 1, NATIVE)).isInstanceOf(PictureRefusedException.class);
    }

    @Test
    void aPictureTurnedUprightAfterItsDecodeTakesOneDecodedCopyMore() throws PictureRefusedException {
        PictureHeader portrait = new PictureHeader(PictureHeader.Format.JPEG, 6000, 4000);
        // shown 4000 x 6000 in a 1920 x 1200 area: its stored pixels fit 1200 x 1920, 1200 x 800 of them
        DecodeCost asStored = DecodeCost.of(portrait, 1200, 1920, 1, HEAP, NATIVE, false);
        DecodeCost turned = DecodeCost.of(portrait, 1200, 1920, 1, HEAP, NATIVE, true);

        assertThat(turned.heapBytes() - asStored.heapBytes()).isEqualTo(1200L * 800 * 4);
        assertThat(turned.ownSize()).isFalse();
        assertThat(turned.nativeBytes()).isEqualTo(asStored.nativeBytes());
        assertThat(DecodeCost.of(portrait, 1200, 1920, 1, HEAP, NATIVE)).isEqualTo(asStored);
        // a small one at its own size: its own pixels once more
        PictureHeader small = new PictureHeader(PictureHeader.Format.JPEG, 400, 300);
        assertThat(DecodeCost.of(small, 1200, 1920, 1, HEAP, NATIVE, true).heapBytes())
                .isEqualTo(DecodeCost.of(small, 1200, 1920, 1, HEAP, NATIVE, false).heapBytes() + 400 * 300 * 4);
    }

    @Test
    void theCopyTurnedUprightCountsAgainstTheHeapBudget() {
        // a budget that fits the decode exactly has no room for the turned copy
        PictureHeader png = new PictureHeader(PictureHeader.Format.PNG, 2000, 1500);
        long asStored = png.heapDecodeBytes(2000, 1500, 1);
        assertThatThrownBy(() -> DecodeCost.of(png, 2000, 1500, 1, asStored, NATIVE, true))
                .isInstanceOfSatisfying(PictureRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(PictureRefusedException.Reason.TOO_LARGE));
    }

    @Test
    void aPhotoTooLargeToDecodeForA4kScreenIsDecodedForHalfOfItNotRefused() throws PictureRefusedException {
        PictureHeader photo = new PictureHeader(PictureHeader.Format.JPEG, 6000, 4000);
        assertThat(photo.decodeBytes(3840, 2160)).as("libjpeg would decode it whole").isGreaterThan(HEAP);

        DecodeCost cost = cost(photo, 3840, 2160, 1);

        assertThat(cost.width()).isEqualTo(1920);
        assertThat(cost.height()).isEqualTo(1080);
        assertThat(cost.heapBytes()).isEqualTo(photo.decodeBytes(1920, 1080)).isLessThanOrEqualTo(HEAP);
        assertThat(cost(photo, 1920, 1080, 1).width()).as("a size that fits is kept").isEqualTo(1920);
    }

    @Test
    void aSixMegapixelPhotoIsDecodedForA1440pScreenAtItsSize() throws PictureRefusedException {
        PictureHeader photo = new PictureHeader(PictureHeader.Format.JPEG, 3000, 2000);
        DecodeCost cost = cost(photo, 2560, 1440, 1);
        assertThat(cost.width()).isEqualTo(2560);
        assertThat(cost.height()).isEqualTo(1440);
    }

    @Test
    void aJpegIsShrunkNoFurtherThanTheLeastSideThenRefused() {
        PictureHeader huge = new PictureHeader(PictureHeader.Format.JPEG, 40000, 30000);
        assertThatThrownBy(() -> cost(huge, 3840, 2160, 1)).isInstanceOf(PictureRefusedException.class);
    }

    @Test
    void aPngIsNotShrunkItsDecodeIsWholeAtAnySize() {
        PictureHeader png = new PictureHeader(PictureHeader.Format.PNG, 6000, 4000);
        assertThatThrownBy(() -> cost(png, 3840, 2160, 1)).isInstanceOf(PictureRefusedException.class);
    }
}
