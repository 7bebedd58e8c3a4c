package org.storyslides.gallery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyslides.content.TestImages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckedPictureStreamTest {

    @ParameterizedTest
    @CsvSource({"png, PNG", "jpg, JPEG", "gif, GIF", "bmp, BMP"})
    void readsTheSizeFromTheHeaderOfEachFormat(String extension, PictureHeader.Format format) throws IOException {
        byte[] picture = TestImages.picture(extension, 640, 360);

        PictureHeader header = PictureHeader.read(new ByteArrayInputStream(picture)).orElseThrow();

        assertThat(header).isEqualTo(new PictureHeader(format, 640, 360));
    }

    @Test
    void passesAGoodPictureOnByteForByte() throws IOException {
        byte[] jpeg = TestImages.picture("jpg", 640, 360);

        try (InputStream checked = CheckedPictureStream.check(new ByteArrayInputStream(jpeg)).bytes()) {
            assertThat(checked.readAllBytes()).isEqualTo(jpeg);
        }
    }

    @Test
    void refusesTextAsNotAPicture() {
        assertRefused("this is not a picture".getBytes(), PictureRefusedException.Reason.NOT_A_PICTURE);
    }

    @Test
    void refusesAnEmptyFileAsDamaged() {
        assertRefused(new byte[0], PictureRefusedException.Reason.DAMAGED);
    }

    @Test
    void refusesAPngBombFromItsHeader() {
        PictureRefusedException refused = assertRefused(TestImages.bombPng(30_000, 30_000), PictureRefusedException.Reason.TOO_LARGE);

        assertThat(refused.width()).isEqualTo(30_000);
        assertThat(refused.height()).isEqualTo(30_000);
    }

    @Test
    void aPngIsDecodedWholeSoItsPixelsCountInFull() throws IOException {
        // 3840 x 2160 x 4 bytes, plus the 1920 x 1080 copy it is scaled to: 39.6 MB, inside the 40 MB
        assertThat(header(TestImages.bombPng(3840, 2160)).decodeBytes(1920, 1080)).isEqualTo(3840L * 2160 * 4 + 1920L * 1080 * 4);
        try (InputStream accepted = open(TestImages.bombPng(3840, 2160))) {
            assertThat(accepted.read()).as("passed on from the first byte").isEqualTo(0x89);
        }
        assertRefused(TestImages.bombPng(4000, 4000), PictureRefusedException.Reason.TOO_LARGE);
    }

    @Test
    void aJpegIsDecodedAtTheLargestScalingThatStillCoversTheTarget() throws IOException {
        PictureHeader photo = new PictureHeader(PictureHeader.Format.JPEG, 6000, 4000);
        // shown at 1620 x 1080: 1/2 (3000 x 2000) covers it, 1/4 (1500 x 1000) would not
        assertThat(photo.decodeBytes(1920, 1080)).isEqualTo(3000L * 2000 * 3 + 1620L * 1080 * 4);
        // a thumbnail of 162 x 108: 1/8
        assertThat(photo.decodeBytes(192, 108)).isEqualTo(750L * 500 * 3 + 162L * 108 * 4);
        // so a 100-megapixel photo opens on a full HD screen, and a 24-megapixel one at full size would not fit
        assertThat(new PictureHeader(PictureHeader.Format.JPEG, 12_000, 8_000).decodeBytes(1920, 1080))
                .isLessThan(PictureHeader.DECODE_BUDGET_BYTES);
        assertThat(photo.decodeBytes(6000, 4000)).isGreaterThan(PictureHeader.DECODE_BUDGET_BYTES);
    }

    private static PictureHeader header(byte[] picture) throws IOException {
        return PictureHeader.read(new ByteArrayInputStream(picture)).orElseThrow();
    }

    /** The picture checked and costed as the app decodes it for 1920 x 1080, within the app's budgets. */
    private static InputStream open(byte[] picture) throws IOException {
        CheckedPictureStream.CheckedPicture checked = CheckedPictureStream.check(new ByteArrayInputStream(picture));
        DecodeCost.of(checked.header(), 1920, 1080, 1, PictureHeader.DECODE_BUDGET_BYTES, FxPictureDecoder.NATIVE_BUDGET_BYTES);
        return checked.bytes();
    }

    @Test
    void refusesAJpegBombFromItsFrameHeader() {
        byte[] jpeg = TestImages.picture("jpg", 640, 360);
        int frame = indexOfFrameHeader(jpeg);
        // the frame header: FF C0, length (2), precision (1), height (2), width (2)
        ByteBuffer.wrap(jpeg, frame + 5, 4).putShort((short) 60_000).putShort((short) 60_000);

        PictureRefusedException refused = assertRefused(jpeg, PictureRefusedException.Reason.TOO_LARGE);

        assertThat(refused.width()).isEqualTo(60_000);
    }

    @Test
    void refusesAZeroSize() {
        assertRefused(TestImages.bombPng(0, 100), PictureRefusedException.Reason.DAMAGED);
    }

    @Test
    void refusesAJpegCutShortWhenTheDecoderReachesItsEnd() throws IOException {
        byte[] jpeg = TestImages.picture("jpg", 640, 360);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 3);

        try (InputStream checked = CheckedPictureStream.check(new ByteArrayInputStream(cut)).bytes()) {
            assertThatThrownBy(checked::readAllBytes).isInstanceOfSatisfying(PictureRefusedException.class,
                    refused -> assertThat(refused.reason()).isEqualTo(PictureRefusedException.Reason.DAMAGED));
        }
    }

    @Test
    void refusesAJpegCutInsideItsHeader() {
        byte[] jpeg = TestImages.picture("jpg", 640, 360);

        assertRefused(Arrays.copyOf(jpeg, indexOfFrameHeader(jpeg) + 4), PictureRefusedException.Reason.DAMAGED);
    }

    @Test
    void findsTheSizeBehindMetadataButNotBeyondTheReadLimit() throws IOException {
        byte[] jpeg = TestImages.picture("jpg", 640, 360);

        assertThat(header(withMetadata(jpeg, 3)).width()).as("192 KB of metadata first").isEqualTo(640);
        assertRefused(withMetadata(jpeg, 17), PictureRefusedException.Reason.DAMAGED);
    }

    /** {@code jpeg} with {@code segments} APP1 segments of 64 KB each after its start marker. */
    private static byte[] withMetadata(byte[] jpeg, int segments) {
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + segments * 65_537);
        out.put(jpeg, 0, 2);
        for (int i = 0; i < segments; i++) {
            out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) 65_535).put(new byte[65_533]);
        }
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    private static PictureRefusedException assertRefused(byte[] bytes, PictureRefusedException.Reason reason) {
        try (InputStream checked = open(bytes)) {
            throw new AssertionError("accepted: " + checked);
        } catch (PictureRefusedException refused) {
            assertThat(refused.reason()).isEqualTo(reason);
            return refused;
        } catch (IOException e) {
            throw new AssertionError("not refused with a reason", e);
        }
    }

    private static int indexOfFrameHeader(byte[] jpeg) {
        for (int i = 2; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                return i;
            }
        }
        throw new AssertionError("no baseline frame header");
    }
}
