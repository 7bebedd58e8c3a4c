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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyslides.gallery.PictureHeader.Format.BMP;
import static org.storyslides.gallery.PictureHeader.Format.GIF;

class PictureHeaderTest {

    // --- reading

    @ParameterizedTest
    @CsvSource({"png, PNG", "jpg, JPEG", "gif, GIF", "bmp, BMP"})
    void readsTheFormatAndSizeOfARealPictureOfEachFormat(String extension, PictureHeader.Format format) throws IOException {
        PictureHeader header = read(TestImages.picture(extension, 640, 360)).orElseThrow();

        assertThat(header).isEqualTo(new PictureHeader(format, 640, 360));
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
