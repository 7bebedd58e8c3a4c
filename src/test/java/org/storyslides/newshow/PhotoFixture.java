package org.storyslides.newshow;

import org.storyslides.gallery.ExifPictures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small JPEG (16 x 12, from ImageIO) with the metadata a photographer's tools write, put in
 * segment by segment: EXIF (APP1: ImageDescription, Copyright, and DateTimeOriginal in its Exif
 * IFD), XMP (APP1: dc:description, photoshop:Headline, dc:creator, photoshop:Credit, dc:rights,
 * exif:DateTimeOriginal, photoshop:DateCreated; a long packet goes on in extended XMP segments) and
 * IPTC (APP13: "Photoshop 3.0", an 8BIM resource 0x0404 holding records 2:...), as written in the test.
 */
public final class PhotoFixture {

    public static final int CAPTION = 120;
    public static final int HEADLINE = 105;
    public static final int BY_LINE = 80;
    public static final int CREDIT = 110;
    public static final int COPYRIGHT = 116;
    public static final int DATE_CREATED = 55;
    public static final int TIME_CREATED = 60;

    private static final byte[] PLAIN = ExifPictures.twoColoured("jpg", 16, 12, ExifPictures.RedSide.LEFT);

    private final List<byte[]> iptcRecords = new ArrayList<>();
    private final Map<String, String> xmpAttributes = new TreeMap<>();
    private final Map<String, String> xmpElements = new TreeMap<>();
    private final List<byte[]> rawSegments = new ArrayList<>();
    private String exifDescription;
    private String exifCopyright;
    private String exifTaken;
    private boolean utf8Declared = true;

    public static PhotoFixture jpeg() {
        return new PhotoFixture();
    }

    /** An IPTC record 2:{@code dataset} holding {@code value} in UTF-8. */
    public PhotoFixture iptc(int dataset, String value) {
        return iptc(dataset, value.getBytes(StandardCharsets.UTF_8));
    }

    /** An IPTC record 2:{@code dataset} holding these bytes (longer than 32 KB: with IPTC's extended length). */
    public PhotoFixture iptc(int dataset, byte[] value) {
        iptcRecords.add(iptcRecord(2, dataset, value));
        return this;
    }

    /** No 1:90 record saying the IPTC text is UTF-8 (readers then guess). */
    public PhotoFixture iptcCharsetUnsaid() {
        utf8Declared = false;
        return this;
    }

    public PhotoFixture xmpDescription(String text) {
        xmpElements.put("dc:description", alt(text));
        return this;
    }

    public PhotoFixture xmpRights(String text) {
        xmpElements.put("dc:rights", alt(text));
        return this;
    }

    public PhotoFixture xmpCreators(String... names) {
        StringBuilder seq = new StringBuilder("<rdf:Seq>");
        for (String name : names) {
            seq.append("<rdf:li>").append(escaped(name)).append("</rdf:li>");
        }
        xmpElements.put("dc:creator", seq.append("</rdf:Seq>").toString());
        return this;
    }

    public PhotoFixture xmpHeadline(String text) {
        xmpAttributes.put("photoshop:Headline", text);
        return this;
    }

    public PhotoFixture xmpCredit(String text) {
        xmpAttributes.put("photoshop:Credit", text);
        return this;
    }

    public PhotoFixture xmpTaken(String iso) {
        xmpAttributes.put("exif:DateTimeOriginal", iso);
        return this;
    }

    public PhotoFixture xmpCreated(String iso) {
        xmpAttributes.put("photoshop:DateCreated", iso);
        return this;
    }

    public PhotoFixture exifDescription(String text) {
        exifDescription = text;
        return this;
    }

    public PhotoFixture exifCopyright(String text) {
        exifCopyright = text;
        return this;
    }

    /** EXIF DateTimeOriginal, as "2017:02:16 14:30:05". */
    public PhotoFixture exifTaken(String text) {
        exifTaken = text;
        return this;
    }

    /** A whole segment (marker and length too) put in as it is, after the others. */
    public PhotoFixture segment(byte[] segment) {
        rawSegments.add(segment);
        return this;
    }

    public byte[] bytes() {
        List<byte[]> segments = new ArrayList<>();
        if (exifDescription != null || exifCopyright != null || exifTaken != null) {
            segments.add(ExifPictures.segment(0xE1, ExifPictures.exifPayload(tiff())));
        }
        if (!xmpAttributes.isEmpty() || !xmpElements.isEmpty()) {
            segments.addAll(xmpSegments(xmpPacket()));
        }
        if (!iptcRecords.isEmpty()) {
            ByteArrayOutputStream iptc = new ByteArrayOutputStream();
            if (utf8Declared) {
                iptc.writeBytes(iptcRecord(1, 90, new byte[]{0x1B, '%', 'G'}));
            }
            iptcRecords.forEach(iptc::writeBytes);
            segments.add(ExifPictures.segment(0xED, photoshop(iptc.toByteArray())));
        }
        segments.addAll(rawSegments);
        return ExifPictures.withSegmentsBeforeScan(PLAIN, segments);
    }

