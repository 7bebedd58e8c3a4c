package org.storyslides.app;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.newshow.PhotoFixture;
import org.storyslides.newshow.NewShowRequest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** --new on the command line: its options, what it prints and its exit codes, with no window. */
class NewShowCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T18:00:00Z"), ZoneOffset.UTC);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private Startup.Decision decide(String... args) {
        return Startup.decide(args, new PrintWriter(out, true), new PrintWriter(err, true), Duration.ZERO);
    }

    /** The decision, and for a --new one its run: the exit code as the launcher gives it. */
    private int run(String... args) {
        Startup.Decision decision = decide(args);
        if (decision instanceof Startup.NewShow newShow) {
            return NewShowCommand.run(newShow, CLOCK, new PrintWriter(out, true), new PrintWriter(err, true));
        }
        return ((Startup.Exit) decision).code();
    }

    private Path photos() {
        Path photos = temp.resolve("photos");
        try {
            Files.createDirectory(photos);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PhotoFixture.jpeg().iptc(PhotoFixture.CAPTION, "One.").iptc(PhotoFixture.CREDIT, "Reuters").write(photos.resolve("1.jpg"));
        PhotoFixture.jpeg().iptc(PhotoFixture.BY_LINE, "Mike Blake").write(photos.resolve("2.jpg"));
        return photos;
    }

    @Test
    void aFolderToOpenDoesNotGoWithNew() {
        Path show = temp.resolve("show");

        assertThat(run("--new", show.toString(), "--photos", photos().toString(), temp.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith("storyslides: a content folder to open does not go with --new");
        assertThat(show).doesNotExist();
    }

    @Test
    void theFolderWrittenPassesCheckPicturesAndAll() {
        Path show = temp.resolve("show");
        assertThat(run("--new", show.toString(), "--photos", photos().toString())).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("--check", show.toString())).isZero();

        assertThat(out.toString()).isEqualTo("ok: 1 story, 1 gallery, 3 slides" + System.lineSeparator());
    }

    @Test
    void newWithPhotosIsADecisionThatOpensNoWindow() {
        Path photos = photos();
        Startup.Parsed parsed = Startup.parse(new String[]{"--new", temp.resolve("show").toString(), "--photos", photos.toString(),
                "--title", "Spring", "--link"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(((Startup.Options) parsed).opensWindow()).isFalse();
        assertThat(decide("--new", temp.resolve("show").toString(), "--photos", photos.toString(), "--title", "Spring", "--link"))
                .isEqualTo(new Startup.NewShow(new NewShowRequest(temp.resolve("show"), photos, Optional.of("Spring"), true)));
    }

    @Test
    void newWritesAShowPrintsWhatItWroteAndExits0() {
        Path photos = photos();
        Path show = temp.resolve("show");
        assertThat(run("--new", show.toString(), "--photos", photos.toString())).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "wrote " + show + ": story.json, galleries/show.json, 2 pictures copied from " + photos + " to images/show/",
                "2 photos, 1 with captions, 2 with credits");
        assertThat(err.toString()).isEmpty();
        assertThat(new ContentLoader().load(show)).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedWithExit2() throws IOException {
        Path photos = photos();
        Path show = Files.createDirectory(temp.resolve("show"));
        Files.writeString(show.resolve("keep.txt"), "mine");
        assertThat(run("--new", show.toString(), "--photos", photos.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("storyslides: " + show
                + " already exists and is not empty; --new never overwrites: name a new folder" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(show.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void aFolderThatCannotBeWrittenExits1InOneLine() throws IOException {
        Path photos = photos();
        Files.writeString(temp.resolve("file"), "x");
        assertThat(run("--new", temp.resolve("file/show").toString(), "--photos", photos.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("storyslides: could not create ");
    }

    @Test
    void noPicturesExits2() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        assertThat(run("--new", temp.resolve("show").toString(), "--photos", empty.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("storyslides: no pictures in " + empty
                + " (.jpg, .jpeg, .png, .gif or .bmp files, not in its folders)");
    }

    @Test
    void aBadPhotoIsAWarningLineAndTheShowIsWritten() throws IOException {
        Path photos = photos();
        Files.write(photos.resolve("3.jpg"), new byte[0]);
        assertThat(run("--new", temp.resolve("show").toString(), "--photos", photos.toString())).isZero();
        assertThat(err.toString().lines()).containsExactly(
                "storyslides: warning: 3.jpg: its metadata could not be read (it is not a JPEG); a slide without a caption");
        assertThat(out.toString().lines()).contains("3 photos, 1 with captions, 2 with credits");
    }

    @Test
    void photosTitleOrLinkWithoutNewIsAUsageError() {
        assertThat(run("--photos", "/tmp")).isEqualTo(2);
        assertThat(err.toString()).startsWith("storyslides: --photos goes with --new DIR");
        assertThat(run("--title", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("storyslides: --title goes with --new DIR");
        assertThat(run("--link")).isEqualTo(2);
        assertThat(err.toString()).contains("storyslides: --link goes with --new DIR");
    }

    @Test
    void newWithoutPhotosIsAUsageError() {
        assertThat(run("--new", temp.resolve("show").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("storyslides: --new needs --photos DIR: the folder of photos to make the show from")
                .contains("Try --help");
        assertThat(temp.resolve("show")).doesNotExist();
    }

    @Test
    void newWithWindowOrContentOptionsIsAUsageError() {
        String show = temp.resolve("show").toString();
        for (String[] other : new String[][]{{"--fullscreen"}, {"--slide", "2"}, {"--check"}, {"--export-pdf", "x.pdf"},
                {"--content", "/tmp"}, {"--paper", "a4"}, {"--gallery", "g"}, {"--loop"}, {"--screen", "1"}, {"--reduced-motion"},
                {"--reset"}}) {
            StringWriter errors = new StringWriter();
            String[] args = new String[4 + other.length];
            args[0] = "--new";
            args[1] = show;
            args[2] = "--photos";
            args[3] = "/tmp";
            System.arraycopy(other, 0, args, 4, other.length);
            Startup.Decision decision = Startup.decide(args, new PrintWriter(out, true), new PrintWriter(errors, true), Duration.ZERO);
            assertThat(decision).as(other[0]).isEqualTo(new Startup.Exit(2));
            assertThat(errors.toString()).as(other[0])
                    .startsWith("storyslides: " + other[0] + " does not go with --new: --new writes a folder and opens no window");
        }
        assertThat(temp.resolve("show")).doesNotExist();
    }

    @Test
    void verboseGoesWithNew() {
        Path photos = photos();
        assertThat(decide("--new", temp.resolve("show").toString(), "--photos", photos.toString(), "--verbose"))
                .isInstanceOf(Startup.NewShow.class);
    }

    @Test
    void theHelpListsNewAndItsOptions() {
        assertThat(decide("--help")).isEqualTo(new Startup.Exit(0));
        assertThat(out.toString()).contains("--new=DIR", "--photos=DIR", "--title=TEXT", "--link");
    }

    @Test
    void withoutNewTheWindowStillOpens() {
        Startup.Parsed parsed = Startup.parse(new String[0], new PrintWriter(out), new PrintWriter(err));
        assertThat(((Startup.Options) parsed).opensWindow()).isTrue();
    }
}
