package org.storyslides.gallery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.FileRefusedException;
import org.storyslides.content.TestImages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyslides.gallery.ExifPictures.entry;
import static org.storyslides.gallery.ExifPictures.orientationEntry;
import static org.storyslides.gallery.ExifPictures.tiff;

/** The orientation is read from a JPEG's EXIF or a PNG's eXIf; any metadata that is not right means the picture is shown as stored. */
class PictureMetadataTest {

    @TempDir
    Path folder;

    private static final byte[] JPEG = ExifPictures.twoColoured("jpg", 40, 30, ExifPictures.RedSide.LEFT);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aJpegsExifOrientationIsRead(int value) throws Exception {
        assertThat(orientationOf(ExifPictures.withExif(JPEG, tiff(orientationEntry(value)))))
                .isSameAs(PictureOrientation.ofExif(value));
    }

    @Test
    void aPhonePortraitIsReadAsTurnedAQuarterClockwise() throws Exception {
        assertThat(orientationOf(ExifPictures.portraitJpeg(400, 300, 6))).isSameAs(PictureOrientation.ROTATE_90_CW);
        assertThat(orientationOf(ExifPictures.portraitJpeg(400, 300, 8))).isSameAs(PictureOrientation.ROTATE_270_CW);
    }

    @Test
    void theOrientationIsFoundAmongOtherEntriesInALittleEndianBlockToo() throws Exception {
        // as many cameras write it: Intel byte order, the orientation after the make and the model
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0,
                3, 0,
                0x0F, 0x01, 2, 0, 4, 0, 0, 0, 'A', 'c', 'm', 0, // Make "Acm"
                0x10, 0x01, 2, 0, 2, 0, 0, 0, 'X', 0, 0, 0, // Model "X"
                0x12, 0x01, 3, 0, 1, 0, 0, 0, 8, 0, 0, 0, // Orientation 8
                0, 0, 0, 0};
        assertThat(orientationOf(ExifPictures.withExif(JPEG, tiff))).isSameAs(PictureOrientation.ROTATE_270_CW);
    }

    @Test
    void aPictureWithoutExifIsShownAsStored() throws Exception {
        assertThat(orientationOf(JPEG)).isSameAs(PictureOrientation.NORMAL);
        assertThat(orientationOf(TestImages.png(20, 10))).isSameAs(PictureOrientation.NORMAL);
        assertThat(orientationOf(ExifPictures.withExif(JPEG, tiff(entry(0x010F, ExifPictures.ASCII, 2, 0x41000000)))))
                .as("EXIF without an orientation").isSameAs(PictureOrientation.NORMAL);
    }

    @Test
    void aPngsExifChunkIsRead() throws Exception {
        byte[] png = TestImages.png(20, 10);
        assertThat(orientationOf(ExifPictures.pngWithExif(png, tiff(orientationEntry(6))))).isSameAs(PictureOrientation.ROTATE_90_CW);
        // some writers put JPEG's "Exif\0\0" first
        assertThat(orientationOf(ExifPictures.pngWithExif(png, ExifPictures.exifPayload(tiff(orientationEntry(3))))))
                .isSameAs(PictureOrientation.ROTATE_180);
    }

    @Test
    void aPngsExifChunkAfterItsImageDataIsNotLookedFor() throws Exception {
        byte[] png = TestImages.png(20, 10);
        byte[] late = ExifPictures.pngChunk("eXIf", tiff(orientationEntry(6)));
        int end = png.length - 12; // before IEND
        byte[] withLate = new byte[png.length + late.length];
        System.arraycopy(png, 0, withLate, 0, end);
        System.arraycopy(late, 0, withLate, end, late.length);
        System.arraycopy(png, end, withLate, end + late.length, 12);
        assertThat(orientationOf(withLate)).isSameAs(PictureOrientation.NORMAL);
    }

    @Test
    void gifsAndBitmapsCarryNoOrientation() throws Exception {
        assertThat(orientationOf(TestImages.picture("gif", 20, 10))).isSameAs(PictureOrientation.NORMAL);
        assertThat(orientationOf(TestImages.picture("bmp", 20, 10))).isSameAs(PictureOrientation.NORMAL);
        assertThat(orientationOf("not a picture".getBytes(StandardCharsets.US_ASCII))).isSameAs(PictureOrientation.NORMAL);
        assertThat(orientationOf(new byte[0])).isSameAs(PictureOrientation.NORMAL);
        assertThat(orientationOf(new byte[]{(byte) 0xFF})).isSameAs(PictureOrientation.NORMAL);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, 255, 65535})
    void anOrientationValueNoCameraWritesIsShownAsStored(int value) throws Exception {
        assertThat(orientationOf(ExifPictures.withExif(JPEG, tiff(orientationEntry(value))))).isSameAs(PictureOrientation.NORMAL);
    }

    @Test
    void anOrientationOfAnotherTypeThanShortIsShownAsStored() throws Exception {
        assertThat(orientationOf(ExifPictures.withExif(JPEG, tiff(entry(ExifPictures.ORIENTATION, ExifPictures.LONG, 1, 6)))))
                .as("LONG 6").isSameAs(PictureOrientation.NORMAL);
        assertThat(orientationOf(ExifPictures.withExif(JPEG, tiff(entry(ExifPictures.ORIENTATION, ExifPictures.ASCII, 2, 0x36000000)))))
                .as("ASCII \"6\"").isSameAs(PictureOrientation.NORMAL);
        assertThat(orientationOf(ExifPictures.withExif(JPEG, tiff(entry(ExifPictures.ORIENTATION, ExifPictures.SHORT, 2, 0x00060006)))))
                .as("two SHORTs").isSameAs(PictureOrientation.NORMAL);
    }

    @Test
    void anExifBlockCutShortInsideItsOrientationIsShownAsStored() throws Exception {
        byte[] whole = tiff(orientationEntry(6));
        byte[] cut = Arrays.copyOf(whole, 8 + 2 + 6); // the entry's tag, type and half its count
        assertThat(orientationOf(ExifPictures.withExif(JPEG, cut))).isSameAs(PictureOrientation.NORMAL);
        assertThat(orientationOf(ExifPictures.withExif(JPEG, Arrays.copyOf(whole, 5)))).as("cut inside the TIFF header")
                .isSameAs(PictureOrientation.NORMAL);
    }

    @Test
    void anApp1SegmentLongerThanTheFileIsShownAsStored() throws Exception {
        byte[] jpeg = ExifPictures.withExif(JPEG, tiff(orientationEntry(6)));
        // the segment says 65533 bytes follow; the file ends 40 bytes in
        byte[] claim = Arrays.copyOf(jpeg, 2 + 4 + 40);
        claim[4] = (byte) 0xFF;
        claim[5] = (byte) 0xFF;
        assertThat(orientationOf(claim)).isSameAs(PictureOrientation.NORMAL);
    }

    @Test
    void anIfdClaiming65535EntriesIsShownAsStored() throws Exception {
        byte[] tiff = tiff(65535, 0, orientationEntry(6), orientationEntry(6));
        assertThat(orientationOf(ExifPictures.withExif(JPEG, tiff))).isSameAs(PictureOrientation.NORMAL);
    }

    @Test
    void anIfdWhoseNextIfdIsItselfIsReadOnce() throws Exception {
        byte[] tiff = tiff(1, 8, orientationEntry(6));
        assertThat(orientationOf(ExifPictures.withExif(JPEG, tiff))).isSameAs(PictureOrientation.ROTATE_90_CW);
        // its EXIF sub-IFD pointing back at it
        byte[] sub = tiff(2, 8, orientationEntry(6), entry(0x8769, ExifPictures.LONG, 1, 8));
        assertThat(orientationOf(ExifPictures.withExif(JPEG, sub))).isSameAs(PictureOrientation.ROTATE_90_CW);
    }

    @Test
    void metadataIsReadNoFurtherThanItsLimit() throws Exception {
        byte[] exif = ExifPictures.segment(0xE1, ExifPictures.exifPayload(tiff(orientationEntry(6))));
        // APP1 segments after the frame header, before the image data: libjpeg skips them, the header check never sees them
        List<byte[]> within = new ArrayList<>(List.of(exif));
        within.addAll(ExifPictures.app1Segments(PictureMetadata.READ_LIMIT / 65_537 - 2, 65_533));
        List<byte[]> beyond = new ArrayList<>(List.of(exif));
        beyond.addAll(ExifPictures.app1Segments(PictureMetadata.READ_LIMIT / 65_537 + 1, 65_533));

        assertThat(orientationOf(ExifPictures.withSegmentsBeforeScan(JPEG, within))).isSameAs(PictureOrientation.ROTATE_90_CW);
        assertThat(orientationOf(ExifPictures.withSegmentsBeforeScan(JPEG, beyond))).isSameAs(PictureOrientation.NORMAL);
    }

    @Test
    void aJpegWhoseImageDataIsCutShortStillHasItsOrientation() throws Exception {
        byte[] jpeg = ExifPictures.portraitJpeg(400, 300, 6);
        // the decode then says it is damaged; the metadata before the image data is whole
        assertThat(orientationOf(Arrays.copyOf(jpeg, ExifPictures.startOfScan(jpeg) + 100))).isSameAs(PictureOrientation.ROTATE_90_CW);
    }

    @Test
    void aFileTheFolderRefusesIsRefused() {
        ContentFolder content = new ContentFolder(folder);
        assertThatThrownBy(() -> PictureMetadata.orientation(content, "images/none.jpg")).isInstanceOf(FileRefusedException.class);
    }

    private PictureOrientation orientationOf(byte[] picture) throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/picture"), picture);
        return PictureMetadata.orientation(new ContentFolder(folder), "images/picture");
    }
}
