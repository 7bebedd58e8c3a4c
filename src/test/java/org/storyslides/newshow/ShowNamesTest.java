package org.storyslides.newshow;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The gallery's id from the title, and the pictures' names: kept when the content format takes them, else made safe; never two alike. */
class ShowNamesTest {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    void anIdIsLowerCaseLettersDigitsAndDashes() {
        assertThat(ShowNames.galleryId("Café Day, 2024!")).isEqualTo("cafe-day-2024");
        assertThat(ShowNames.galleryId("show")).isEqualTo("show");
        assertThat(ShowNames.galleryId("--My  Trip--")).isEqualTo("my-trip");
        assertThat(ShowNames.galleryId("Ｆｕｌｌ width")).isEqualTo("full-width");
        assertThat(ShowNames.galleryId("東京")).isEqualTo(ShowNames.DEFAULT_ID);
        assertThat(ShowNames.galleryId("")).isEqualTo("photos");
    }

    @Test
    void aLongIdIsCutAtADash() {
        String id = ShowNames.galleryId("word ".repeat(30));
        assertThat(id).matches(ID).hasSizeLessThanOrEqualTo(ShowNames.MAX_ID_CHARS).startsWith("word-word").endsWith("word");
        assertThat(id).hasSize(59);
        assertThat(ShowNames.galleryId("x".repeat(100))).isEqualTo("x".repeat(ShowNames.MAX_ID_CHARS));
        assertThat(ShowNames.galleryId("x".repeat(ShowNames.MAX_ID_CHARS))).hasSize(ShowNames.MAX_ID_CHARS);
        String sixty = "a-" + "x".repeat(ShowNames.MAX_ID_CHARS - 2);
        assertThat(ShowNames.galleryId(sixty)).as("an id of the longest length is kept whole").isEqualTo(sixty);
    }

    @Test
    void namesTheFormatTakesAreKept() {
        assertThat(ShowNames.keepable("IMG_0001.JPG")).isTrue();
        assertThat(ShowNames.keepable("café au lait.jpg")).isTrue();
        assertThat(ShowNames.keepable("a".repeat(196) + ".jpg")).isTrue();
    }

    @Test
    void namesTheFormatRefusesAreNotKept() {
        assertThat(ShowNames.keepable("two\nlines.jpg")).isFalse();
        assertThat(ShowNames.keepable("back\\slash.jpg")).isFalse();
        assertThat(ShowNames.keepable("a/b.jpg")).isFalse();
        assertThat(ShowNames.keepable("/b.jpg")).isFalse();
        assertThat(ShowNames.keepable("\\b.jpg")).isFalse();
        assertThat(ShowNames.keepable(" lead.jpg")).isFalse();
        assertThat(ShowNames.keepable("trail.jpg ")).isFalse();
        assertThat(ShowNames.keepable(".hidden.jpg")).isFalse();
        assertThat(ShowNames.keepable(".")).isFalse();
        assertThat(ShowNames.keepable("..")).isFalse();
        assertThat(ShowNames.keepable(" ")).isFalse();
        assertThat(ShowNames.keepable("cafe\u0301.jpg")).as("not NFC").isFalse();
        assertThat(ShowNames.keepable("a".repeat(197) + ".jpg")).isFalse();
        assertThat(ShowNames.keepable("x" + "\u0301".repeat(17) + ".jpg")).isFalse();
    }

    @Test
    void aSafeNameKeepsLettersDigitsAndItsExtension() {
        assertThat(ShowNames.safe("two\nlines.JPG")).isEqualTo("two-lines.jpg");
        assertThat(ShowNames.safe("back\\sla sh.Jpeg")).isEqualTo("back-sla-sh.jpeg");
        assertThat(ShowNames.safe("東京.png")).isEqualTo("photo.png");
        assertThat(ShowNames.safe("noextension")).isEqualTo("noextension");
        assertThat(ShowNames.safe(".jpg")).isEqualTo("jpg");
        assertThat(ShowNames.safe("a.\u0007")).isEqualTo("a");
        assertThat(ShowNames.safe("y".repeat(300) + ".jpg")).isEqualTo("y".repeat(ShowNames.MAX_ID_CHARS) + ".jpg");
        assertThat(ShowNames.safe("y".repeat(ShowNames.MAX_ID_CHARS) + ".jpg")).isEqualTo("y".repeat(ShowNames.MAX_ID_CHARS) + ".jpg");
    }

    @Test
    void noTwoPicturesShareAName() {
        ShowNames names = new ShowNames();
        assertThat(names.pictureName("a.jpg")).isEqualTo("a.jpg");
        assertThat(names.pictureName("A.JPG")).isEqualTo("A-2.JPG");
        assertThat(names.pictureName("a\n.jpg")).isEqualTo("a-3.jpg");
        assertThat(names.pictureName("a-2.jpg")).isEqualTo("a-2-2.jpg");
        assertThat(names.pictureName("two\nlines.jpg")).isEqualTo("two-lines.jpg");
        assertThat(names.pictureName("noext")).isEqualTo("noext");
        assertThat(names.pictureName("noext")).isEqualTo("noext-2");
    }
}
