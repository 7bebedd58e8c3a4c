package org.storyslides.newshow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.ContentLimits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyslides.newshow.PhotoFixture.BY_LINE;
import static org.storyslides.newshow.PhotoFixture.CAPTION;
import static org.storyslides.newshow.PhotoFixture.COPYRIGHT;
import static org.storyslides.newshow.PhotoFixture.CREDIT;
import static org.storyslides.newshow.PhotoFixture.DATE_CREATED;
import static org.storyslides.newshow.PhotoFixture.HEADLINE;
import static org.storyslides.newshow.PhotoFixture.TIME_CREATED;

/** A photo's caption, headline, credit and time, read with metadata-extractor from JPEGs written in the test. */
class PhotoFactsReaderTest {

    @TempDir
    Path folder;

    private PhotoFacts read(String name, PhotoFixture photo) {
        photo.write(folder.resolve(name));
        return PhotoFactsReader.read(new ContentFolder(folder), name);
    }

    @Test
    void iptcGivesCaptionHeadlineCreditAndTime() {
        PhotoFacts facts = read("a.jpg", PhotoFixture.jpeg().iptc(CAPTION, "Troops land, March 2016.").iptc(HEADLINE, "Landing")
                .iptc(BY_LINE, "Mike Blake").iptc(CREDIT, "Reuters").iptc(COPYRIGHT, "© Reuters")
                .iptc(DATE_CREATED, "20160321").iptc(TIME_CREATED, "143005+0300"));
        assertThat(facts.caption()).containsExactly("Troops land, March 2016.");
        assertThat(facts.headline()).contains("Landing");
        assertThat(facts.credit()).contains("Mike Blake/Reuters");
        assertThat(facts.taken()).contains(LocalDateTime.of(2016, 3, 21, 14, 30, 5));
        assertThat(facts.warning()).isEmpty();
        assertThat(facts.fileName()).isEqualTo("a.jpg");
    }

    @Test
    void xmpGivesCaptionHeadlineCreditAndTime() {
        PhotoFacts facts = read("b.jpg", PhotoFixture.jpeg().xmpDescription("Café at dawn & \"quotes\"").xmpHeadline("Morning")
                .xmpCreators("Ann Lee", "Bo Chen").xmpCredit("Getty Images").xmpRights("© Getty").xmpTaken("2016-03-21T09:15:00+01:00"));
        assertThat(facts.caption()).containsExactly("Café at dawn & \"quotes\"");
        assertThat(facts.headline()).contains("Morning");
        assertThat(facts.credit()).contains("Ann Lee, Bo Chen/Getty Images");
        assertThat(facts.taken()).contains(LocalDateTime.of(2016, 3, 21, 9, 15));
    }

    @Test
    void exifGivesCaptionCopyrightAndTime() {
        PhotoFacts facts = read("c.jpg", PhotoFixture.jpeg().exifDescription("A quiet street").exifCopyright("Copyright 2016 Jo Smith")
                .exifTaken("2016:03:21 08:00:01"));
        assertThat(facts.caption()).containsExactly("A quiet street");
        assertThat(facts.headline()).isEmpty();
        assertThat(facts.credit()).contains("Copyright 2016 Jo Smith");
        assertThat(facts.taken()).contains(LocalDateTime.of(2016, 3, 21, 8, 0, 1));
    }

    @Test
    void iptcWinsOverXmpAndXmpOverExif() {
        PhotoFacts facts = read("d.jpg", PhotoFixture.jpeg().iptc(CAPTION, "IPTC caption").iptc(HEADLINE, "IPTC headline")
                .xmpDescription("XMP caption").xmpHeadline("XMP headline").exifDescription("EXIF caption")
                .iptc(DATE_CREATED, "20200101").xmpTaken("2019-01-01T00:00:00").exifTaken("2018:01:01 00:00:00"));
        assertThat(facts.caption()).containsExactly("IPTC caption");
        assertThat(facts.headline()).contains("IPTC headline");
        assertThat(facts.taken()).as("EXIF's time first").contains(LocalDateTime.of(2018, 1, 1, 0, 0));
        PhotoFacts xmp = read("e.jpg", PhotoFixture.jpeg().xmpDescription("XMP caption").exifDescription("EXIF caption")
                .xmpTaken("2019-01-01T00:00:00").xmpCreated("2017-01-01"));
        assertThat(xmp.caption()).containsExactly("XMP caption");
        assertThat(xmp.taken()).contains(LocalDateTime.of(2019, 1, 1, 0, 0));
    }

    @Test
    void xmpDateCreatedIsTheLastTimeTaken() {
        PhotoFacts facts = read("f.jpg", PhotoFixture.jpeg().xmpCreated("2017-05-04"));
        assertThat(facts.taken()).contains(LocalDateTime.of(2017, 5, 4, 0, 0));
    }

