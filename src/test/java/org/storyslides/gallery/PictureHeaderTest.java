package org.storyslides.gallery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyslides.content.TestImages;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyslides.gallery.PictureHeader.Format.BMP;
import static org.storyslides.gallery.PictureHeader.Format.GIF;
import static org.storyslides.gallery.PictureHeader.Format.JPEG;
import static org.storyslides.gallery.PictureHeader.Format.PNG;
import static org.storyslides.gallery.PictureHeader.JPEG_NATIVE_BYTES;

class PictureHeaderTest {

    private static final PictureHeader.Sampling FULL = new PictureHeader.Sampling(1, 1);
    private static final PictureHeader.Sampling HALF_BOTH_WAYS = new PictureHeader.Sampling(2, 2);

    // --- reading

    @ParameterizedTest
    @CsvSource({"png, PNG", "jpg, JPEG", "gif, GIF", "bmp, BMP"})
    void readsTheFormatAndSizeOfARealPictureOfEachFormat(String extension, PictureHeader.Format format) throws IOException {
        PictureHeader header = read(TestImages.picture(extension, 640, 360)).orElseThrow();

        assertThat(header).isEqualTo(new PictureHeader(format, 640, 360, false, List.of()));
    }

    @Test
    void readsARealProgressiveJpegAsProgressiveWithItsComponentsSampling() throws IOException {
        PictureHeader header = read(PictureBytes.progressiveJpeg(64, 48)).orElseThrow();

        assertThat(header).isEqualTo(new PictureHeader(JPEG, 64, 48, true, List.of(HALF_BOTH_WAYS, FULL, FULL)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0xC2, 0xC6, 0xCA, 0xCE})
    void everyProgressiveFrameTypeIsReadAsProgressive(int sofType) throws IOException {
        PictureHeader header = read(PictureBytes.jpegHeader(sofType, 300, 200, 0x21, 0x11, 0x11)).orElseThrow();

        assertThat(header.progressive()).isTrue();
        assertThat(header.sampling()).containsExactly(new PictureHeader.Sampling(2, 1), FULL, FULL);
        assertThat(header.width()).isEqualTo(300);
        assertThat(header.height()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(ints = {0xC0, 0xC1, 0xC3, 0xC5, 0xC7, 0xC9, 0xCB, 0xCD, 0xCF})
    void everySequentialFrameTypeIsReadWithoutSampling(int sofType) throws IOException {
        PictureHeader header = read(PictureBytes.jpegHeader(sofType, 300, 200, 0x22, 0x11, 0x11)).orElseThrow();

        assertThat(header).isEqualTo(new PictureHeader(JPEG, 300, 200));
    }

    @Test
    void skipsFillBytesMarkersWithoutALengthAndEmptySegmentsBeforeTheFrame() throws IOException {
        byte[] frame = PictureBytes.jpegHeader(0xC2, 300, 200, 0x11);
        // TEM, RST0 after a fill byte, another start of image, an empty comment
        byte[] extra = {(byte) 0xFF, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xD0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xFE, 0, 2};
        byte[] jpeg = new byte[frame.length + extra.length];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        System.arraycopy(extra, 0, jpeg, 2, extra.length);
        System.arraycopy(frame, 2, jpeg, 2 + extra.length, frame.length - 2);

        assertThat(read(jpeg)).contains(new PictureHeader(JPEG, 300, 200, true, List.of(FULL)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x01, 0x10, 0x51, 0x15, 0x00})
    void refusesSamplingFactorsOutsideOneToFourAsDamaged(int samplingByte) {
        assertRefused(PictureBytes.jpegHeader(0xC0, 300, 200, 0x22, samplingByte, 0x11), PictureRefusedException.Reason.DAMAGED);
    }

    @Test
    void acceptsTheLargestSamplingFactors() throws IOException {
        assertThat(read(PictureBytes.jpegHeader(0xC2, 300, 200, 0x44, 0x11)).orElseThrow().sampling())
                .containsExactly(new PictureHeader.Sampling(4, 4), FULL);
    }

    @Test
    void refusesAJpegFrameWithoutComponentsAsDamaged() {
        assertRefused(PictureBytes.jpegHeader(0xC2, 300, 200), PictureRefusedException.Reason.DAMAGED);
    }

    @Test
    void aJpegCutInsideItsComponentsEndsInsideItsHeader() {
        byte[] jpeg = PictureBytes.jpegHeader(0xC2, 300, 200, 0x22, 0x11, 0x11);

        assertThatThrownBy(() -> read(Arrays.copyOf(jpeg, jpeg.length - 4))).isInstanceOf(EOFException.class);
    }

    @Test
    void aJpegWhoseImageDataOrEndComesBeforeAnyFrameIsNoPicture() throws IOException {
        assertThat(read(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2})).isEmpty();
        assertThat(read(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9, 0, 2})).isEmpty();
    }

    @Test
    void aJpegWithAByteWhereAMarkerShouldBeOrASegmentTooShortIsNoPicture() throws IOException {
        assertThat(read(new byte[]{(byte) 0xFF, (byte) 0xD8, 0x00, (byte) 0xE0})).isEmpty();
        assertThat(read(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 1})).isEmpty();
    }

    @Test
    void aPngWithoutItsSignatureOrWithoutIhdrFirstIsNoPicture() throws IOException {
        byte[] png = TestImages.png(4, 4);
        byte[] badSignature = png.clone();
        badSignature[4] = '\n';
        byte[] otherChunkFirst = png.clone();
        otherChunkFirst[12] = 'i';

        assertThat(read(badSignature)).isEmpty();
        assertThat(read(otherChunkFirst)).isEmpty();
    }

    @Test
    void aGifOfAnotherVersionIsNoPicture() throws IOException {
        assertThat(read("GIF88a\u0010\u0000\u0010\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(read("GIF87a\u0010\u0001\u0020\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(new PictureHeader(GIF, 0x110, 0x20));
    }

    @Test
    void textIsNoPictureAndAnEmptyFileEndsInsideItsHeader() throws IOException {
        assertThat(read("just words".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(EOFException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 108, 124})
    void readsTheSignedSizeOfEachBitmapInfoHeaderJavaFxDecodes(int headerSize) throws IOException {
        assertThat(read(PictureBytes.bmpHeader(headerSize, 320, 180))).contains(new PictureHeader(BMP, 320, 180));
        assertThat(read(PictureBytes.bmpHeader(headerSize, 70_000, 80_000))).contains(new PictureHeader(BMP, 70_000, 80_000));
    }

    @Test
    void aTopDownBitmapsNegativeHeightIsItsHeight() throws IOException {
        assertThat(read(PictureBytes.bmpHeader(40, 320, -180))).contains(new PictureHeader(BMP, 320, 180));
    }

    @Test
    void anOs2BitmapIsReadWithItsUnsigned16BitSizeAndRefusedAsNotAPictureJavaFxReads() {
        PictureRefusedException small = assertRefused(PictureBytes.bmpHeader(12, 320, 180), PictureRefusedException.Reason.NOT_A_PICTURE);
        PictureRefusedException large = assertRefused(PictureBytes.bmpHeader(12, 40_000, 65_535), PictureRefusedException.Reason.NOT_A_PICTURE);

        assertThat(small).hasMessage("a 320 x 180 OS/2 bitmap, which JavaFX does not decode");
        assertThat(large).hasMessageContaining("40000 x 65535");
    }

    @ParameterizedTest
    @ValueSource(ints = {52, 56, 64, 16, 0})
    void aBitmapHeaderVersionJavaFxDoesNotDecodeIsNotAPicture(int headerSize) {
        PictureRefusedException refused = assertRefused(PictureBytes.bmpHeader(headerSize, 320, 180), PictureRefusedException.Reason.NOT_A_PICTURE);

        assertThat(refused).hasMessageContaining(headerSize + "-byte header");
    }

    // --- heap

    @Test
    void aJpegIsDecodedAtTheSmallestLibjpegScalingThatStillCoversTheTarget() {
        PictureHeader photo = new PictureHeader(JPEG, 6000, 4000);

        // 1620 x 1080: 1/2 (3000 x 2000) covers it, 1/4 (1500 x 1000) would not
        assertThat(photo.heapDecodeBytes(1920, 1080, 1)).isEqualTo(3000L * 2000 * 3 + 1620L * 1080 * 4);
        // exactly 1/8 covers 750 x 500; one pixel more needs 1/4
        assertThat(photo.heapDecodeBytes(750, 500, 1)).isEqualTo(750L * 500 * 3 + 750L * 500 * 4);
        assertThat(photo.heapDecodeBytes(751, 10_000, 1)).isEqualTo(1500L * 1000 * 3 + 751L * 501 * 4);
        assertThat(photo.heapDecodeBytes(10_000, 501, 1)).isEqualTo(1500L * 1000 * 3 + 752L * 501 * 4);
        // smaller than the target: decoded whole, scaled up
        assertThat(new PictureHeader(JPEG, 640, 360).heapDecodeBytes(1920, 1080, 1)).isEqualTo(640L * 360 * 3 + 1920L * 1080 * 4);
        // full size: no scaling
        assertThat(photo.heapDecodeBytes(6000, 4000, 1)).isEqualTo(6000L * 4000 * 3 + 6000L * 4000 * 4);
        // an odd size rounds libjpeg's scaled size up
        assertThat(new PictureHeader(JPEG, 6001, 4001).heapDecodeBytes(100, 100, 1)).isEqualTo(751L * 501 * 3 + 100L * 67 * 4);
    }

    @Test
    void aProgressiveJpegTakesTheSameHeapAsASequentialOne() {
        PictureHeader progressive = new PictureHeader(JPEG, 6000, 4000, true, List.of(HALF_BOTH_WAYS, FULL, FULL));

        assertThat(progressive.heapDecodeBytes(1920, 1080, 1)).isEqualTo(new PictureHeader(JPEG, 6000, 4000).heapDecodeBytes(1920, 1080, 1));
    }

    @Test
    void aPngOrBmpIsDecodedWholeAtFourBytesAPixelThenScaledUpOrDown() {
        assertThat(new PictureHeader(PNG, 3840, 2160).heapDecodeBytes(1920, 1080, 1)).isEqualTo(3840L * 2160 * 4 + 1920L * 1080 * 4);
        assertThat(new PictureHeader(BMP, 400, 300).heapDecodeBytes(1920, 1080, 1)).isEqualTo(400L * 300 * 4 + 1440L * 1080 * 4);
    }

    @Test
    void aGifKeepsEveryFrameAtTheTargetBesidesWhatDecodingOneFrameTakes() {
        PictureHeader gif = new PictureHeader(GIF, 400, 300);

        // measured: 10 frames shown at 1440 x 1080 keep 62.9 MB
        assertThat(gif.heapDecodeBytes(1920, 1080, 10)).isEqualTo(400L * 300 * 9 + 10 * 1440L * 1080 * 4);
        assertThat(gif.heapDecodeBytes(200, 150, 2_000)).isEqualTo(400L * 300 * 9 + 2_000 * 200L * 150 * 4);
        // measured: 26 MB for one 2000 x 1500 frame shown at 400 x 300
        assertThat(new PictureHeader(GIF, 2000, 1500).heapDecodeBytes(400, 300, 1)).isEqualTo(2000L * 1500 * 9 + 400L * 300 * 4);
        assertThat(gif.decodeBytes(200, 150)).isEqualTo(gif.heapDecodeBytes(200, 150, 1));
    }

    @Test
    void aTargetThinnerThanAPixelStillTakesOnePixel() {
        assertThat(new PictureHeader(PNG, 10_000, 1).heapDecodeBytes(100, 100, 1)).isEqualTo(10_000L * 4 + 100L * 1 * 4);
        assertThat(new PictureHeader(PNG, 1, 10_000).heapDecodeBytes(100, 100, 1)).isEqualTo(10_000L * 4 + 1L * 100 * 4);
    }

    @Test
    void aPictureHasAtLeastOneFrame() {
        PictureHeader gif = new PictureHeader(GIF, 400, 300);

        assertThatThrownBy(() -> gif.heapDecodeBytes(400, 300, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(gif.heapDecodeBytes(400, 300, 1)).isEqualTo(400L * 300 * (9 + 4));
    }

    // --- native memory

    @Test
    void aProgressiveJpegHoldsAllItsCoefficientsNativelyWhateverItIsDecodedAt() {
        // measured (peak RSS): +72.0 MB, +144.0 MB, +47.8 MB, +179.9 MB
        assertThat(progressive(6000, 4000, HALF_BOTH_WAYS, FULL, FULL).nativeDecodeBytes()).isEqualTo(72_000_000 + JPEG_NATIVE_BYTES);
        assertThat(progressive(6000, 4000, FULL, FULL, FULL).nativeDecodeBytes()).isEqualTo(144_000_000 + JPEG_NATIVE_BYTES);
        assertThat(progressive(6000, 4000, FULL).nativeDecodeBytes()).isEqualTo(48_000_000 + JPEG_NATIVE_BYTES);
        assertThat(progressive(30_000, 2000, HALF_BOTH_WAYS, FULL, FULL).nativeDecodeBytes()).isEqualTo(180_000_000 + JPEG_NATIVE_BYTES);
        // the review's 24000 x 24000 photo at 4:2:2 (luma 2 x 1): 2.3 GB
        assertThat(progressive(24_000, 24_000, new PictureHeader.Sampling(2, 1), FULL, FULL).nativeDecodeBytes())
                .isEqualTo(2_304_000_000L + JPEG_NATIVE_BYTES);
    }

    @Test
    void aProgressiveJpegsCoefficientsAreCountedInWholeBlocksAndWholeMcus() {
        // luma: 17 x 9 pixels -> 3 x 2 blocks -> 4 x 2 in whole 2 x 2 MCUs; chroma: 9 x 5 -> 2 x 1 blocks each
        assertThat(progressive(17, 9, HALF_BOTH_WAYS, FULL, FULL).nativeDecodeBytes()).isEqualTo((8 + 2 + 2) * 128 + JPEG_NATIVE_BYTES);
        // one component sampled 1 x 2 beside a 2 x 1 one: each is rounded to its own factors
        assertThat(progressive(17, 17, new PictureHeader.Sampling(1, 2), new PictureHeader.Sampling(2, 1)).nativeDecodeBytes())
                .isEqualTo((2 * 4 + 4 * 2) * 128 + JPEG_NATIVE_BYTES);
    }

    @Test
    void aSequentialJpegNeedsOnlyItsRowBuffersNatively() {
        assertThat(new PictureHeader(JPEG, 24_000, 24_000).nativeDecodeBytes()).isEqualTo(JPEG_NATIVE_BYTES);
        assertThat(JPEG_NATIVE_BYTES).isEqualTo(2L << 20);
    }

    @ParameterizedTest
    @CsvSource({"PNG", "GIF", "BMP"})
    void theOtherFormatsAreDecodedInJavaWithNoNativeMemory(PictureHeader.Format format) {
        assertThat(new PictureHeader(format, 24_000, 24_000).nativeDecodeBytes()).isZero();
    }

    // --- what a header can be

    @Test
    void onlyAProgressiveJpegHasSampling() {
        assertThatThrownBy(() -> new PictureHeader(JPEG, 10, 10, true, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PictureHeader(JPEG, 10, 10, false, List.of(FULL))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PictureHeader(PNG, 10, 10, true, List.of(FULL))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSamplingListCannotBeChangedFromOutside() {
        List<PictureHeader.Sampling> sampling = new java.util.ArrayList<>(List.of(FULL));
        PictureHeader header = new PictureHeader(JPEG, 10, 10, true, sampling);

        sampling.add(FULL);

        assertThat(header.sampling()).containsExactly(FULL);
    }

    @Test
    void samplingFactorsAreOneToFour() {
        assertThat(new PictureHeader.Sampling(4, 1)).isNotNull();
        assertThat(new PictureHeader.Sampling(1, 4)).isNotNull();
        assertThatThrownBy(() -> new PictureHeader.Sampling(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PictureHeader.Sampling(5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PictureHeader.Sampling(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PictureHeader.Sampling(1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static PictureHeader progressive(int width, int height, PictureHeader.Sampling... sampling) {
        return new PictureHeader(JPEG, width, height, true, List.of(sampling));
    }

    private static Optional<PictureHeader> read(byte[] bytes) throws IOException {
        return PictureHeader.read(new ByteArrayInputStream(bytes));
    }

    private static PictureRefusedException assertRefused(byte[] bytes, PictureRefusedException.Reason reason) {
        try {
            throw new AssertionError("read: " + read(bytes));
        } catch (PictureRefusedException refused) {
            assertThat(refused.reason()).isEqualTo(reason);
            return refused;
        } catch (IOException e) {
            throw new AssertionError("not refused with a reason", e);
        }
    }
}
