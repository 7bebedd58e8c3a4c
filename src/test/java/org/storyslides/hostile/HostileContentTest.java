package org.storyslides.hostile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.ContentFolderFixture;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.TestFiles;
import org.storyslides.content.GalleryLoad;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile content folders, read as --check (load) and the window (open) read them, in the app's heap:
 * each ends in content or in problems that name the file and the place, within seconds, with no
 * exception, and nothing is read from outside the folder.
 */
class HostileContentTest {

    private static final Duration SECONDS = Duration.ofSeconds(10);

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    ContentFolderFixture fixture;

    @BeforeEach
    void validFolder() {
        fixture = new ContentFolderFixture(folder);
    }

    /** The problems of the folder as written, as --check and the window both see them. */
    private List<String> problems() {
        fixture.write();
        return problemsAsItIs();
    }

    private List<String> problemsAsItIs() {
        return assertTimeoutPreemptively(SECONDS, () -> {
            LoadResult whole = new ContentLoader().load(folder);
            LoadResult opened = new ContentLoader().open(folder);
            assertThat(whole).isInstanceOf(LoadResult.Failed.class);
            assertThat(opened).as("the window refuses what --check refuses").isInstanceOf(LoadResult.Failed.class);
            return ((LoadResult.Failed) whole).problems().stream().map(Problem::toString).toList();
        });
    }

    @Test
    void aLetterUnderAHundredThousandCombiningMarksIsAProblemNotAHangOfTheTextShaper() {
        fixture.slide(1).getAsJsonArray("caption").set(0, new JsonPrimitive("a" + "\u0301".repeat(99_999)));

        assertThat(problems()).containsExactly("galleries/demo.json: $.slides[1].caption[0] (slide 2): a character carries 99,999 "
                + "combining marks (at most 16 are allowed), at character 2");
    }

    @Test
    void controlCharactersOtherThanOrdinaryWhiteSpaceAreAProblem() {
        fixture.story.addProperty("headline", "Breaking\u001b[31m news");
        fixture.slide(1).getAsJsonArray("caption").set(0, new JsonPrimitive("Tabs\tand\nnew lines are fine"));

        assertThat(problems()).containsExactly("story.json: $.headline: a control character (U+001B) at character 9");
    }

    @Test
    void aNamedPipeAsTheStoryOrAGalleryFileIsAProblemAtOnceNotAHang() throws Exception {
        fixture.write();
        Files.delete(folder.resolve("story.json"));
        assumeTrue(TestFiles.namedPipe(folder.resolve("story.json")), "mkfifo made no named pipe on this system");
        assertThat(problemsAsItIs()).containsExactly("story.json: not a regular file (a named pipe)");
        Files.delete(folder.resolve("story.json"));

        fixture.write();
        Files.delete(folder.resolve("galleries/demo.json"));
        assumeTrue(TestFiles.namedPipe(folder.resolve("galleries/demo.json")), "mkfifo made no named pipe on this system");
        assertThat(problemsAsItIs()).containsExactly("galleries/demo.json: not a regular file (a named pipe)");
    }

    @Test
    void aStoryOrAGalleryLinkedToADeviceIsRefusedUnread() throws IOException {
        fixture.write();
        Files.delete(folder.resolve("story.json"));
        Files.createSymbolicLink(folder.resolve("story.json"), Path.of("/dev/zero"));
        assertThat(problemsAsItIs()).containsExactly("story.json: must stay inside the content folder (it links outside)");
        Files.delete(folder.resolve("story.json"));

        fixture.write();
        Files.delete(folder.resolve("galleries/demo.json"));
        Files.createSymbolicLink(folder.resolve("galleries/demo.json"), Path.of("/dev/urandom"));
        assertThat(problemsAsItIs()).containsExactly("galleries/demo.json: must stay inside the content folder (it links outside)");
    }

    @Test
    void aGalleryLinkedToAValidGalleryOutsideTheFolderIsRefusedAndNothingOfItIsKept() throws IOException {
        fixture.write();
        JsonObject outside = fixture.gallery.deepCopy();
        outside.addProperty("title", "CANARY from outside the folder");
        Files.writeString(elsewhere.resolve("demo.json"), outside.toString());
        Files.delete(folder.resolve("galleries/demo.json"));
        Files.createSymbolicLink(folder.resolve("galleries/demo.json"), elsewhere.resolve("demo.json"));

        assertThat(problemsAsItIs()).containsExactly("galleries/demo.json: must stay inside the content folder (it links outside)")
                .noneMatch(problem -> problem.contains("CANARY"));
    }

