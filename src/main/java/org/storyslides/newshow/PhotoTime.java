package org.storyslides.newshow;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a photo was taken, from the ways metadata writes it. Each gives the camera's local time (a
 * time zone, where one is written, is left aside: EXIF has none, and photos of one show are compared
 * as their cameras' clocks read). Anything that is not a real date and time is no time.
 */
final class PhotoTime {

    /** EXIF's "2017:02:16 14:30:05" (some writers use dashes in the date). */
    private static final Pattern EXIF = Pattern.compile("\\s*(\\d{4})[:-](\\d{2})[:-](\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2}).*", Pattern.DOTALL);
    /** IPTC's Date Created "20170216". */
    private static final Pattern IPTC_DATE = Pattern.compile("\\s*(\\d{4})(\\d{2})(\\d{2})\\s*");
    /** IPTC's Time Created "143005", "143005+0100". */
    private static final Pattern IPTC_TIME = Pattern.compile("\\s*(\\d{2})(\\d{2})(\\d{2})([+-]\\d{4})?\\s*");
    /** XMP's ISO 8601: "2017-02-16T14:30:05.25+01:00", "2017-02-16T14:30", "2017-02-16". */
    private static final Pattern XMP = Pattern.compile(
            "\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\s*");

    private PhotoTime() {
    }

    static Optional<LocalDateTime> exif(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = EXIF.matcher(text);
        return m.matches() ? of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)) : Optional.empty();
    }

    /** IPTC's date, and its time when one is given (midnight when not; a time that is not one makes it midnight too). */
    static Optional<LocalDateTime> iptc(String date, String time) {
        if (date == null) {
            return Optional.empty();
        }
        Matcher d = IPTC_DATE.matcher(date);
        if (!d.matches()) {
            return Optional.empty();
        }
        Matcher t = time == null ? null : IPTC_TIME.matcher(time);
        if (t != null && t.matches()) {
            Optional<LocalDateTime> timed = of(d.group(1), d.group(2), d.group(3), t.group(1), t.group(2), t.group(3));
            if (timed.isPresent()) {
                return timed;
            }
        }
        return of(d.group(1), d.group(2), d.group(3), "00", "00", "00");
    }

    static Optional<LocalDateTime> xmp(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = XMP.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return of(m.group(1), m.group(2), m.group(3), orZero(m.group(4)), orZero(m.group(5)), orZero(m.group(6)));
    }

    private static String orZero(String digits) {
        return digits == null ? "00" : digits;
    }

    private static Optional<LocalDateTime> of(String year, String month, String day, String hour, String minute, String second) {
        try {
            return Optional.of(LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day),
                    Integer.parseInt(hour), Integer.parseInt(minute), Integer.parseInt(second)));
        } catch (DateTimeException e) {
            return Optional.empty(); // "0000:00:00 00:00:00", a 31st of February
        }
    }
}
