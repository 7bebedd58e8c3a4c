package org.storyslides.gallery;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The end a picture's format ends with, kept from the bytes as they pass and checked at the file's end. */
class PictureEndTest {

    private static final int END = CheckedPictureStream.END_BYTES;

    private static byte[] bytes(int from, int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (from + i);
        }
        return bytes;
    }

    @Test
    void aFewBytesAreKeptAfterThoseBefore() {
        byte[] tail = new byte[END];
        int length = CheckedPictureStream.keepLast(tail, 0, bytes(1, 3), 0, 3);
        length = CheckedPictureStream.keepLast(tail, length, bytes(4, 2), 0, 2);

        assertThat(length).isEqualTo(5);
        assertThat(Arrays.copyOf(tail, length)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void onlyTheLastBytesAreKeptOnceMoreHavePassed() {
        byte[] tail = new byte[END];
        int length = CheckedPictureStream.keepLast(tail, 0, bytes(1, 10), 0, 10);
        length = CheckedPictureStream.keepLast(tail, length, bytes(11, 5), 0, 5);

        assertThat(length).isEqualTo(END);
        assertThat(tail).containsExactly(bytes(4, END));
    }

    @Test
    void aBlockLongerThanTheEndLeavesItsOwnLastBytes() {
        byte[] tail = new byte[END];
        int length = CheckedPictureStream.keepLast(tail, 0, bytes(1, 3), 0, 3);
        length = CheckedPictureStream.keepLast(tail, length, bytes(50, END + 8), 4, END);

        assertThat(length).isEqualTo(END);
        assertThat(tail).containsExactly(bytes(54, END));
    }

    @Test
    void aBlockOfExactlyTheEndReplacesWhatWasKept() {
        byte[] tail = new byte[END];
        int length = CheckedPictureStream.keepLast(tail, 0, bytes(1, 5), 0, 5);
        length = CheckedPictureStream.keepLast(tail, length, bytes(100, END), 0, END);

        assertThat(length).isEqualTo(END);
        assertThat(tail).containsExactly(bytes(100, END));
    }

    @Test
    void aBlockFromTheMiddleOfABufferIsKeptFromItsOffset() {
        byte[] tail = new byte[END];
        int length = CheckedPictureStream.keepLast(tail, 0, bytes(1, 8), 5, 2);

        assertThat(Arrays.copyOf(tail, length)).containsExactly(6, 7);
    }

    @Test
    void eachFormatEndsWithItsOwnMark() {
        byte[] jpeg = {1, 2, (byte) 0xFF, (byte) 0xD9};
        byte[] png = {9, 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
        byte[] gif = {7, 0x3B};
        assertThatCode(() -> CheckedPictureStream.checkEnd(PictureHeader.Format.JPEG, jpeg, jpeg.length)).doesNotThrowAnyException();
        assertThatCode(() -> CheckedPictureStream.checkEnd(PictureHeader.Format.PNG, Arrays.copyOfRange(png, 1, 13), 12))
                .doesNotThrowAnyException();
        assertThatCode(() -> CheckedPictureStream.checkEnd(PictureHeader.Format.GIF, gif, 2)).doesNotThrowAnyException();
        assertThatCode(() -> CheckedPictureStream.checkEnd(PictureHeader.Format.BMP, new byte[0], 0)).doesNotThrowAnyException();
    }

    @Test
    void aFileCutBeforeItsEndMarkIsCutShort() {
        assertThatThrownBy(() -> CheckedPictureStream.checkEnd(PictureHeader.Format.JPEG, new byte[]{(byte) 0xFF, 0x00}, 2))
                .isInstanceOf(PictureRefusedException.class).hasMessageContaining("the JPEG data is cut short");
        assertThatThrownBy(() -> CheckedPictureStream.checkEnd(PictureHeader.Format.GIF, new byte[]{0x3B, 0}, 2))
                .hasMessageContaining("the GIF data is cut short");
        assertThatThrownBy(() -> CheckedPictureStream.checkEnd(PictureHeader.Format.JPEG, new byte[]{(byte) 0xD9}, 1))
                .hasMessageContaining("cut short");
    }

    @Test
    void onlyTheKeptBytesCount() {
        // a tail holding the mark past its length has not seen it
        assertThatThrownBy(() -> CheckedPictureStream.checkEnd(PictureHeader.Format.GIF, new byte[]{0, 0x3B}, 1))
                .hasMessageContaining("cut short");
    }

    @Test
    void aStreamReadByteByByteSeesTheEndAsARead() throws IOException {
        byte[] gif = new byte[]{'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, 0x3B};
        InputStream in = CheckedPictureStream.check(new java.io.BufferedInputStream(new ByteArrayInputStream(gif))).bytes();
        while (in.read() >= 0) {
            // each byte passes on its own; the end is checked at the last
        }
        InputStream cut = CheckedPictureStream.check(new java.io.BufferedInputStream(
                new ByteArrayInputStream(Arrays.copyOf(gif, gif.length - 1)))).bytes();
        assertThatThrownBy(() -> {
            while (cut.read() >= 0) {
                // to the end
            }
        }).hasMessageContaining("the GIF data is cut short");
    }
}
