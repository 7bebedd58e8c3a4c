package org.storyslides.gallery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyslides.content.Content;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.ContentFolderFixture;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.FileRefusedException;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;
import org.storyslides.content.TestImages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyslides.gallery.ExifPictures.orientationEntry;
import static org.storyslides.gallery.ExifPictures.tiff;

/** The pictures of a folder checked as the window will decode them, with no decoding and no toolkit. */
class PictureCheckTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "gif", "bmp"})
    void aWholePictureOfEachFormatWillShow(String format) throws IOException {
        write("a." + format, TestImages.picture(format, 320, 180));

        assertThat(check().refusal("a." + format)).isEmpty();
    }

    @Test
    void aTextFileNamedJpgIsNotAPicture() throws IOException {
        write("a.jpg", "this is not a picture".getBytes());

        assertThat(summary("a.jpg")).isEqualTo("not a picture (not a JPEG, PNG, GIF or BMP picture)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "gif"})
    void aPictureCutShortIsFoundFromItsLastBytes(String format) throws IOException {
        byte[] whole = TestImages.picture(format, 320, 180);
        write("a." + format, Arrays.copyOf(whole, whole.length - 1));
        String name = Optional.of(format).map(f -> f.equals("jpg") ? "JPEG" : f.toUpperCase()).get();

        assertThat(summary("a." + format)).isEqualTo("damaged or cut short (the " + name + " data is cut short)");
    }

    @Test
    void aJpegCutToItsHeaderIsCutShort() throws IOException {
        byte[] jpeg = TestImages.picture("jpg", 320, 180);
        write("a.jpg", Arrays.copyOf(jpeg, ExifPictures.startOfScan(jpeg) + 4));

        assertThat(summary("a.jpg")).isEqualTo("damaged or cut short (the JPEG data is cut short)");
    }

    @Test
    void aBitmapHasNoEndToCheckSoItsHeaderDecides() throws IOException {
        byte[] bmp = TestImages.picture("bmp", 320, 180);
        write("a.bmp", Arrays.copyOf(bmp, bmp.length - 1000));

        assertThat(check().refusal("a.bmp")).isEmpty();
    }

    @Test
    void anEmptyFileEndsInsideItsHeader() throws IOException {
        write("a.png", new byte[0]);

        assertThat(summary("a.png")).isEqualTo("damaged or cut short (the file ends inside its header)");
    }

    @Test
    void aPictureTooLargeByItsDimensionsIsTooLarge() throws IOException {
        // scaled to fit 2160 x 2160: 64 MB decoded whole and 18.7 MB scaled
        write("a.png", TestImages.bombPng(4000, 4000));

        assertThat(summary("a.png")).isEqualTo("too large (a 4000 x 4000 PNG would take 78 MB to decode, over the 40 MB allowed)");
    }

    @Test
    void aPictureIsCheckedToFitAFourKScreen() throws IOException {
        // 3840 x 2160 at its own size: 32 MB decoded and as much for its copy (on a full HD screen it would fit)
        write("a.png", TestImages.bombPng(3840, 2160));
        write("b.png", TestImages.bombPng(2560, 1440));

        assertThat(check().refusal("a.png")).get().extracting(PictureRefusedException::reason)
                .isEqualTo(PictureRefusedException.Reason.TOO_LARGE);
        assertThat(check().refusal("b.png")).isEmpty();
    }

    @Test
    void aPictureTurnedUprightCountsTheTurnedCopyAsTheWindowDoes() throws IOException {
        // 2000 x 2000 PNG: 32 MB decoded and copied; turned, one more copy, 48 MB, over the 40 MB
        write("upright.png", TestImages.bombPng(2000, 2000));
        write("turned.png", ExifPictures.pngWithExif(TestImages.bombPng(2000, 2000), tiff(orientationEntry(6))));

        assertThat(check().refusal("upright.png")).isEmpty();
        assertThat(summary("turned.png")).isEqualTo("too large (a 2000 x 2000 PNG would take 45 MB to decode, over the 40 MB allowed)");
    }

    @Test
    void aTurnedPictureIsFittedWithItsSidesSwapped() throws IOException {
        // stored 2800 x 1800, shown 1800 x 2800: fitted to 2160 x 3840 it is scaled to 2160 x 1389 (15.1 MB decoded,
        // 12 MB scaled, 12 MB turned: fits); fitted unswapped to 3840 x 2160 it would be at its own size (55 MB)
        write("turned.jpg", ExifPictures.withExif(jpegClaiming(2800, 1800), tiff(orientationEntry(6))));

        assertThat(check().refusal("turned.jpg")).isEmpty();
    }

    @Test
    void aMissingPictureIsMissing() {
        assertThat(summary("gone.jpg")).isEqualTo("missing (file not found)");
    }

    @Test
    void aFolderIsNotAPicture() throws IOException {
        Files.createDirectories(folder.resolve("a.jpg"));

        PictureRefusedException refused = check().refusal("a.jpg").orElseThrow();

        assertThat(refused.summary()).isEqualTo("cannot be read (a folder, not a file)");
        assertThat(refused.fileReason()).contains(FileRefusedException.Reason.NOT_A_FILE);
    }

    @Test
    void aJpegWithBytesAfterItsEndIsCutShortAsTheWindowSaysAtTheFilesEnd() throws IOException {
        byte[] jpeg = TestImages.picture("jpg", 320, 180);
        write("a.jpg", Arrays.copyOf(jpeg, jpeg.length + 1));

        assertThat(summary("a.jpg")).isEqualTo("damaged or cut short (the JPEG data is cut short)");
    }

    @Test
    void aPictureIsReadOnceWhateverChangesAfter() throws IOException {
        write("a.jpg", TestImages.picture("jpg", 320, 180));
        PictureCheck check = check();
        assertThat(check.refusal("a.jpg")).isEmpty();

        write("a.jpg", "not a picture any more".getBytes());

        assertThat(check.refusal("a.jpg")).as("what was found the first time").isEmpty();
        assertThat(check.picturesRead()).isEqualTo(1);
        assertThat(check().refusal("a.jpg")).as("a new check reads it again").isPresent();
    }

    @Test
    void eachSlideOfABrokenPictureIsAProblemAtItsImageButThePictureIsReadOnce(@TempDir Path content) {
        ContentFolderFixture fixture = new ContentFolderFixture(content);
        fixture.slide(0).addProperty("image", "images/demo/01.png");
        fixture.write();
        Content loaded = load(content);
        fixture.writeText("images/demo/01.png", "gone bad");
        PictureCheck check = new PictureCheck(loaded.files());

        List<Problem> problems = check.checkAll(loaded);

        String message = "images/demo/01.png: not a picture (not a JPEG, PNG, GIF or BMP picture)";
        assertThat(problems).containsExactly(
                new Problem("galleries/demo.json", "$.slides[0].image", message),
                new Problem("galleries/demo.json", "$.slides[1].image", message));
        assertThat(check.picturesRead()).isEqualTo(1);
    }

    @Test
    void aFolderWhosePicturesAllShowHasNoProblems(@TempDir Path content) {
        ContentFolderFixture fixture = new ContentFolderFixture(content);
        fixture.write();

        assertThat(PictureCheck.check(load(content))).isEmpty();
    }

    @Test
    void aGalleryThatNoLongerLoadsGivesItsOwnProblems(@TempDir Path content) {
        ContentFolderFixture fixture = new ContentFolderFixture(content);
        fixture.story.getAsJsonArray("body").add(com.google.gson.JsonParser.parseString(
                "{\"type\": \"gallery\", \"text\": \"RELATED: Other\", \"gallery\": \"other\"}"));
        fixture.write();
        fixture.writeText("galleries/other.json", fixture.gallery.toString().replace("\"demo\"", "\"other\""));
        Content loaded = ((LoadResult.Loaded) new ContentLoader().open(content)).content();
        fixture.writeText("galleries/other.json", "{");

        List<Problem> problems = PictureCheck.check(loaded);

        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem.file()).isEqualTo("galleries/other.json"));
    }

    /** Each hostile picture: the window's decoder path (toolkit-free part) and the check refuse it alike. */
    static Stream<Hostile> hostilePictures() {
        byte[] jpeg = TestImages.picture("jpg", 320, 180);
        byte[] png = TestImages.picture("png", 320, 180);
        byte[] gif = TestImages.picture("gif", 320, 180);
        List<Hostile> cases = new ArrayList<>(List.of(
                new Hostile("good.jpg", jpeg),
                new Hostile("good.png", png),
                new Hostile("good.gif", gif),
                new Hostile("text.jpg", "not a picture".getBytes()),
                new Hostile("empty.jpg", new byte[0]),
                new Hostile("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)),
                new Hostile("cut.png", Arrays.copyOf(png, png.length - 5)),
                new Hostile("cut.gif", Arrays.copyOf(gif, gif.length - 1)),
                new Hostile("header-only.jpg", Arrays.copyOf(jpeg, 40)),
                new Hostile("bomb.png", TestImages.bombPng(4000, 4000)),
                new Hostile("bomb.jpg", jpegClaiming(65_535, 65_535)),
                new Hostile("zero.png", TestImages.bombPng(0, 10)),
                new Hostile("os2.bmp", PictureBytes.bmpHeader(12, 100, 100)),
                new Hostile("turned.png", ExifPictures.pngWithExif(TestImages.bombPng(2000, 2000), tiff(orientationEntry(6))))));
        return cases.stream();
    }

    record Hostile(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest
    @MethodSource("hostilePictures")
    void theWindowsDecoderPathRefusesAPictureIffTheCheckDoesAndSaysTheSame(Hostile picture) throws IOException {
        write(picture.name(), picture.bytes());

        Optional<PictureRefusedException> byCheck = check().refusal(picture.name());
        Optional<PictureRefusedException> byWindow = windowRefusal(picture.name());

        assertThat(byCheck.map(PictureRefusedException::summary)).isEqualTo(byWindow.map(PictureRefusedException::summary));
        assertThat(byCheck.map(PictureRefusedException::reason)).isEqualTo(byWindow.map(PictureRefusedException::reason));
    }

    @Test
    void theHostilePicturesButTheGoodOnesAreRefused() throws IOException {
        for (Hostile picture : hostilePictures().toList()) {
            write(picture.name(), picture.bytes());
            assertThat(check().refusal(picture.name())).as(picture.name()).matches(
                    refused -> refused.isPresent() != picture.name().startsWith("good."));
        }
    }

    /**
     * What FxPictureDecoder does before JavaFX's decoder, as it does it: the file through the guard, its
     * header checked, the decode costed at the check's area, then every byte read as a decoder reads
     * them to the end, so the stream's end check runs.
     */
    private Optional<PictureRefusedException> windowRefusal(String path) throws IOException {
        ContentFolder files = new ContentFolder(folder);
        try (InputStream raw = files.open(path, FxPictureDecoder.MAX_FILE_BYTES, FxPictureDecoder.TIME_LIMIT)) {
            CheckedPictureStream.CheckedPicture picture = CheckedPictureStream.check(raw);
            PictureOrientation orientation = PictureMetadata.orientation(files, path);
            DecodeCost.of(picture.header(), PictureCheck.FIT_WIDTH, PictureCheck.FIT_HEIGHT, 1, PictureHeader.DECODE_BUDGET_BYTES,
                    FxPictureDecoder.NATIVE_BUDGET_BYTES, orientation != PictureOrientation.NORMAL);
            picture.bytes().readAllBytes();
            return Optional.empty();
        } catch (FileRefusedException e) {
            return Optional.of(PictureRefusedException.unreadable(e));
        } catch (PictureRefusedException e) {
            return Optional.of(e);
        }
    }

    /** A real small JPEG whose frame header claims {@code width} x {@code height}. */
    static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = TestImages.picture("jpg", 64, 36);
        for (int i = 2; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new AssertionError("no baseline frame header");
    }

    private PictureCheck check() {
        return new PictureCheck(new ContentFolder(folder));
    }

    private String summary(String path) {
        return check().refusal(path).orElseThrow(() -> new AssertionError(path + " was not refused")).summary();
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(folder.resolve(name), bytes);
    }

    private static Content load(Path content) {
        LoadResult result = new ContentLoader().load(content);
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).content();
    }
}
