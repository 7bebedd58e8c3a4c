package org.storyslides.newshow;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The metadata fields a new show reads from a photo, as found (any may be missing: null, or an
 * empty list), and which of them wins: the caption is IPTC Caption-Abstract, else XMP
 * dc:description, else EXIF ImageDescription; the headline IPTC Headline, else XMP
 * photoshop:Headline; the credit is made of the By-line (IPTC, else XMP dc:creator) and the Credit
 * (IPTC, else XMP photoshop:Credit) as the bundled galleries print them, "Mike Blake/Reuters" (one
 * alone when there is one, or when one says the other), else the copyright notice (IPTC, XMP
 * dc:rights, EXIF); the time EXIF DateTimeOriginal, else IPTC Date and Time Created, else XMP
 * exif:DateTimeOriginal, else photoshop:DateCreated.
 */
record PhotoTags(String iptcCaption, String xmpDescription, String exifDescription,
                 String iptcHeadline, String xmpHeadline,
                 List<String> iptcByLines, List<String> xmpCreators, String iptcCredit, String xmpCredit,
                 String iptcCopyright, String xmpRights, String exifCopyright,
                 String exifTaken, String iptcDate, String iptcTime, String xmpTaken, String xmpCreated) {

    static final PhotoTags NONE = new PhotoTags(null, null, null, null, null, List.of(), List.of(), null, null,
            null, null, null, null, null, null, null, null);

    PhotoTags {
        iptcByLines = iptcByLines.stream().filter(Objects::nonNull).toList();
        xmpCreators = xmpCreators.stream().filter(Objects::nonNull).toList();
    }

    PhotoFacts facts(Path file) {
        return new PhotoFacts(file, taken(), caption(), headline(), credit(), Optional.empty());
    }

    List<String> caption() {
        return Stream.of(iptcCaption, xmpDescription, exifDescription).map(ShowText::paragraphs)
                .filter(paragraphs -> !paragraphs.isEmpty()).findFirst().orElse(List.of());
    }

    Optional<String> headline() {
        return first(iptcHeadline, xmpHeadline);
    }

    Optional<String> credit() {
        Optional<String> byLine = first(names(iptcByLines), names(xmpCreators));
        Optional<String> credit = first(iptcCredit, xmpCredit);
        if (byLine.isPresent() && credit.isPresent()) {
            return ShowText.line(combined(byLine.get(), credit.get()));
        }
        return byLine.or(() -> credit).or(() -> first(iptcCopyright, xmpRights, exifCopyright));
    }

    Optional<LocalDateTime> taken() {
        return PhotoTime.exif(exifTaken).or(() -> PhotoTime.iptc(iptcDate, iptcTime))
                .or(() -> PhotoTime.xmp(xmpTaken)).or(() -> PhotoTime.xmp(xmpCreated));
    }

    /**
     * "Mike Blake" and "Reuters" as "Mike Blake/Reuters"; one alone when it holds the other as whole
     * words, letter case aside ("Reuters" and "REUTERS/Mike Blake").
     */
    private static String combined(String byLine, String credit) {
        if (holds(credit, byLine)) {
            return credit;
        }
        if (holds(byLine, credit)) {
            return byLine;
        }
        return byLine + "/" + credit;
    }

    private static boolean holds(String text, String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /** Several creators as one line: "Ann Lee, Bo Chen". */
    private static String names(List<String> names) {
        return names.stream().map(ShowText::line).flatMap(Optional::stream).collect(Collectors.joining(", "));
    }

    private static Optional<String> first(String... texts) {
        return Stream.of(texts).map(ShowText::line).flatMap(Optional::stream).findFirst();
    }
}