    @Test
    void aMultiLineIptcCaptionIsParagraphs() {
        PhotoFacts facts = read("g.jpg", PhotoFixture.jpeg().iptc(CAPTION, "First.\r\nSecond.\n\nThird."));
        assertThat(facts.caption()).containsExactly("First.", "Second.", "Third.");
    }

    @Test
    void aPhotoWithoutMetadataHasNoneAndNoWarning() {
        PhotoFacts facts = read("plain.jpg", PhotoFixture.jpeg());
        assertThat(facts).isEqualTo(new PhotoFacts(folder.resolve("plain.jpg"), Optional.empty(), java.util.List.of(),
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void aPngIsReadForNoMetadata() throws IOException {
        Files.write(folder.resolve("p.png"), org.storyslides.gallery.ExifPictures.twoColoured("png", 4, 4,
                org.storyslides.gallery.ExifPictures.RedSide.TOP));
        PhotoFacts facts = PhotoFactsReader.read(new ContentFolder(folder), "p.png");
        assertThat(facts.caption()).isEmpty();
        assertThat(facts.warning()).isEmpty();
    }

    @Test
    void anEmptyJpegIsWarnedOfByName() throws IOException {
        Files.write(folder.resolve("empty.jpg"), new byte[0]);
        PhotoFacts facts = PhotoFactsReader.read(new ContentFolder(folder), "empty.jpg");
        assertThat(facts.caption()).isEmpty();
        assertThat(facts.warning()).contains("empty.jpg: its metadata could not be read (it is not a JPEG); a slide without a caption");
    }

    @Test
    void aJpegCutInItsSegmentsIsWarnedOfByName() throws IOException {
        byte[] whole = PhotoFixture.jpeg().iptc(CAPTION, "cut inside its IPTC").bytes();
        int iptc = new String(whole, StandardCharsets.ISO_8859_1).indexOf("Photoshop 3.0");
        Files.write(folder.resolve("cut.jpg"), java.util.Arrays.copyOf(whole, iptc + 20));
        PhotoFacts facts = PhotoFactsReader.read(new ContentFolder(folder), "cut.jpg");
        assertThat(facts.warning()).hasValueSatisfying(warning -> assertThat(warning).startsWith("cut.jpg: its metadata could not be read ("));
    }

    @Test
    void invalidUtf8InIptcStillGivesACaption() {
        byte[] broken = {'C', 'a', 'f', (byte) 0xC3, '(', ' ', (byte) 0xFF, 'x'};
        PhotoFacts facts = read("u.jpg", PhotoFixture.jpeg().iptcCharsetUnsaid().iptc(CAPTION, broken));
        assertThat(facts.caption()).hasSize(1);
        assertThat(facts.caption().get(0)).startsWith("Caf").endsWith("x");
        assertThat(org.storyslides.content.ContentText.unsafe(facts.caption().get(0))).isEmpty();
    }

    @Test
    void controlCharactersAndQuotesInACaptionAreCleaned() {
        PhotoFacts facts = read("q.jpg", PhotoFixture.jpeg().iptc(CAPTION, "  He said \"go\\\"\u0007 now\u001B[31m  ")
                .iptc(HEADLINE, "Two\nlines"));
        assertThat(facts.caption()).containsExactly("He said \"go\\\" now[31m");
        assertThat(facts.headline()).contains("Two lines");
    }

    @Test
    void aMegabyteCaptionInExtendedXmpIsCutToTheTextLimit() {
        String huge = "word ".repeat(200_000);
        PhotoFacts facts = read("huge.jpg", PhotoFixture.jpeg().xmpDescription(huge));
        assertThat(facts.caption()).hasSize(1);
        assertThat(facts.caption().get(0)).hasSizeLessThanOrEqualTo(ContentLimits.MAX_TEXT_CHARS).startsWith("word word");
        assertThat(facts.caption().get(0).length()).isGreaterThan(ContentLimits.MAX_TEXT_CHARS - 10);
    }

    @Test
    void anIptcRecordClaimingTwoGigabytesIsAWarningNotACrash() {
        byte[] claim = {0x1C, 2, (byte) CAPTION, (byte) 0x80, 4, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 'a', 'b'};
        PhotoFacts facts = read("claim.jpg", PhotoFixture.jpeg().segment(org.storyslides.gallery.ExifPictures.segment(0xED,
                PhotoFixture.photoshop(claim))));
        assertThat(facts.caption()).isEmpty();
        assertThat(facts.warning()).hasValueSatisfying(warning -> assertThat(warning).startsWith("claim.jpg: "));
    }

    @Test
    void aNameWithANewlineIsShownEscapedInItsWarning() throws IOException {
        Files.write(folder.resolve("two\nlines.jpg"), "not a jpeg".getBytes(StandardCharsets.US_ASCII));
        PhotoFacts facts = PhotoFactsReader.read(new ContentFolder(folder), "two\nlines.jpg");
        assertThat(facts.warning()).hasValueSatisfying(warning -> assertThat(warning).startsWith("two\\nlines.jpg: ").doesNotContain("\n"));
    }
}
