package org.storyslides.gallery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyslides.content.TestImages;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GifFramesTest {

    // --- scanning

    @Test
    void countsTheFramesOfARealAnimatedGif() throws IOException {
        byte[] gif = PictureBytes.animatedGif(40, 30, 12);

        GifFrames frames = scan(gif);

        assertThat(frames.count()).isEqualTo(12).isEqualTo(imageIoFrames(gif));
        assertThat(frames.firstFrameEnd()).isBetween(13L, (long) gif.length - 1);
    }

    @Test
    void aStillGifsOnlyFrameEndsJustBeforeItsTrailer() throws IOException {
        byte[] gif = TestImages.picture("gif", 64, 48);

        assertThat(scan(gif)).isEqualTo(new GifFrames(1, gif.length - 1));
    }

    @Test
    void walksColourTablesAndExtensionsWhoseDataHoldsBlockBytes() throws IOException {
        // every data byte the builder writes is 0x3B, the trailer's: only the block structure tells them apart
        PictureBytes.Gif gif = PictureBytes.gif(100, 80).globalColours(3)
                .extension(0xFF, 11, 3) // NETSCAPE2.0 looping
                .extension(0xFE, 255, 1) // comment
                .graphicControl()
                .frame(0, 0, 100, 80, 2, 255, 10);
        int firstFrameEnd = gif.length();
        gif.graphicControl().frame(10, 20, 90, 60, 0, 5).extension(0x01, 12, 4).frame(99, 79, 1, 1, 8, 1).trailer();

        assertThat(scan(gif.bytes())).isEqualTo(new GifFrames(3, firstFrameEnd));
    }

    @Test
    void aGif87aWithoutAGlobalColourTableIsWalkedToo() throws IOException {
        byte[] gif = PictureBytes.gif(10, 10).noGlobalColours().frame(0, 0, 10, 10, 1, 4).trailer().bytes();
        gif[4] = '7';

        assertThat(scan(gif)).isEqualTo(new GifFrames(1, gif.length - 1));
    }

    @Test
    void aFileThatEndsAfterAFrameWithoutItsTrailerEndsThere() throws IOException {
        PictureBytes.Gif gif = PictureBytes.gif(10, 10).globalColours(1).frame(0, 0, 10, 10, 0, 4);
        int firstFrameEnd = gif.length();
        gif.frame(0, 0, 10, 10, 0, 4);

        assertThat(scan(gif.bytes())).isEqualTo(new GifFrames(2, firstFrameEnd));
    }

    @Test
    void aFileCutShortAnywhereInsideABlockOrBeforeItsFirstFrameEndsWithEof() {
        byte[] gif = PictureBytes.gif(10, 10).globalColours(2).graphicControl().frame(0, 0, 10, 10, 1, 6).bytes();

        // every cut, from the empty file to one byte short of the frame's terminator
        for (int length = 0; length < gif.length; length++) {
            byte[] cut = Arrays.copyOf(gif, length);
            assertThatThrownBy(() -> scan(cut)).as("cut to %d bytes", length).isInstanceOf(EOFException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIF88a", "PNG\r\n\u001a", "GIF8"})
    void refusesWhatDoesNotStartAsAGif(String start) {
        byte[] bytes = (start + "\u0010\u0000\u0010\u0000\u0000\u0000\u0000;").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> scan(bytes)).isInstanceOf(IOException.class).isNotInstanceOf(EOFException.class)
                .hasMessageStartingWith("not a GIF");
    }

    @Test
    void refusesAByteWhereABlockShouldBeginAndSaysWhere() {
        PictureBytes.Gif gif = PictureBytes.gif(10, 10).noGlobalColours().frame(0, 0, 10, 10, 0, 4);
        int offset = gif.length();
        byte[] bytes = gif.raw(0x00).trailer().bytes();

        assertThatThrownBy(() -> scan(bytes)).isInstanceOf(IOException.class).isNotInstanceOf(EOFException.class)
                .hasMessage("not a GIF block at byte " + offset + ": 0x00");
    }

    @Test
    void refusesAGifWithATrailerButNoFrame() {
        byte[] bytes = PictureBytes.gif(10, 10).globalColours(1).graphicControl().trailer().bytes();

        assertThatThrownBy(() -> scan(bytes)).isInstanceOf(IOException.class).isNotInstanceOf(EOFException.class)
                .hasMessage("the GIF holds no frame");
    }

    @Test
    void refusesAFrameReachingOutsideTheCanvasAsJavaFxDoes() throws IOException {
        byte[] wider = PictureBytes.gif(10, 10).noGlobalColours().frame(0, 0, 10, 10, 0, 1).frame(1, 0, 10, 10, 0, 1).trailer().bytes();
        byte[] taller = PictureBytes.gif(10, 10).noGlobalColours().frame(0, 1, 10, 10, 0, 1).trailer().bytes();

        assertThatThrownBy(() -> scan(wider)).isInstanceOf(IOException.class)
                .hasMessage("frame 2 (10 x 10 at 1, 0) lies outside the 10 x 10 canvas");
        assertThatThrownBy(() -> scan(taller)).isInstanceOf(IOException.class).hasMessageContaining("outside");
        assertThat(scan(PictureBytes.gif(10, 10).noGlobalColours().frame(9, 9, 1, 1, 0, 1).trailer().bytes()).count()).isEqualTo(1);
    }

    @Test
    void readsSizesAndPlacesAsTwoLittleEndianBytes() throws IOException {
        byte[] fits = PictureBytes.gif(300, 260).noGlobalColours().frame(44, 4, 256, 256, 0, 1).trailer().bytes();
        byte[] outside = PictureBytes.gif(300, 260).noGlobalColours().frame(45, 4, 256, 256, 0, 1).trailer().bytes();

        assertThat(scan(fits).count()).isEqualTo(1);
        assertThatThrownBy(() -> scan(outside)).hasMessage("frame 1 (256 x 256 at 45, 4) lies outside the 300 x 260 canvas");
    }

    @Test
    void aGifHasAFirstFrame() {
        assertThatThrownBy(() -> new GifFrames(0, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GifFrames(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new GifFrames(1, 1).count()).isEqualTo(1);
    }

    // --- the first frame alone

    @Test
    void theFirstFrameAloneIsAStillGifOfThatFrame() throws IOException {
        byte[] gif = PictureBytes.animatedGif(40, 30, 12);
        GifFrames frames = scan(gif);

        byte[] still = GifFrames.firstFrameOnly(new ByteArrayInputStream(gif), frames.firstFrameEnd()).readAllBytes();

        assertThat(still).startsWith(Arrays.copyOf(gif, (int) frames.firstFrameEnd())).endsWith(0x3B).hasSize((int) frames.firstFrameEnd() + 1);
        assertThat(scan(still)).isEqualTo(new GifFrames(1, frames.firstFrameEnd()));
        assertThat(imageIoFrames(still)).isEqualTo(1);
        assertThat(pixels(firstImage(still))).isEqualTo(pixels(firstImage(gif)));
    }

    @Test
    void readsTheSameBytesOneAtATimeAndAfterTheTrailerNothing() throws IOException {
        byte[] gif = PictureBytes.animatedGif(8, 8, 3);
        long end = scan(gif).firstFrameEnd();
        ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();

        try (InputStream still = GifFrames.firstFrameOnly(new ByteArrayInputStream(gif), end)) {
            for (int b = still.read(); b >= 0; b = still.read()) {
                oneByOne.write(b);
            }
            assertThat(still.read()).isEqualTo(-1);
            assertThat(still.read(new byte[4], 0, 4)).isEqualTo(-1);
            assertThat(still.read(new byte[4], 0, 0)).isZero();
        }

        assertThat(oneByOne.toByteArray()).isEqualTo(GifFrames.firstFrameOnly(new ByteArrayInputStream(gif), end).readAllBytes());
    }

    @Test
    void givesTheTrailerIntoABufferAtItsOffset() throws IOException {
        InputStream still = GifFrames.firstFrameOnly(new ByteArrayInputStream(new byte[]{1, 2, 3}), 2);
        byte[] buffer = new byte[5];

        assertThat(still.read(buffer, 1, 4)).isEqualTo(2);
        assertThat(still.read(buffer, 3, 2)).isEqualTo(1);
        assertThat(buffer).containsExactly(0, 1, 2, 0x3B, 0);
        assertThat(still.read(buffer, 0, 0)).isZero();
    }

    @Test
    void aStreamShorterThanTheFirstFrameEndsWithEofWhicheverWayItIsRead() {
        byte[] bytes = {1, 2, 3};

        assertThatThrownBy(() -> GifFrames.firstFrameOnly(new ByteArrayInputStream(bytes), 10).readAllBytes()).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> {
            InputStream still = GifFrames.firstFrameOnly(new ByteArrayInputStream(bytes), 10);
            while (true) {
                still.read();
            }
        }).isInstanceOf(EOFException.class);
    }

    @Test
    void closingTheFirstFrameClosesTheFile() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream file = new ByteArrayInputStream(new byte[10]) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        GifFrames.firstFrameOnly(file, 5).close();

        assertThat(closed).isTrue();
    }

    @Test
    void aNegativeLengthIsRefused() {
        assertThatThrownBy(() -> GifFrames.firstFrameOnly(new ByteArrayInputStream(new byte[0]), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(GifFrames.firstFrameOnly(new ByteArrayInputStream(new byte[0]), 0)).isNotNull();
    }

    private static GifFrames scan(byte[] gif) throws IOException {
        return GifFrames.scan(new ByteArrayInputStream(gif));
    }

    private static int imageIoFrames(byte[] gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return reader.getNumImages(true);
        }
    }

    private static BufferedImage firstImage(byte[] gif) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(gif));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
