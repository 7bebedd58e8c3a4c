package org.storyslides.gallery;

import org.storyslides.content.CappedStream;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.FileRefusedException;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * What a picture's metadata says about showing it, read with metadata-extractor off the JavaFX thread:
 * its EXIF orientation. Only what is needed is read, and never more than {@link #READ_LIMIT} bytes:
 * a JPEG's segments up to its image data (the EXIF is in APP1, near the start), a PNG's chunks up to
 * its image data (the EXIF is in eXIf, before it); other formats carry no orientation here. Metadata
 * is written by anyone: whatever is wrong with it (cut short, loops, huge counts, a value of the
 * wrong type or out of range) the picture is taken as stored upright, {@link PictureOrientation#NORMAL}.
 */
final class PictureMetadata {

    private static final System.Logger LOG = System.getLogger(PictureMetadata.class.getName());

    /**
     * The most bytes read for metadata. A JPEG whose frame header lies beyond the first
     * {@link PictureHeader#READ_LIMIT} bytes is refused before this is read, and its image data
     * follows the frame header after a few tables, so this is room for any JPEG that is shown; it also
     * bounds the heap the read takes (the APP1 segments metadata-extractor keeps).
     */
    static final int READ_LIMIT = 2 * PictureHeader.READ_LIMIT;

    private static final int PNG_IDAT = 0x49444154;
    private static final int PNG_IEND = 0x49454E44;
    private static final int PNG_EXIF = 0x65584966; // "eXIf"
    private static final byte[] EXIF_PREAMBLE = {'E', 'x', 'i', 'f', 0, 0};

    private PictureMetadata() {
    }

    /**
     * The orientation picture {@code path} of {@code folder} says it is stored in, read from a file
     * opened through the folder's guard. Never on the JavaFX thread.
     *
     * @return {@link PictureOrientation#NORMAL} when the picture says none, or its metadata cannot be
     * read, or says something no camera writes: bad metadata never throws
     * @throws FileRefusedException when the folder refuses to open the file itself (it is not there,
     *                              not a regular file, links outside the folder, is too large): the
     *                              picture is then not shown at all, as its decode would find
     */
    static PictureOrientation orientation(ContentFolder folder, String path) throws FileRefusedException {
        try (InputStream file = folder.open(path, FxPictureDecoder.MAX_FILE_BYTES, FxPictureDecoder.TIME_LIMIT)) {
            return orientation(new BufferedInputStream(new CappedStream(file, READ_LIMIT), 16 * 1024), path);
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException e) {
            return PictureOrientation.NORMAL; // closing it failed, after its orientation was read
        }
    }

    /** The orientation the picture in {@code in} (from its first byte, buffered) says; never throws for what it reads. */
    static PictureOrientation orientation(InputStream in, String path) {
        try {
            in.mark(8);
            int first = in.read();
            int second = in.read();
            in.reset();
            Metadata metadata;
            if (first == 0xFF && second == 0xD8) {
                // reads the segments up to the start of the image data, keeps only the APP1 ones
                metadata = JpegMetadataReader.readMetadata(in, List.of(new ExifReader()));
            } else if (first == 0x89 && second == 'P') {
                metadata = pngExif(new DataInputStream(in));
            } else {
                return PictureOrientation.NORMAL;
            }
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            Object value = exif == null ? null : exif.getObject(ExifDirectoryBase.TAG_ORIENTATION);
            // a SHORT as EXIF has it (metadata-extractor gives an Integer); a LONG (Long), text or list is none
            return value instanceof Integer exifValue ? PictureOrientation.ofExif(exifValue) : PictureOrientation.NORMAL;
        } catch (Exception e) {
            // JpegProcessingException, IOException (cut short, over the limit), or whatever else bad bytes make
            LOG.log(System.Logger.Level.DEBUG, () -> path + ": no orientation read from its metadata (" + e + "); shown as stored");
            return PictureOrientation.NORMAL;
        }
    }

    /** A PNG's eXIf chunk (raw TIFF, some writers put JPEG's "Exif" preamble first), found among the chunks before its image data. */
    private static Metadata pngExif(DataInputStream in) throws IOException {
        Metadata metadata = new Metadata();
        in.skipNBytes(8); // the signature
        while (true) {
            int length = in.readInt();
            int type = in.readInt();
            if (length < 0 || type == PNG_IDAT || type == PNG_IEND) {
                return metadata;
            }
            if (type == PNG_EXIF) {
                if (length > READ_LIMIT) {
                    throw new EOFException("an eXIf chunk of " + length + " bytes");
                }
                byte[] exif = in.readNBytes(length);
                if (exif.length < length) {
                    throw new EOFException("the eXIf chunk is cut short");
                }
                boolean preamble = exif.length >= EXIF_PREAMBLE.length
                        && Arrays.equals(exif, 0, EXIF_PREAMBLE.length, EXIF_PREAMBLE, 0, EXIF_PREAMBLE.length);
                int start = preamble ? EXIF_PREAMBLE.length : 0;
                new ExifReader().extract(new ByteArrayReader(exif), metadata, start);
                return metadata;
            }
            in.skipNBytes(length + 4L); // the data and its CRC
        }
    }
}