    @Test
    void tenThousandShortParagraphsAreOneProblemNotAnOutOfMemoryError() {
        JsonArray body = fixture.story.getAsJsonArray("body");
        for (int i = 0; i < 10_000; i++) {
            JsonObject paragraph = new JsonObject();
            paragraph.addProperty("type", "paragraph");
            paragraph.addProperty("text", "P" + i + ".");
            body.add(paragraph);
        }

        fixture.write();
        fixture.writeText("story.json", fixture.story.toString());
        assertThat(problemsAsItIs()).containsExactly("story.json: $.body: too many blocks (10,003; the limit is 1,000)");
    }

    @Test
    void fiveHundredGalleriesAreOneProblemAndNoneOfTheirFilesIsRead() {
        JsonArray body = fixture.story.getAsJsonArray("body");
        for (int i = 0; i < 500; i++) {
            JsonObject gallery = new JsonObject();
            gallery.addProperty("type", "gallery");
            gallery.addProperty("text", "RELATED: " + i);
            gallery.addProperty("gallery", "g" + i);
            body.add(gallery);
        }

        // the 500 files are not there: reading them would have said so 500 times
        assertThat(problems()).containsExactly("story.json: $.body: too many galleries (501; the limit is 100)");
    }

    @Test
    void aHundredGalleriesOf300KilobytesOpenAndCheckInTheAppsHeap() throws IOException {
        JsonArray body = fixture.story.getAsJsonArray("body");
        JsonObject big = fixture.gallery.deepCopy();
        JsonArray slides = big.getAsJsonArray("slides");
        while (slides.size() < 1_000) {
            slides.add(fixture.slide(1).deepCopy());
        }
        slides.get(1).getAsJsonObject().getAsJsonArray("caption").set(0, new JsonPrimitive("w".repeat(100_000)));
        slides.get(1).getAsJsonObject().getAsJsonArray("caption").set(1, new JsonPrimitive("v".repeat(100_000)));
        for (int i = 1; i < 100; i++) {
            JsonObject block = new JsonObject();
            block.addProperty("type", "gallery");
            block.addProperty("text", "RELATED: " + i);
            block.addProperty("gallery", "g" + i);
            body.add(block);
            big.addProperty("id", "g" + i);
            fixture.writeText("galleries/g" + i + ".json", big.toString());
        }
        fixture.write();
        assertThat(Files.size(folder.resolve("galleries/g1.json"))).isGreaterThan(300_000);

        LoadResult checked = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new ContentLoader().load(folder));
        LoadResult opened = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new ContentLoader().open(folder));

        assertThat(checked).isInstanceOf(LoadResult.Loaded.class);
        Content content = ((LoadResult.Loaded) opened).content();
        assertThat(content.galleries()).hasSize(100);
        assertThat(content.slideCount()).isEqualTo(2 + 99 * 1_000);
        assertThat(content.gallery("g99")).isInstanceOf(GalleryLoad.Loaded.class);
    }

    @Test
    void aGalleryOf9999SlidesJustUnderEightMegabytesLoadsWhole() throws IOException {
        JsonArray slides = fixture.gallery.getAsJsonArray("slides");
        JsonObject slide = fixture.slide(1).deepCopy();
        JsonArray caption = new JsonArray();
        caption.add("c".repeat(330));
        caption.add("d".repeat(330));
        slide.add("caption", caption);
        while (slides.size() < 9_999) {
            slides.add(slide.deepCopy());
        }
        fixture.write();
        long size = Files.size(folder.resolve("galleries/demo.json"));
        assertThat(size).isBetween(7L << 20, 8L << 20);

        LoadResult result = assertTimeoutPreemptively(SECONDS, () -> new ContentLoader().load(folder));

        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        assertThat(((LoadResult.Loaded) result).content().slideCount()).isEqualTo(9_999);
    }

    @Test
    void fourHundredThousandUnknownFieldsAreCountedNotListedOneByOne() {
        JsonObject slide = fixture.slide(1);
        for (int i = 0; i < 400_000; i++) {
            slide.addProperty("x" + i, 0);
        }

        List<String> problems = problems();

        assertThat(problems).hasSize(101);
        assertThat(problems.get(0)).isEqualTo("galleries/demo.json: $.slides[1].x0 (slide 2): unknown field (expected one of: caption, credit, headline, image)");
        assertThat(problems.get(100)).isEqualTo("galleries/demo.json: \u2026 and 399,900 more problems in this file");
    }

    @Test
    void everyKindOfJsonSyntaxErrorIsSaidInPlainWordsWithLineAndColumn() {
        String[][] cases = {
                {"{\"headline\": \"H\" // a comment\n}", "story.json: line 1, column 18: a comment is not allowed in JSON"},
                {"{\"headline\": \"H\", /* a comment */ \"source\": \"S\"}", "story.json: line 1, column 19: a comment is not allowed in JSON"},
                {"{\"headline\": \"H\",}", "story.json: line 1, column 17: a comma before }"},
                {"{\"body\": [1, 2,]}", "story.json: line 1, column 15: a comma before ]"},
                {"{\"headline\": NaN}", "story.json: line 1, column 14: NaN is not a JSON value"},
                {"{'headline': 'H'}", "story.json: line 1, column 2: use double quotes (\") around names and strings"},
                {"{} {}", "story.json: line 1, column 4: more text after the end of the document (it ends at line 1, column 2)"},
                {"{\"headline\": " + "1".repeat(500_001) + "}",
                        "story.json: line 1, column 14: a number of 500,001 digits: no field in this format takes a number"},
                {"{\"headline\": \"H\"", "story.json: line 1, column 1: the file ends before this object is closed: a } is missing"},
        };
        for (String[] syntax : cases) {
            fixture.write();
            fixture.writeText("story.json", syntax[0]);
            List<String> problems = problemsAsItIs();
            assertThat(problems).as(syntax[1]).containsExactly(syntax[1]);
            assertThat(problems.get(0)).doesNotContainIgnoringCase("lenient").doesNotContainIgnoringCase("malformed");
        }
    }

    @Test
    void contentInAMessageIsShownEscapedAndCutNeverRaw() {
        fixture.slide(0).addProperty("image", "images/demo/x.png\n3 problems in /etc:");
        fixture.slide(1).addProperty("image", "images/\u001b[2J/x.png");
        fixture.gallery.addProperty("n".repeat(1_000_000), "a very long field name");
        fixture.gallery.addProperty("\u001b[2Jcolour", "an escape in a field name");

        List<String> problems = problems();

        assertThat(problems).containsExactly(
                "galleries/demo.json: $.slides[0].image (slide 1): file not found: images/demo/x.png\\n3 problems in /etc:",
                "galleries/demo.json: $.slides[1].image (slide 2): a control character (U+001B) at character 8",
                "galleries/demo.json: $[\"" + "n".repeat(40) + "\u2026\"]: unknown field (expected one of: id, slides, title)",
                "galleries/demo.json: $[\"\\u001B[2Jcolour\"]: unknown field (expected one of: id, slides, title)");
        assertThat(problems).allSatisfy(problem -> assertThat(problem).doesNotContain("\n", "\u001b").hasSizeLessThan(300));
    }

    @Test
    void aFieldGivenTwiceIsAProblemNotSilentlyTheLastValue() {
        fixture.write();
        String gallery = new String(read("galleries/demo.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"title\": \"Demo gallery\"", "\"title\": \"Demo gallery\", \"title\": \"Another title\"");
        fixture.writeText("galleries/demo.json", gallery);

        assertThat(problemsAsItIs()).containsExactly("galleries/demo.json: $.title: given twice in this object (a field may appear once)");
    }

    @Test
    void anImagePathTheWindowWouldResolveOtherwiseThanTheCheckIsRefused() {
        fixture.slide(0).addProperty("image", "images/demo/00-cover.png/.");

        assertThat(problems()).containsExactly("galleries/demo.json: $.slides[0].image (slide 1): write the path without empty or \".\" parts "
                + "(as folder/file.jpg): images/demo/00-cover.png/.");
    }

    @Test
    void aGalleryThatCannotBeShownIsReadAgainOnlyOnceItsFileChanged() throws IOException {
        fixture.write();
        JsonObject second = fixture.gallery.deepCopy();
        second.addProperty("id", "more");
        JsonObject block = new JsonObject();
        block.addProperty("type", "gallery");
        block.addProperty("text", "RELATED: More");
        block.addProperty("gallery", "more");
        fixture.story.getAsJsonArray("body").add(block);
        fixture.write();
        fixture.writeText("galleries/more.json", second.toString());
        Content content = ((LoadResult.Loaded) new ContentLoader().open(folder)).content();
        Supplier<GalleryLoad> show = () -> content.gallery("more");
        second.getAsJsonArray("slides").get(1).getAsJsonObject().addProperty("image", "images/nowhere.png");
        fixture.writeText("galleries/more.json", second.toString());

        GalleryLoad first = show.get();
        GalleryLoad again = show.get();

        assertThat(first).isInstanceOf(GalleryLoad.Failed.class);
        assertThat(again).as("not read again: the same answer").isSameAs(first);
        second.getAsJsonArray("slides").get(1).getAsJsonObject().addProperty("image", "images/demo/01.png");
        fixture.writeText("galleries/more.json", second.toString() + "\n");
        assertThat(show.get()).isInstanceOf(GalleryLoad.Loaded.class);
    }

    private byte[] read(String file) {
        try {
            return Files.readAllBytes(folder.resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
