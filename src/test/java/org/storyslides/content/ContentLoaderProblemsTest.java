package org.storyslides.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Broken content folders, each with the message an author must see. */
class ContentLoaderProblemsTest {

    @TempDir
    Path folder;
    ContentFolderFixture fixture;

    @BeforeEach
    void validFolder() {
        fixture = new ContentFolderFixture(folder);
    }

    private List<String> problems() {
        LoadResult result = new ContentLoader().load(fixture.write());
        assertThat(result).isInstanceOf(LoadResult.Failed.class);
        return ((LoadResult.Failed) result).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theFixtureItselfLoads() {
        LoadResult result = new ContentLoader().load(fixture.write());
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        Content content = ((LoadResult.Loaded) result).content();
        assertThat(TestGalleries.of(content, "demo").slides()).hasSize(2);
        assertThat(TestGalleries.of(content, "demo").slides().get(1).caption()).containsExactly("One.", "Two.");
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() {
        fixture.write();
        fixture.writeText("galleries/demo.json", "{\n  \"id\": \"demo\",\n  \"title\": \"Demo\"\n  \"slides\": []\n}\n");
        LoadResult result = new ContentLoader().load(folder);
        assertThat(((LoadResult.Failed) result).problems()).singleElement().hasToString(
                "galleries/demo.json: line 4, column 3: a comma is missing between two fields");
    }

    @Test
    void trailingTextAfterTheDocumentIsMalformed() {
        fixture.write();
        fixture.writeText("story.json", "{} {}");
        LoadResult result = new ContentLoader().load(folder);
        assertThat(((LoadResult.Failed) result).problems()).extracting(Problem::toString).containsExactly(
                "story.json: line 1, column 4: more text after the end of the document (it ends at line 1, column 2)");
    }

    @Test
    void anEmptyFileIsNamed() {
        fixture.write();
        fixture.writeText("story.json", "  \n");
        LoadResult result = new ContentLoader().load(folder);
        assertThat(((LoadResult.Failed) result).problems()).extracting(Problem::toString)
                .containsExactly("story.json: the file is empty");
    }

    @Test
    void aMissingStoryFileIsNamed() throws IOException {
        fixture.write();
        Files.delete(folder.resolve("story.json"));
        LoadResult result = new ContentLoader().load(folder);
        assertThat(((LoadResult.Failed) result).problems()).extracting(Problem::toString)
                .containsExactly("story.json: file not found");
    }

    @Test
    void aMissingFolderIsNamed() {
        LoadResult result = new ContentLoader().load(folder.resolve("nowhere"));
        assertThat(((LoadResult.Failed) result).problems()).extracting(Problem::toString)
                .containsExactly(folder.resolve("nowhere") + ": content folder not found");
    }

    @Test
    void missingRequiredFields() {
        fixture.story.remove("headline");
        fixture.slide(1).remove("caption");
        assertThat(problems()).containsExactly(
                "story.json: $.headline: missing required field",
                "galleries/demo.json: $.slides[1].caption (slide 2): missing required field");
    }

    @Test
    void wrongTypes() {
        fixture.story.addProperty("source", 42);
        fixture.slide(1).addProperty("caption", "not a list");
        JsonArray caption = new JsonArray();
        caption.add("fine");
        caption.add(7);
        fixture.slide(0).add("caption", caption);
        assertThat(problems()).containsExactly(
                "story.json: $.source: expected a string, found a number (42)",
                "galleries/demo.json: $.slides[0].caption[1] (slide 1): expected a string, found a number (7)",
                "galleries/demo.json: $.slides[1].caption (slide 2): expected an array, found a string");
    }

    @Test
    void aMissingImageNamesItsPath() {
        fixture.slide(1).addProperty("image", "images/demo/07.png");
        assertThat(problems()).containsExactly(
                "galleries/demo.json: $.slides[1].image (slide 2): file not found: images/demo/07.png");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../outside.png          | must stay inside the content folder (no ..): ../outside.png",
            "images/../../secret.png | must stay inside the content folder (no ..): images/../../secret.png",
            "/etc/passwd             | must be relative to the content folder, not absolute: /etc/passwd",
            "https://example.com/a.png | must be a path inside the content folder, not a URL or drive: https://example.com/a.png",
            "file:///etc/passwd      | must be a path inside the content folder, not a URL or drive: file:///etc/passwd",
            "C:/Windows/win.ini      | must be a path inside the content folder, not a URL or drive: C:/Windows/win.ini",
            "images\\demo\\01.png    | 'use / between folder names, not \\: images\\demo\\01.png'",
    })
    void imagePathsMustStayInsideTheFolder(String image, String message) {
        fixture.slide(1).addProperty("image", image);
        assertThat(problems()).containsExactly("galleries/demo.json: $.slides[1].image (slide 2): " + message);
    }

    @Test
    void anImageLinkedFromOutsideTheFolderIsRefused(@TempDir Path elsewhere) throws IOException {
        fixture.write();
        Path secret = Files.writeString(elsewhere.resolve("secret.png"), "x");
        Files.createSymbolicLink(folder.resolve("images/demo/link.png"), secret);
        fixture.slide(1).addProperty("image", "images/demo/link.png");
        assertThat(problems()).containsExactly(
                "galleries/demo.json: $.slides[1].image (slide 2): must stay inside the content folder (it links outside): images/demo/link.png");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirstInTheOrderOfTheFile() {
        fixture.story.addProperty("published", "16 Feb 2017");
        fixture.block(0).addProperty("type", "quote");
        fixture.block(2).addProperty("gallery", "demo");
        fixture.gallery.addProperty("id", "other");
        fixture.gallery.addProperty("subtitle", "x");
        fixture.slide(0).addProperty("headline", " ");
        fixture.slide(1).addProperty("image", "images/demo/missing.png");
        assertThat(problems()).containsExactly(
                "story.json: $.published: expected a date as YYYY-MM-DD, found \"16 Feb 2017\"",
                "story.json: $.body[0].type: unknown block type \"quote\" (expected paragraph, gallery or seeAlso)",
                "story.json: $.body[2].gallery: only blocks of type \"gallery\" name a gallery",
                "galleries/demo.json: $.id: \"other\" does not match the file name (expected \"demo\")",
                "galleries/demo.json: $.slides[0].headline (slide 1): must not be empty",
                "galleries/demo.json: $.slides[1].image (slide 2): file not found: images/demo/missing.png",
                "galleries/demo.json: $.subtitle: unknown field (expected one of: id, slides, title)");
    }

    @Test
    void aGalleryBlockMustNameAnExistingGallery() {
        fixture.block(1).addProperty("gallery", "nope");
        assertThat(problems()).containsExactly(
                "story.json: $.body[1].gallery: no gallery file galleries/nope.json for gallery \"nope\"");
    }

    @Test
    void aStoryWithoutAGalleryIsRefused() {
        fixture.story.getAsJsonArray("body").remove(1);
        assertThat(problems()).containsExactly(
                "story.json: $.body: the story embeds no gallery (add a block with \"type\": \"gallery\")");
    }

    @Test
    void emptySlidesAndBodyAreRefused() {
        fixture.gallery.add("slides", new JsonArray());
        assertThat(problems()).containsExactly("galleries/demo.json: $.slides: must not be empty");
    }

    @Test
    void aBadGalleryIdIsExplained() {
        fixture.block(1).add("gallery", new JsonPrimitive("../demo"));
        assertThat(problems()).containsExactly(
                "story.json: $.body[1].gallery: a gallery id is lower-case letters, digits and dashes: \"../demo\"",
                "story.json: $.body: the story embeds no gallery (add a block with \"type\": \"gallery\")");
    }

    @Test
    void textThatIsNotUtf8IsNamed() {
        fixture.write();
        fixture.writeBytes("galleries/demo.json", new byte[]{'{', (byte) 0xC3, (byte) 0x28, '}'});
        LoadResult result = new ContentLoader().load(folder);
        assertThat(((LoadResult.Failed) result).problems()).extracting(Problem::toString)
                .containsExactly("galleries/demo.json: byte 1: not UTF-8 text");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        fixture.write();
        String story = "\uFEFF" + new String(readBytes("story.json"), java.nio.charset.StandardCharsets.UTF_8);
        fixture.writeText("story.json", story);
        assertThat(new ContentLoader().load(folder)).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void aGalleryOver8MegabytesAndAStoryOver512KilobytesAreRefusedUnread() {
        fixture.write();
        fixture.writeZeros("galleries/demo.json", (8 << 20) + 1);
        fixture.writeZeros("story.json", (512 << 10) + 1);
        LoadResult result = new ContentLoader().load(folder);
        assertThat(((LoadResult.Failed) result).problems()).extracting(Problem::toString)
                .containsExactly("story.json: the file is too large (524,289 bytes; the limit is 524,288)");
        fixture.write();
        fixture.writeZeros("galleries/demo.json", (8 << 20) + 1);
        assertThat(((LoadResult.Failed) new ContentLoader().load(folder)).problems()).extracting(Problem::toString)
                .containsExactly("galleries/demo.json: the file is too large (8,388,609 bytes; the limit is 8,388,608)");
    }

    @Test
    void textOver100000CharactersIsRefused() {
        fixture.slide(1).getAsJsonArray("caption").set(0, new JsonPrimitive("x".repeat(100_001)));
        assertThat(problems()).containsExactly(
                "galleries/demo.json: $.slides[1].caption[0] (slide 2): text too long (100,001 characters; the limit is 100,000)");
    }

    @Test
    void moreThan10000SlidesAreRefused() {
        JsonArray slides = new JsonArray();
        for (int i = 0; i < 10_001; i++) {
            slides.add(fixture.slide(1).deepCopy());
        }
        fixture.gallery.add("slides", slides);
        assertThat(problems()).containsExactly("galleries/demo.json: $.slides: too many slides (10,001; the limit is 10,000)");
    }

    @Test
    void nestingDeeperThan64IsRefused() {
        fixture.write();
        fixture.writeText("story.json", "[".repeat(65) + "]".repeat(65));
        LoadResult result = new ContentLoader().load(folder);
        assertThat(((LoadResult.Failed) result).problems()).extracting(Problem::toString)
                .containsExactly("story.json: line 1, column 65: nested deeper than 64 levels");
    }

    private byte[] readBytes(String file) {
        try {
            return Files.readAllBytes(folder.resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
