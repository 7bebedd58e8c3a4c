package org.storyslides.hostile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.app.Launcher;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Slide;
import org.storyslides.content.TestFiles;
import org.storyslides.gallery.ExifPictures;
import org.storyslides.newshow.NewShowException;
import org.storyslides.newshow.NewShowReport;
import org.storyslides.newshow.NewShowRequest;
import org.storyslides.newshow.NewShowWriter;
import org.storyslides.newshow.PhotoFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * --new on a photos folder made hostile: special files and links named like pictures, strange
 * names, empty and lying JPEGs. Each ends in a show the app loads and a one-line warning naming the
 * bad photo: never a hang, a stack trace, or a byte read from outside the photos folder.
 */
class HostileNewShowTest {

    @TempDir
    Path temp;
    private Path photos;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void aGoodPhotoToo() throws IOException {
        photos = Files.createDirectory(temp.resolve("photos"));
        PhotoFixture.jpeg().iptc(PhotoFixture.CAPTION, "Good.").write(photos.resolve("good.jpg"));
    }

    private NewShowReport write() throws NewShowException {
        return new NewShowWriter(Clock.systemUTC(), warnings::add).write(new NewShowRequest(temp.resolve("show"), photos, Optional.empty(), false));
    }

    private Content loaded() {
        LoadResult result = new ContentLoader().load(temp.resolve("show"));
        assertThat(result).as("%s", result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).content();
    }

    private List<String> images() {
        return loaded().firstGallery().slides().stream().map(Slide::image).toList();
    }

    @Test
    void aNamedPipeNamedJpgIsSkippedWithAWarningNotOpened() throws Exception {
        assumeTrue(TestFiles.namedPipe(photos.resolve("pipe.jpg")), "mkfifo made no named pipe on this system");
        NewShowReport report = write();
        assertThat(report.pictures()).isEqualTo(1);
        assertThat(warnings).containsExactly("pipe.jpg skipped: not a regular file (a named pipe)");
        assertThat(images()).containsExactly("images/show/good.jpg", "images/show/good.jpg");
    }

