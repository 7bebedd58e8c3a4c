package org.storyslides.newshow;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLimits;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.Gallery;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Slide;
import org.storyslides.gallery.ExifPictures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.storyslides.newshow.PhotoFixture.BY_LINE;
import static org.storyslides.newshow.PhotoFixture.CAPTION;
import static org.storyslides.newshow.PhotoFixture.CREDIT;
import static org.storyslides.newshow.PhotoFixture.HEADLINE;

/** --new: a content folder written from a folder of photos, which the app's own loader takes as it is. */
class NewShowWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private Path photos;
    private final List<String> warnings = new ArrayList<>();
    private final NewShowWriter writer = new NewShowWriter(CLOCK, warnings::add);

    @BeforeEach
    void photosFolder() throws IOException {
        photos = Files.createDirectory(temp.resolve("photos"));
    }

    private NewShowReport write(String folder, String title, boolean link) throws NewShowException {
        return writer.write(new NewShowRequest(temp.resolve(folder), photos, Optional.ofNullable(title), link));
    }

    private static Content loaded(Path folder) {
        LoadResult result = new ContentLoader().load(folder);
        assertThat(result).as("the app's own check: %s", result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).content();
    }

    private static JsonObject json(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    private void threePhotos() {
        PhotoFixture.jpeg().exifTaken("2016:03:21 12:00:00").iptc(CAPTION, "Noon caption.").iptc(HEADLINE, "Noon")
                .iptc(BY_LINE, "Mike Blake").iptc(CREDIT, "Reuters").write(photos.resolve("a-noon.jpg"));
        PhotoFixture.jpeg().xmpTaken("2016-03-21T08:00:00").xmpDescription("Morning caption.").xmpCreators("Ann Lee")
                .write(photos.resolve("b-morning.JPG"));
        PhotoFixture.jpeg().xmpRights("© Jo Smith").write(photos.resolve("c-untimed.jpeg"));
    }

    @Test
    void theWrittenFolderPassesTheAppsOwnCheck() throws Exception {
        threePhotos();
        write("show", null, false);
        Content content = loaded(temp.resolve("show"));
        assertThat(content.story().headline()).isEqualTo("show");
        assertThat(content.galleries()).hasSize(1);
        assertThat(content.slideCount()).isEqualTo(4);
    }

    @Test
    void theStoryHasTheTitleTodaysDateAndSaysWhereToWrite() throws Exception {
        threePhotos();
        write("show", "A Day in \"Brussels\"", false);
        Content content = loaded(temp.resolve("show"));
        assertThat(content.story().headline()).isEqualTo("A Day in \"Brussels\"");
        assertThat(content.story().published()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(content.story().source()).isEqualTo(ShowJson.SOURCE);
        assertThat(content.story().dateline()).isEqualTo(ShowJson.DATELINE);
        JsonArray body = json(temp.resolve("show/story.json")).getAsJsonArray("body");
        assertThat(body).hasSize(2);
        assertThat(body.get(0).getAsJsonObject().get("text").getAsString())
                .isEqualTo("Write your story here: this paragraph is in " + temp.resolve("show/story.json") + ".");
        assertThat(body.get(1).getAsJsonObject().get("type").getAsString()).isEqualTo("gallery");
        assertThat(body.get(1).getAsJsonObject().get("gallery").getAsString()).isEqualTo("a-day-in-brussels");
        assertThat(body.get(1).getAsJsonObject().get("text").getAsString()).isEqualTo("A Day in \"Brussels\"");
    }

    @Test
    void slidesGoByCaptureTimeAndPhotosWithoutOneAfter() throws Exception {
        threePhotos();
        write("show", null, false);
        Gallery gallery = loaded(temp.resolve("show")).firstGallery();
        assertThat(gallery.slides()).extracting(Slide::image).containsExactly("images/show/b-morning.JPG",
                "images/show/b-morning.JPG", "images/show/a-noon.jpg", "images/show/c-untimed.jpeg");
    }

    @Test
    void photosWithoutTimesGoByName() throws Exception {
        for (String name : List.of("c.jpg", "a.png", "b.gif")) {
            Files.write(photos.resolve(name), ExifPictures.twoColoured(name.substring(2), 4, 4, ExifPictures.RedSide.TOP));
        }
        write("show", null, false);
        assertThat(loaded(temp.resolve("show")).firstGallery().slides()).extracting(Slide::image)
                .containsExactly("images/show/a.png", "images/show/a.png", "images/show/b.gif", "images/show/c.jpg");
    }

    @Test
    void eachSlideHasItsPhotosCaptionHeadlineAndCredit() throws Exception {
        threePhotos();
        write("show", null, false);
        List<Slide> slides = loaded(temp.resolve("show")).firstGallery().slides();
        assertThat(slides.get(1).caption()).containsExactly("Morning caption.");
        assertThat(slides.get(1).headlineText()).isEmpty();
        assertThat(slides.get(1).creditText()).contains("Ann Lee");
        assertThat(slides.get(2).caption()).containsExactly("Noon caption.");
        assertThat(slides.get(2).headlineText()).contains("Noon");
        assertThat(slides.get(2).creditText()).contains("Mike Blake/Reuters");
        assertThat(slides.get(3).caption()).isEmpty();
        assertThat(slides.get(3).creditText()).contains("© Jo Smith");
    }

    @Test
    void theCoverIsTheFirstPhotoUnderTheTitleAsTheBundledGalleriesOpen() throws Exception {
        threePhotos();
        write("show", "Spring", false);
        Gallery gallery = loaded(temp.resolve("show")).firstGallery();
        assertThat(gallery.title()).isEqualTo("Spring");
        Slide cover = gallery.slides().get(0);
        assertThat(cover.image()).isEqualTo(gallery.slides().get(1).image());
        assertThat(cover.headlineText()).contains("Spring");
        assertThat(cover.caption()).isEmpty();
        assertThat(cover.creditText()).as("the photo's credit goes with it").contains("Ann Lee");
        JsonObject file = json(temp.resolve("show/galleries/spring.json"));
        assertThat(file.get("id").getAsString()).isEqualTo("spring");
        assertThat(file.getAsJsonArray("slides").get(0).getAsJsonObject().keySet()).containsExactly("image", "headline", "caption", "credit");
    }

    @Test
    void aCoverWithoutACreditHasNone() throws Exception {
        PhotoFixture.jpeg().write(photos.resolve("plain.jpg"));
        write("show", null, false);
        JsonObject cover = json(temp.resolve("show/galleries/show.json")).getAsJsonArray("slides").get(0).getAsJsonObject();
        assertThat(cover.keySet()).containsExactly("image", "headline", "caption");
    }

    @Test
    void picturesAreCopiedByteForByteAsFilesOfTheirOwn() throws Exception {
        threePhotos();
        NewShowReport report = write("show", null, false);
        Path copy = temp.resolve("show/images/show/a-noon.jpg");
        assertThat(copy).hasSameBinaryContentAs(photos.resolve("a-noon.jpg"));
        assertThat(fileKey(copy)).isNotEqualTo(fileKey(photos.resolve("a-noon.jpg")));
        assertThat(report.linked()).isFalse();
    }

    @Test
    void linkMakesHardLinksTheSameFileNotSymbolicOnes() throws Exception {
        threePhotos();
        NewShowReport report = write("show", null, true);
        Path link = temp.resolve("show/images/show/a-noon.jpg");
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(fileKey(link)).isEqualTo(fileKey(photos.resolve("a-noon.jpg")));
        assertThat(Files.getAttribute(link, "unix:nlink")).isEqualTo(2);
        assertThat(report.linked()).isTrue();
        loaded(temp.resolve("show"));
    }

    @Test
    void linkAcrossFileSystemsSaysToDropLink() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isWritable(shm) && !Files.getFileStore(shm).equals(Files.getFileStore(temp)), "a second file system");
        threePhotos();
        Path other = Files.createTempDirectory(shm, "newshow");
        try {
            Path folder = other.resolve("show");
            assertThatThrownBy(() -> writer.write(new NewShowRequest(folder, photos, Optional.empty(), true)))
                    .isInstanceOfSatisfying(NewShowException.class, e -> {
                        assertThat(e.kind()).isEqualTo(NewShowException.Kind.NOT_WRITTEN);
                        assertThat(e.getMessage()).startsWith("cannot hard-link the pictures: " + photos + " and " + folder
                                + " are on different file systems; drop --link to copy them; nothing written in " + folder);
                    });
        } finally {
            try (var files = Files.walk(other)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftUntouched() throws Exception {
        threePhotos();
        Path folder = Files.createDirectory(temp.resolve("show"));
        byte[] story = "{\"mine\": true}".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("story.json"), story);
        assertThatThrownBy(() -> write("show", null, false)).isInstanceOfSatisfying(NewShowException.class, e -> {
            assertThat(e.kind()).isEqualTo(NewShowException.Kind.REFUSED);
            assertThat(e.getMessage()).isEqualTo(folder + " already exists and is not empty; --new never overwrites: name a new folder");
        });
        assertThat(Files.readAllBytes(folder.resolve("story.json"))).isEqualTo(story);
        try (var entries = Files.list(folder)) {
            assertThat(entries).containsExactly(folder.resolve("story.json"));
        }
    }

    @Test
    void aFileWhereTheFolderWouldBeIsRefused() throws Exception {
        threePhotos();
        Files.writeString(temp.resolve("show"), "mine");
        assertThatThrownBy(() -> write("show", null, false)).isInstanceOf(NewShowException.class)
                .hasMessage(temp.resolve("show") + " already exists and is not a folder; --new never overwrites: name a new folder");
        assertThat(temp.resolve("show")).hasContent("mine");
    }

    @Test
    void anEmptyFolderIsWrittenInto() throws Exception {
        threePhotos();
        Files.createDirectory(temp.resolve("show"));
        write("show", null, false);
        loaded(temp.resolve("show"));
    }

    @Test
    void aFolderThatCannotBeCreatedIsNotWritten() throws Exception {
        threePhotos();
        Files.writeString(temp.resolve("file"), "x");
        assertThatThrownBy(() -> write("file/show", null, false)).isInstanceOfSatisfying(NewShowException.class, e -> {
            assertThat(e.kind()).isEqualTo(NewShowException.Kind.NOT_WRITTEN);
            assertThat(e.getMessage()).startsWith("could not create " + temp.resolve("file/show") + " (")
                    .endsWith("; nothing written in " + temp.resolve("file/show") + "; the photos folder was only read");
        });
    }

    @Test
    void aMissingPhotosFolderIsRefused() {
        Path missing = temp.resolve("nowhere");
        assertThatThrownBy(() -> writer.write(new NewShowRequest(temp.resolve("show"), missing, Optional.empty(), false)))
                .isInstanceOfSatisfying(NewShowException.class, e -> assertThat(e.kind()).isEqualTo(NewShowException.Kind.REFUSED))
                .hasMessage("the photos folder " + missing + " does not exist");
        assertThat(temp.resolve("show")).doesNotExist();
    }

    @Test
    void aFileAsThePhotosFolderIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("one.jpg"), "x");
        assertThatThrownBy(() -> writer.write(new NewShowRequest(temp.resolve("show"), file, Optional.empty(), false)))
                .hasMessage(file + " is not a folder (--photos names the folder the photos are in)");
    }

    @Test
    void aFolderWithoutPicturesIsRefusedSayingWhatItHolds() throws IOException {
        Files.writeString(photos.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> write("show", null, false)).isInstanceOfSatisfying(NewShowException.class,
                        e -> assertThat(e.kind()).isEqualTo(NewShowException.Kind.REFUSED))
                .hasMessage("no pictures in " + photos + " (.jpg, .jpeg, .png, .gif or .bmp files, not in its folders): "
                        + "1 file skipped (not pictures): notes.txt");
        Files.delete(photos.resolve("notes.txt"));
        assertThatThrownBy(() -> write("show", null, false))
                .hasMessage("no pictures in " + photos + " (.jpg, .jpeg, .png, .gif or .bmp files, not in its folders)");
        assertThat(temp.resolve("show")).doesNotExist();
    }

    @Test
    void otherFilesAreCountedHiddenOnesAndFoldersPassedOverAndNothingReadInThem() throws Exception {
        PhotoFixture.jpeg().write(photos.resolve("one.jpg"));
        Files.writeString(photos.resolve("notes.txt"), "x");
        Files.writeString(photos.resolve("list.csv"), "x");
        PhotoFixture.jpeg().write(photos.resolve(".hidden.jpg"));
        Files.createDirectory(photos.resolve("inner"));
        PhotoFixture.jpeg().write(photos.resolve("inner/deeper.jpg"));
        NewShowReport report = write("show", null, false);
        assertThat(report.pictures()).isEqualTo(1);
        assertThat(report.skipped()).containsExactly("list.csv", "notes.txt");
        assertThat(report.lines()).contains("2 files skipped (not pictures): list.csv, notes.txt");
        try (var files = Files.list(temp.resolve("show/images/show"))) {
            assertThat(files).containsExactly(temp.resolve("show/images/show/one.jpg"));
        }
    }

    @Test
    void everyEndingTheAppShowsIsAPictureInAnyCase() throws Exception {
        for (String name : List.of("a.JPG", "b.Jpeg", "c.PNG", "d.gif", "e.BMP")) {
            Files.write(photos.resolve(name), new byte[]{1});
        }
        assertThat(write("show", null, false).pictures()).isEqualTo(5);
    }

    @Test
    void aPhotoWithoutCaptionOrCreditIsNotCounted() throws Exception {
        PhotoFixture.jpeg().write(photos.resolve("plain.jpg"));
        assertThat(write("show", null, false).lines()).contains("1 photo, 0 with captions, 0 with credits");
    }

    @Test
    void aPictureNameLinkingOutsideIsAWarningAndNoSlide() throws Exception {
        threePhotos();
        Files.createSymbolicLink(photos.resolve("passwd.jpg"), Path.of("/etc/passwd"));
        assertThat(write("show", null, false).pictures()).isEqualTo(3);
        assertThat(warnings).containsExactly("passwd.jpg skipped: must stay inside the content folder (it links outside)");
    }

    @Test
    void aJpegEndingWithoutAJpegStartIsWarnedOf() throws Exception {
        Files.write(photos.resolve("a.jpg"), new byte[]{(byte) 0xFF, 0x00, 1, 2});
        Files.write(photos.resolve("b.jpg"), new byte[]{0x00, (byte) 0xD8, 1, 2});
        write("show", null, false);
        assertThat(warnings).containsExactly(
                "a.jpg: its metadata could not be read (it is not a JPEG); a slide without a caption",
                "b.jpg: its metadata could not be read (it is not a JPEG); a slide without a caption");
    }

    @Test
    void theReasonIsTheFileSystemsInLowerCaseElseTheMessageElseTheKind() {
        assertThat(NewShowWriter.reason(new java.nio.file.FileSystemException("/x", null, "Not a directory"))).isEqualTo("not a directory");
        assertThat(NewShowWriter.reason(new java.nio.file.FileSystemException("/x"))).isEqualTo("/x");
        assertThat(NewShowWriter.reason(new IOException("Disk\nfull"))).isEqualTo("disk\\nfull");
        assertThat(NewShowWriter.reason(new IOException(" "))).isEqualTo("IOException");
        assertThat(NewShowWriter.reason(new IOException((String) null))).isEqualTo("IOException");
    }

    @Test
    void theSummaryCountsPhotosCaptionsAndCredits() throws Exception {
        threePhotos();
        NewShowReport report = write("show", null, false);
        assertThat(report.lines()).containsExactly(
                "wrote " + temp.resolve("show") + ": story.json, galleries/show.json, 3 pictures copied from " + photos
                        + " to images/show/",
                "3 photos, 2 with captions, 3 with credits");
        assertThat(warnings).isEmpty();
    }

    @Test
    void namesTheFormatRefusesAreMadeSafeAndNeverCollide() throws Exception {
        PhotoFixture.jpeg().write(photos.resolve("two\nlines.jpg"));
        PhotoFixture.jpeg().write(photos.resolve("two-lines.jpg"));
        PhotoFixture.jpeg().write(photos.resolve("back\\slash.jpg"));
        write("show", null, false);
        assertThat(loaded(temp.resolve("show")).firstGallery().slides()).extracting(Slide::image).containsExactly(
                "images/show/back-slash.jpg", "images/show/back-slash.jpg", "images/show/two-lines.jpg", "images/show/two-lines-2.jpg");
    }

    @Test
    void aTitleGivesTheIdAndABlankOneIsRefused() throws Exception {
        threePhotos();
        assertThat(write("show", "  Été 2024: Brussels  ", false).galleryId()).isEqualTo("ete-2024-brussels");
        assertThatThrownBy(() -> write("other", " \t ", false)).hasMessage("--title must not be blank");
    }

    @Test
    void aHugeTitleIsCutSoTheStoryStaysWithinItsLimit() throws Exception {
        threePhotos();
        write("show", "t".repeat(300_000), false);
        assertThat(loaded(temp.resolve("show")).story().headline()).hasSize(NewShowWriter.MAX_TITLE_CHARS);
    }

    @Test
    void aPhotoWhoseMetadataCannotBeReadIsASlideAndAWarning() throws Exception {
        threePhotos();
        Files.write(photos.resolve("d-broken.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xED, 0x7F});
        NewShowReport report = write("show", null, false);
        assertThat(report.pictures()).isEqualTo(4);
        assertThat(warnings).singleElement().asString().startsWith("d-broken.jpg: its metadata could not be read (")
                .doesNotContain("\n");
        assertThat(loaded(temp.resolve("show")).firstGallery().slides()).extracting(Slide::image).last()
                .isEqualTo("images/show/d-broken.jpg");
    }

    @Test
    void hostileCaptionsCannotBreakTheJson() throws Exception {
        String hostile = "\"}, {\"image\": \"../../etc/passwd\", \"caption\": [\"\\u0000\u0007\u001B[2J</script>";
        PhotoFixture.jpeg().iptc(CAPTION, hostile).iptc(HEADLINE, "\"\\").iptc(CREDIT, "\u0000").write(photos.resolve("x.jpg"));
        write("show", null, false);
        List<Slide> slides = loaded(temp.resolve("show")).firstGallery().slides();
        assertThat(slides).hasSize(2);
        assertThat(slides.get(1).caption()).containsExactly("\"}, {\"image\": \"../../etc/passwd\", \"caption\": [\"\\u0000[2J</script>");
        assertThat(slides.get(1).headlineText()).contains("\"\\");
        assertThat(slides.get(1).creditText()).isEmpty();
    }

    @Test
    void captionsPastTheGalleryFilesLimitAreCutUntilItFits() throws Exception {
        String caption = "c".repeat(60_000);
        byte[] photo = PhotoFixture.jpeg().xmpDescription(caption).bytes();
        for (int i = 0; i < 150; i++) {
            Files.write(photos.resolve(String.format("p%03d.jpg", i)), photo);
        }
        write("show", null, false);
        assertThat(Files.size(temp.resolve("show/galleries/show.json"))).isLessThanOrEqualTo(ContentLimits.MAX_FILE_BYTES);
        assertThat(warnings).containsExactly("captions, headlines and credits cut to 50,000 characters each, to keep the gallery file within 8 MB");
        assertThat(loaded(temp.resolve("show")).firstGallery().slides().get(1).caption().get(0)).hasSize(50_000);
    }

    @Test
    void moreThanAGalleryHoldsIsRefusedBeforeAnythingIsWritten() throws Exception {
        for (int i = 0; i < ContentLimits.MAX_SLIDES; i++) {
            Files.createFile(photos.resolve(i + ".jpg"));
        }
        assertThatThrownBy(() -> write("show", null, false))
                .hasMessage("10,000 pictures in " + photos + ": a gallery holds at most 9,999 photos and its cover");
        assertThat(temp.resolve("show")).doesNotExist();
    }

    @Test
    void theFolderNameIsTheTitleWhenNoneIsGiven() throws Exception {
        threePhotos();
        NewShowReport report = write("My Trip", null, false);
        assertThat(report.galleryId()).isEqualTo("my-trip");
        assertThat(loaded(temp.resolve("My Trip")).story().headline()).isEqualTo("My Trip");
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
