package org.storyslides.newshow;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which metadata field gives a slide its caption, headline, credit and time. */
class PhotoTagsTest {

    /** Tags with only these set: caption, headline, credit and time fields by name. */
    private static PhotoTags tags(String... pairs) {
        String[] v = new String[17];
        List<String> byLines = List.of();
        List<String> creators = List.of();
        List<String> names = List.of("iptcCaption", "xmpDescription", "exifDescription", "iptcHeadline", "xmpHeadline",
                "iptcByLines", "xmpCreators", "iptcCredit", "xmpCredit", "iptcCopyright", "xmpRights", "exifCopyright",
                "exifTaken", "iptcDate", "iptcTime", "xmpTaken", "xmpCreated");
        for (int i = 0; i < pairs.length; i += 2) {
            switch (pairs[i]) {
                case "iptcByLines" -> byLines = Arrays.asList(pairs[i + 1].split("\\|"));
                case "xmpCreators" -> creators = Arrays.asList(pairs[i + 1].split("\\|"));
                default -> v[names.indexOf(pairs[i])] = pairs[i + 1];
            }
        }
        return new PhotoTags(v[0], v[1], v[2], v[3], v[4], byLines, creators, v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14],
                v[15], v[16]);
    }

    @Test
    void theCaptionIsIptcThenXmpThenExif() {
        assertThat(tags("iptcCaption", "I", "xmpDescription", "X", "exifDescription", "E").caption()).containsExactly("I");
        assertThat(tags("iptcCaption", "  ", "xmpDescription", "X", "exifDescription", "E").caption()).containsExactly("X");
        assertThat(tags("xmpDescription", "\u0000", "exifDescription", "E").caption()).containsExactly("E");
        assertThat(tags().caption()).isEmpty();
    }

    @Test
    void theHeadlineIsIptcThenXmp() {
        assertThat(tags("iptcHeadline", "I", "xmpHeadline", "X").headline()).contains("I");
        assertThat(tags("iptcHeadline", " ", "xmpHeadline", "X").headline()).contains("X");
        assertThat(tags().headline()).isEmpty();
    }

    @Test
    void byLineAndCreditAreJoinedAsTheBundledGalleriesPrintThem() {
        assertThat(tags("iptcByLines", "Mike Blake", "iptcCredit", "Reuters").credit()).contains("Mike Blake/Reuters");
        assertThat(tags("xmpCreators", "Ann Lee|Bo Chen", "xmpCredit", "AP").credit()).contains("Ann Lee, Bo Chen/AP");
        assertThat(tags("iptcByLines", "Ann Lee| |Bo Chen").credit()).contains("Ann Lee, Bo Chen");
    }

    @Test
    void oneAloneIsTheCreditAndOneHoldingTheOtherIsKeptAlone() {
        assertThat(tags("iptcByLines", "Mike Blake").credit()).contains("Mike Blake");
        assertThat(tags("iptcCredit", "Reuters").credit()).contains("Reuters");
        assertThat(tags("iptcByLines", "Reuters", "iptcCredit", "REUTERS/Mike Blake").credit()).contains("REUTERS/Mike Blake");
        assertThat(tags("iptcByLines", "Photo by Mike Blake/Reuters", "iptcCredit", "reuters").credit())
                .contains("Photo by Mike Blake/Reuters");
        assertThat(tags("iptcByLines", "AP", "iptcCredit", "AP").credit()).contains("AP");
        assertThat(tags("iptcByLines", "Al", "iptcCredit", "Reuters/Alan").credit()).as("whole words only").contains("Al/Reuters/Alan");
        assertThat(tags("iptcByLines", "Alan Reuters", "iptcCredit", "Reuters").credit()).contains("Alan Reuters");
        assertThat(tags("iptcByLines", "Ann (AP)", "iptcCredit", "(AP)").credit()).as("quoted as text").contains("Ann (AP)");
    }

    @Test
    void iptcWinsOverXmpForByLineAndCredit() {
        assertThat(tags("iptcByLines", "I", "xmpCreators", "X", "iptcCredit", "IC", "xmpCredit", "XC").credit()).contains("I/IC");
        assertThat(tags("xmpCreators", "X", "iptcCredit", " ", "xmpCredit", "XC").credit()).contains("X/XC");
        assertThat(tags("iptcByLines", " ", "xmpCreators", "X").credit()).contains("X");
    }

    @Test
    void withoutByLineOrCreditTheCopyrightIsTheCredit() {
        assertThat(tags("iptcCopyright", "© I", "xmpRights", "© X", "exifCopyright", "© E").credit()).contains("© I");
        assertThat(tags("xmpRights", "© X", "exifCopyright", "© E").credit()).contains("© X");
        assertThat(tags("exifCopyright", "© E").credit()).contains("© E");
        assertThat(tags("iptcCredit", "C", "exifCopyright", "© E").credit()).contains("C");
        assertThat(tags().credit()).isEmpty();
    }

    @Test
    void aLongJoinedCreditIsStillWithinTheTextLimit() {
        String half = "n".repeat(org.storyslides.content.ContentLimits.MAX_TEXT_CHARS);
        assertThat(tags("iptcByLines", half, "iptcCredit", "m" + half).credit().orElseThrow())
                .hasSize(org.storyslides.content.ContentLimits.MAX_TEXT_CHARS);
    }

    @Test
    void theTimeIsExifThenIptcThenXmpTakenThenXmpCreated() {
        LocalDateTime e = LocalDateTime.of(2001, 1, 1, 1, 1, 1);
        assertThat(tags("exifTaken", "2001:01:01 01:01:01", "iptcDate", "20020202", "xmpTaken", "2003-03-03", "xmpCreated", "2004-04-04")
                .taken()).contains(e);
        assertThat(tags("exifTaken", "junk", "iptcDate", "20020202", "iptcTime", "020202", "xmpTaken", "2003-03-03").taken())
                .contains(LocalDateTime.of(2002, 2, 2, 2, 2, 2));
        assertThat(tags("xmpTaken", "2003-03-03", "xmpCreated", "2004-04-04").taken()).contains(LocalDateTime.of(2003, 3, 3, 0, 0));
        assertThat(tags("xmpCreated", "2004-04-04").taken()).contains(LocalDateTime.of(2004, 4, 4, 0, 0));
        assertThat(tags().taken()).isEmpty();
    }

    @Test
    void factsCarryTheFileAndNoWarning() {
        PhotoFacts facts = tags("iptcCaption", "c", "iptcHeadline", "h", "iptcCredit", "r", "xmpCreated", "2004-04-04")
                .facts(Path.of("/p/x.jpg"));
        assertThat(facts.fileName()).isEqualTo("x.jpg");
        assertThat(facts.caption()).containsExactly("c");
        assertThat(facts.headline()).contains("h");
        assertThat(facts.credit()).contains("r");
        assertThat(facts.taken()).contains(LocalDateTime.of(2004, 4, 4, 0, 0));
        assertThat(facts.warning()).isEmpty();
    }

    @Test
    void missingListsAreEmptyAndNullItemsDropped() {
        PhotoTags tags = new PhotoTags(null, null, null, null, null, Arrays.asList("A", null), Arrays.asList((String) null), null, null,
                null, null, null, null, null, null, null, null);
        assertThat(tags.iptcByLines()).containsExactly("A");
        assertThat(tags.xmpCreators()).isEmpty();
        assertThat(PhotoTags.NONE.facts(Path.of("n.jpg")).credit()).isEmpty();
    }
}