    public Path write(Path file) {
        try {
            Files.write(file, bytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One IPTC dataset: 0x1C, record, dataset, its length (extended past 32767 bytes) and its bytes. */
    public static byte[] iptcRecord(int record, int dataset, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 9);
        out.write(0x1C);
        out.write(record);
        out.write(dataset);
        if (value.length < 0x8000) {
            out.write(value.length >> 8);
            out.write(value.length & 0xFF);
        } else {
            out.write(0x80);
            out.write(4);
            out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    /** An APP13 payload: "Photoshop 3.0\0" and one 8BIM resource 0x0404 (IPTC) holding {@code iptc}. */
    public static byte[] photoshop(byte[] iptc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(iptc.length + 32);
        out.writeBytes("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("8BIM".getBytes(StandardCharsets.US_ASCII));
        out.write(0x04);
        out.write(0x04);
        out.write(0); // an empty name
        out.write(0); // padded to an even length
        out.writeBytes(ByteBuffer.allocate(4).putInt(iptc.length).array());
        out.writeBytes(iptc);
        if (iptc.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    /** A big-endian TIFF: IFD0 (ImageDescription, Copyright, the Exif IFD's offset), the Exif IFD (DateTimeOriginal), then the texts. */
    private byte[] tiff() {
        Map<Integer, byte[]> ifd0 = new TreeMap<>();
        if (exifDescription != null) {
            ifd0.put(0x010E, ascii(exifDescription));
        }
        if (exifCopyright != null) {
            ifd0.put(0x8298, ascii(exifCopyright));
        }
        Map<Integer, byte[]> exif = new TreeMap<>();
        if (exifTaken != null) {
            exif.put(0x9003, ascii(exifTaken));
        }
        int ifd0Size = 2 + 12 * (ifd0.size() + (exif.isEmpty() ? 0 : 1)) + 4;
        int exifSize = exif.isEmpty() ? 0 : 2 + 12 * exif.size() + 4;
        int dataStart = 8 + ifd0Size + exifSize;
        int total = dataStart + ifd0.values().stream().mapToInt(v -> v.length).sum() + exif.values().stream().mapToInt(v -> v.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total);
        out.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        int[] data = {dataStart};
        ByteArrayOutputStream values = new ByteArrayOutputStream();
        out.putShort((short) (ifd0.size() + (exif.isEmpty() ? 0 : 1)));
        ifd0.forEach((tag, value) -> {
            out.putShort((short) (int) tag).putShort((short) 2).putInt(value.length).putInt(data[0]);
            data[0] += value.length;
            values.writeBytes(value);
        });
        if (!exif.isEmpty()) {
            out.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(8 + ifd0Size);
        }
        out.putInt(0);
        if (!exif.isEmpty()) {
            out.putShort((short) exif.size());
            exif.forEach((tag, value) -> {
                out.putShort((short) (int) tag).putShort((short) 2).putInt(value.length).putInt(data[0]);
                data[0] += value.length;
                values.writeBytes(value);
            });
            out.putInt(0);
        }
        out.put(values.toByteArray());
        return out.array();
    }

    private static byte[] ascii(String text) {
        byte[] bytes = text.getBytes(Charset.forName("ISO-8859-1"));
        byte[] terminated = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, terminated, 0, bytes.length);
        return terminated;
    }

    private String xmpPacket() {
        StringBuilder xml = new StringBuilder("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\"");
        xmpAttributes.forEach((name, value) -> xml.append(' ').append(name).append("=\"").append(escaped(value)).append('"'));
        xml.append('>');
        xmpElements.forEach((name, value) -> xml.append('<').append(name).append('>').append(value).append("</").append(name).append('>'));
        return xml.append("</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>").toString();
    }

    private static final String XMP_PREAMBLE = "http://ns.adobe.com/xap/1.0/\0";
    private static final String EXTENDED_PREAMBLE = "http://ns.adobe.com/xmp/extension/\0";
    private static final String GUID = "0123456789ABCDEF0123456789ABCDEF";
    private static final int EXTENDED_CHUNK = 65_000;

    /**
     * The APP1 segments of an XMP packet: one, when it fits; else the main packet saying
     * xmpNote:HasExtendedXMP and the whole packet in extended XMP segments (as Photoshop writes a long one).
     */
    private static List<byte[]> xmpSegments(String packet) {
        byte[] bytes = packet.getBytes(StandardCharsets.UTF_8);
        if (XMP_PREAMBLE.length() + bytes.length <= 65_533) {
            return List.of(ExifPictures.segment(0xE1, concat(XMP_PREAMBLE.getBytes(StandardCharsets.US_ASCII), bytes)));
        }
        String main = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
                + " xmlns:xmpNote=\"http://ns.adobe.com/xmp/note/\" xmpNote:HasExtendedXMP=\"" + GUID + "\"/>"
                + "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        List<byte[]> segments = new ArrayList<>();
        segments.add(ExifPictures.segment(0xE1, concat(XMP_PREAMBLE.getBytes(StandardCharsets.US_ASCII), main.getBytes(StandardCharsets.UTF_8))));
        for (int offset = 0; offset < bytes.length; offset += EXTENDED_CHUNK) {
            int length = Math.min(EXTENDED_CHUNK, bytes.length - offset);
            ByteBuffer payload = ByteBuffer.allocate(EXTENDED_PREAMBLE.length() + 32 + 8 + length);
            payload.put(EXTENDED_PREAMBLE.getBytes(StandardCharsets.US_ASCII)).put(GUID.getBytes(StandardCharsets.US_ASCII))
                    .putInt(bytes.length).putInt(offset).put(bytes, offset, length);
            segments.add(ExifPictures.segment(0xE1, payload.array()));
        }
        return segments;
    }

    private static String alt(String text) {
        return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(text) + "</rdf:li></rdf:Alt>";
    }

    /** Text as XML character data or an attribute's value. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