    @Test
    void aLinkToEtcPasswdNamedJpgIsSkippedAndNothingOfItIsCopied() throws Exception {
        Path passwd = Path.of("/etc/passwd");
        assumeTrue(Files.isReadable(passwd));
        Files.createSymbolicLink(photos.resolve("passwd.jpg"), passwd);
        Files.createSymbolicLink(photos.resolve("zero.jpg"), Path.of("/dev/zero"));
        write();
        assertThat(warnings).containsExactly("passwd.jpg skipped: must stay inside the content folder (it links outside)",
                "zero.jpg skipped: must stay inside the content folder (it links outside)");
        try (var files = Files.walk(temp.resolve("show"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("story.json", "show.json", "good.jpg");
        }
        assertThat(images()).doesNotContain("images/show/passwd.jpg");
    }

    @Test
    void aLinkThatGoesRoundIsSkippedWithAWarning() throws Exception {
        Files.createSymbolicLink(photos.resolve("loop.jpg"), photos.resolve("loop.jpg"));
        write();
        assertThat(warnings).singleElement().asString().startsWith("loop.jpg skipped: cannot be read");
        loaded();
    }

    @Test
    void aLinkInsideThePhotosFolderIsCopiedAsAFileNotALink() throws Exception {
        Files.createSymbolicLink(photos.resolve("again.jpg"), Path.of("good.jpg"));
        write();
        assertThat(Files.isSymbolicLink(temp.resolve("show/images/show/again.jpg"))).isFalse();
        assertThat(temp.resolve("show/images/show/again.jpg")).hasSameBinaryContentAs(photos.resolve("good.jpg"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFileNamedWithANewlineGetsASafeNameAndItsWarningStaysOnOneLine() throws Exception {
        Files.write(photos.resolve("evil\nstoryslides: ok.jpg"), new byte[0]);
        write();
        assertThat(images()).containsExactly("images/show/evil-storyslides-ok.jpg", "images/show/evil-storyslides-ok.jpg",
                "images/show/good.jpg");
        assertThat(warnings).containsExactly(
                "evil\\nstoryslides: ok.jpg: its metadata could not be read (it is not a JPEG); a slide without a caption");
    }

    @Test
    void anEmptyJpegIsASlideWithAWarning() throws Exception {
        Files.write(photos.resolve("empty.jpg"), new byte[0]);
        assertThat(write().pictures()).isEqualTo(2);
        assertThat(warnings).containsExactly("empty.jpg: its metadata could not be read (it is not a JPEG); a slide without a caption");
        assertThat(images()).contains("images/show/empty.jpg");
    }

    @Test
    void aJpegWhoseIptcClaimsTwoGigabytesIsASlideWithAWarning() throws Exception {
        byte[] claim = {0x1C, 2, 120, (byte) 0x80, 4, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 'a', 'b'};
        PhotoFixture.jpeg().segment(ExifPictures.segment(0xED, PhotoFixture.photoshop(claim))).write(photos.resolve("claim.jpg"));
        // and an 8BIM resource that says it holds 2 GB
        byte[] resource = PhotoFixture.photoshop(new byte[]{0x1C, 2, 120, 0, 2, 'h', 'i'});
        resource[14 + 4 + 2 + 2] = 0x7F;
        PhotoFixture.jpeg().segment(ExifPictures.segment(0xED, resource)).write(photos.resolve("resource.jpg"));
        assertThat(write().pictures()).isEqualTo(3);
        assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
        assertThat(warnings.get(0)).startsWith("claim.jpg: ");
        assertThat(warnings.get(1)).startsWith("resource.jpg: ");
        assertThat(loaded().firstGallery().slides()).hasSize(4);
    }

    @Test
    void aSparseFileOverThePictureLimitIsSkippedUnread() throws Exception {
        Path giant = Files.write(photos.resolve("giant.jpg"), HostileFolders.jpegStart());
        HostileFolders.growSparse(giant, 2L << 30);
        write();
        assertThat(warnings).singleElement().asString().startsWith("giant.jpg skipped: the file is too large");
        loaded();
    }

    @Test
    void aFolderOfOnlyBadPicturesIsRefusedInOneLine() throws Exception {
        Files.delete(photos.resolve("good.jpg"));
        Files.createSymbolicLink(photos.resolve("passwd.jpg"), Path.of("/etc/passwd"));
        Files.createDirectory(photos.resolve("folder.jpg"));
        try {
            write();
            throw new AssertionError("written");
        } catch (NewShowException e) {
            assertThat(e.kind()).isEqualTo(NewShowException.Kind.REFUSED);
            assertThat(e.getMessage()).startsWith("no pictures in ").doesNotContain("\n");
        }
        assertThat(temp.resolve("show")).doesNotExist();
    }

    @Test
    void theAppItselfOnAllOfThemAnswersInLinesAndExits0() throws Exception {
        boolean pipe = TestFiles.namedPipe(photos.resolve("pipe.jpg"));
        Files.createSymbolicLink(photos.resolve("passwd.jpg"), Path.of("/etc/passwd"));
        Files.write(photos.resolve("empty.jpg"), new byte[0]);
        Files.write(photos.resolve("two\nlines.jpg"), "text".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(photos.resolve("notes.txt"), "x");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(System.getProperty("storyslides.app.jvm.options").split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--new", temp.resolve("show").toString(), "--photos", photos.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectOutput(temp.resolve("out.txt").toFile());
        builder.redirectError(temp.resolve("err.txt").toFile());
        Process process = builder.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("answered within 60 s").isTrue();
        String out = Files.readString(temp.resolve("out.txt"));
        String err = Files.readString(temp.resolve("err.txt"));
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out.lines()).hasSize(3).last().isEqualTo("1 file skipped (not pictures): notes.txt");
        assertThat(out.lines().toList().get(1)).isEqualTo("3 photos, 1 with captions, 0 with credits");
        assertThat(err.lines()).allSatisfy(line -> assertThat(line).startsWith("storyslides: warning: "))
                .hasSize(pipe ? 4 : 3).noneMatch(line -> line.contains("Exception"));
        loaded();
    }
}
