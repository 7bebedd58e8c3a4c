package org.storyslides.newshow;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.iptc.IptcReader;
import com.drew.metadata.photoshop.PhotoshopReader;
import com.drew.metadata.xmp.XmpDirectory;
import com.drew.metadata.xmp.XmpReader;
import org.storyslides.content.CappedStream;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.ContentLimits;
import org.storyslides.content.ContentText;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what a new show takes from a photo's metadata ({@link PhotoTags}) with metadata-extractor:
 * a JPEG's EXIF (APP1), XMP (APP1) and IPTC (in APP13's Photoshop 8BIM block, or APP13 alone), from
 * the segments before its image data and never more than {@link #READ_LIMIT} bytes of it (a JPEG's
 * segments are at most 64 KB each, so nothing it claims is allocated beyond that). Other formats are
 * slides without metadata: metadata-extractor allocates whatever a PNG chunk claims (2 GB for a
 * hostile one) before reading it. Metadata is anyone's: whatever is wrong with it, the photo is a
 * slide, and {@link PhotoFacts#warning} says what could not be read.
 */
final class PhotoFactsReader {

    /** The most bytes of a JPEG read for its metadata (as the window's orientation read, PictureMetadata). */
    static final int READ_LIMIT = 2 << 20;
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    private static final String NS_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";
    private static final String NS_EXIF = "http://ns.adobe.com/exif/1.0/";

    private PhotoFactsReader() {
    }

    /** The facts of picture {@code name} in {@code folder}, read through the folder's guard. */
    static PhotoFacts read(ContentFolder folder, String name) {
        Path file = folder.path().resolve(name);
        String shown = ContentText.shown(name, 120);
        try (InputStream in = new BufferedInputStream(new CappedStream(folder.open(name, ContentLimits.MAX_PICTURE_BYTES, TIME_LIMIT),
                READ_LIMIT), 16 * 1024)) {
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            if (first != 0xFF || second != 0xD8) {
                return isJpegName(name) ? PhotoFacts.unread(file, shown + ": its metadata could not be read (it is not a JPEG); a slide without a caption")
                        : PhotoTags.NONE.facts(file);
            }
            Metadata metadata = JpegMetadataReader.readMetadata(in,
                    List.of(new ExifReader(), new XmpReader(), new PhotoshopReader(), new IptcReader()));
            PhotoFacts facts = tags(metadata).facts(file);
            List<String> errors = errors(metadata);
            return errors.isEmpty() ? facts : new PhotoFacts(file, facts.taken(), facts.caption(), facts.headline(), facts.credit(),
                    Optional.of(shown + ": some of its metadata could not be read (" + ContentText.shown(errors.get(0), 120) + ")"));
        } catch (Exception e) {
            // JpegProcessingException, IOException (cut short, refused), or whatever else bad bytes make
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            return PhotoFacts.unread(file, shown + ": its metadata could not be read (" + ContentText.shown(reason, 120)
                    + "); a slide without a caption");
        }
    }

    private static boolean isJpegName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg");
    }

    static PhotoTags tags(Metadata metadata) {
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        // a long packet goes on in extended XMP segments: metadata-extractor gives it as a directory of its own
        List<XMPMeta> xmp = metadata.getDirectoriesOfType(XmpDirectory.class).stream().map(XmpDirectory::getXMPMeta)
                .filter(java.util.Objects::nonNull).toList();
        String exifTaken = string(sub, ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
        return new PhotoTags(
                string(iptc, IptcDirectory.TAG_CAPTION), localized(xmp, XMPConst.NS_DC, "description"),
                string(ifd0, ExifIFD0Directory.TAG_IMAGE_DESCRIPTION),
                string(iptc, IptcDirectory.TAG_HEADLINE), property(xmp, NS_PHOTOSHOP, "Headline"),
                strings(iptc, IptcDirectory.TAG_BY_LINE), items(xmp, XMPConst.NS_DC, "creator"),
                string(iptc, IptcDirectory.TAG_CREDIT), property(xmp, NS_PHOTOSHOP, "Credit"),
                string(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE), localized(xmp, XMPConst.NS_DC, "rights"),
                string(ifd0, ExifIFD0Directory.TAG_COPYRIGHT),
                exifTaken != null ? exifTaken : string(ifd0, ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL),
                string(iptc, IptcDirectory.TAG_DATE_CREATED), string(iptc, IptcDirectory.TAG_TIME_CREATED),
                property(xmp, NS_EXIF, "DateTimeOriginal"), property(xmp, NS_PHOTOSHOP, "DateCreated"));
    }

    /** What metadata-extractor could not read in the directories read here (it records them instead of throwing). */
    private static List<String> errors(Metadata metadata) {
        List<String> errors = new ArrayList<>();
        for (Directory directory : metadata.getDirectories()) {
            directory.getErrors().forEach(errors::add);
        }
        return errors;
    }

    private static String string(Directory directory, int tag) {
        return directory == null ? null : directory.getString(tag);
    }

    private static List<String> strings(Directory directory, int tag) {
        String[] values = directory == null ? null : directory.getStringArray(tag);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static String property(List<XMPMeta> xmp, String namespace, String name) {
        return xmpValue(xmp, meta -> meta.getPropertyString(namespace, name));
    }

    /** A language alternative (dc:description, dc:rights): its default. */
    private static String localized(List<XMPMeta> xmp, String namespace, String name) {
        return xmpValue(xmp, meta -> {
            XMPProperty text = meta.getLocalizedText(namespace, name, null, XMPConst.X_DEFAULT);
            return text == null ? null : text.getValue();
        });
    }

    /** An ordered array (dc:creator): its items. */
    private static List<String> items(List<XMPMeta> packets, String namespace, String name) {
        for (XMPMeta xmp : packets) {
            List<String> items = items(xmp, namespace, name);
            if (!items.isEmpty()) {
                return items;
            }
        }
        return List.of();
    }

    private static List<String> items(XMPMeta xmp, String namespace, String name) {
        try {
            int count = Math.min(xmp.countArrayItems(namespace, name), 100);
            List<String> items = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                XMPProperty item = xmp.getArrayItem(namespace, name, i);
                items.add(item == null ? null : item.getValue());
            }
            return items;
        } catch (XMPException e) {
            return List.of();
        }
    }

    private interface XmpRead {
        String read(XMPMeta meta) throws XMPException;
    }

    /** The value from the first packet that has it. */
    private static String xmpValue(List<XMPMeta> packets, XmpRead read) {
        for (XMPMeta xmp : packets) {
            try {
                String value = read.read(xmp);
                if (value != null) {
                    return value;
                }
            } catch (XMPException e) {
                // a property of the wrong kind: none here
            }
        }
        return null;
    }
}
