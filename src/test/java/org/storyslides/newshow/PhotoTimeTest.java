package org.storyslides.newshow;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Capture times as EXIF, IPTC and XMP write them; anything else is no time. */
class PhotoTimeTest {

    private static final LocalDateTime T = LocalDateTime.of(2017, 2, 16, 14, 30, 5);

    @Test
    void exif() {
        assertThat(PhotoTime.exif("2017:02:16 14:30:05")).contains(T);
        assertThat(PhotoTime.exif("2017-02-16 14:30:05")).contains(T);
        assertThat(PhotoTime.exif(" 2017:02:16 14:30:05\u0000junk")).contains(T);
        assertThat(PhotoTime.exif("0000:00:00 00:00:00")).isEmpty();
        assertThat(PhotoTime.exif("2017:02:30 14:30:05")).isEmpty();
        assertThat(PhotoTime.exif("2017:02:16")).isEmpty();
        assertThat(PhotoTime.exif("")).isEmpty();
        assertThat(PhotoTime.exif(null)).isEmpty();
    }

    @Test
    void iptcDateAndTime() {
        assertThat(PhotoTime.iptc("20170216", "143005+0100")).contains(T);
        assertThat(PhotoTime.iptc("20170216", "143005")).contains(T);
        assertThat(PhotoTime.iptc(" 20170216 ", "143005-0500")).contains(T);
        assertThat(PhotoTime.iptc("20170216", null)).contains(T.toLocalDate().atStartOfDay());
        assertThat(PhotoTime.iptc("20170216", "noon")).contains(T.toLocalDate().atStartOfDay());
        assertThat(PhotoTime.iptc("20170216", "256161")).as("a time that is not one").contains(T.toLocalDate().atStartOfDay());
        assertThat(PhotoTime.iptc("2017-02-16", "143005")).isEmpty();
        assertThat(PhotoTime.iptc("20171316", "143005")).isEmpty();
        assertThat(PhotoTime.iptc(null, "143005")).isEmpty();
    }

    @Test
    void xmpIso8601() {
        assertThat(PhotoTime.xmp("2017-02-16T14:30:05")).contains(T);
        assertThat(PhotoTime.xmp("2017-02-16T14:30:05.25+01:00")).contains(T);
        assertThat(PhotoTime.xmp("2017-02-16T14:30:05Z")).contains(T);
        assertThat(PhotoTime.xmp("2017-02-16T14:30:05-0800")).contains(T);
        assertThat(PhotoTime.xmp("2017-02-16T14:30")).contains(T.withSecond(0));
        assertThat(PhotoTime.xmp("2017-02-16")).contains(T.toLocalDate().atStartOfDay());
        assertThat(PhotoTime.xmp("2017-02")).isEmpty();
        assertThat(PhotoTime.xmp("yesterday")).isEmpty();
        assertThat(PhotoTime.xmp("2017-02-16T25:00")).isEmpty();
        assertThat(PhotoTime.xmp(null)).isEmpty();
    }
}
