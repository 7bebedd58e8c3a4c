package org.storyslides.app;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.ContentFolderFixture;
import org.storyslides.content.TestImages;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line, answered without a window. */
class StartupTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Startup.Decision run(String... args) {
        return Startup.decide(args, new PrintWriter(out, true), new PrintWriter(err, true), Duration.ZERO);
    }

    @Test
    void checkOnTheBundledContentSaysOk() {
        assertThat(run("--check")).isEqualTo(new Startup.Exit(0));
        assertThat(out.toString()).isEqualTo("ok: 1 story, 2 galleries, 34 slides" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void verboseIsAnOptionLikeAnyOther() {
        assertThat(run("--check", "--verbose")).isEqualTo(new Startup.Exit(0));
        assertThat(out.toString()).isEqualTo("ok: 1 story, 2 galleries, 34 slides" + System.lineSeparator());
    }

    @Test
    void checkOnAFolderOfYourOwn(@TempDir Path folder) {
        new ContentFolderFixture(folder).write();
        assertThat(run("--check", "--content", folder.toString())).isEqualTo(new Startup.Exit(0));
        assertThat(out.toString()).isEqualTo("ok: 1 story, 1 gallery, 2 slides" + System.lineSeparator());
    }

    @Test
    void checkOnABrokenFolderListsEveryProblemAndExits2(@TempDir Path folder) {
        ContentFolderFixture fixture = new ContentFolderFixture(folder);
        fixture.story.remove("dateline");
        fixture.slide(1).addProperty("image", "../escape.png");
        fixture.write();
        assertThat(run("--content", folder.toString(), "--check")).isEqualTo(new Startup.Exit(2));
        assertThat(out.toString().lines()).containsExactly(
                "2 problems in " + folder + ":",
                "  story.json: $.dateline: missing required field",
                "  galleries/demo.json: $.slides[1].image (slide 2): must stay inside the content folder (no ..): ../escape.png");
    }

    @Test
    void checkReadsEveryPictureAndFailsOnATextFileNamedJpgNamingItAndItsSlide(@TempDir Path folder) {
        ContentFolderFixture fixture = new ContentFolderFixture(folder);
        fixture.slide(1).addProperty("image", "images/demo/01.jpg");
        fixture.write();
        fixture.writeText("images/demo/01.jpg", "not a picture at all");

        assertThat(run("--check", "--content", folder.toString())).isEqualTo(new Startup.Exit(2));
        assertThat(out.toString().lines()).containsExactly(
                "1 problem in " + folder + ":",
                "  galleries/demo.json: $.slides[1].image (slide 2): images/demo/01.jpg: not a picture (not a JPEG, PNG, GIF or BMP picture)");
    }

    @Test
    void checkFailsOnATruncatedJpegNamingItAndItsSlide(@TempDir Path folder) {
        ContentFolderFixture fixture = new ContentFolderFixture(folder);
        fixture.slide(0).addProperty("image", "images/demo/00-cover.jpg");
        fixture.write();
        byte[] jpeg = TestImages.picture("jpg", 320, 180);
        fixture.writeBytes("images/demo/00-cover.jpg", Arrays.copyOf(jpeg, jpeg.length * 2 / 3));

        assertThat(run("--check", "--content", folder.toString())).isEqualTo(new Startup.Exit(2));
        assertThat(out.toString().lines()).containsExactly(
                "1 problem in " + folder + ":",
                "  galleries/demo.json: $.slides[0].image (slide 1): images/demo/00-cover.jpg: damaged or cut short (the JPEG data is cut short)");
    }

    @Test
    void checkFailsOnAPictureTooLargeByItsDimensions(@TempDir Path folder) {
        ContentFolderFixture fixture = new ContentFolderFixture(folder);
        fixture.write();
        fixture.writeBytes("images/demo/01.png", TestImages.bombPng(30_000, 30_000));

        assertThat(run("--check", "--content", folder.toString())).isEqualTo(new Startup.Exit(2));
        assertThat(out.toString().lines()).containsExactly(
                "1 problem in " + folder + ":",
                "  galleries/demo.json: $.slides[1].image (slide 2): images/demo/01.png: too large (a 30000 x 30000 PNG would take 3451 MB"
                        + " to decode, over the 40 MB allowed)");
    }

    @Test
    void aMissingPictureIsStillReportedOnce(@TempDir Path folder) {
        ContentFolderFixture fixture = new ContentFolderFixture(folder);
        fixture.slide(1).addProperty("image", "images/demo/gone.png");
        fixture.write();

        assertThat(run("--check", "--content", folder.toString())).isEqualTo(new Startup.Exit(2));
        assertThat(out.toString().lines()).containsExactly(
                "1 problem in " + folder + ":",
                "  galleries/demo.json: $.slides[1].image (slide 2): file not found: images/demo/gone.png");
    }

    @Test
    void brokenContentWithoutCheckListsItsProblemsInsteadOfTheSlideshow(@TempDir Path folder) {
        Startup.Decision decision = run("--content", folder.toString());
        assertThat(decision).isInstanceOf(Startup.ShowProblems.class);
        Startup.ShowProblems problems = (Startup.ShowProblems) decision;
        assertThat(problems.folder()).isEqualTo(folder);
        assertThat(problems.problems()).extracting(Object::toString).containsExactly("story.json: file not found");
        assertThat(err.toString().lines()).containsExactly(
                "1 problem in " + folder + ":",
                "  story.json: file not found");
    }

    @Test
    void validContentOpensTheWindow() {
        assertThat(run()).isInstanceOf(Startup.OpenWindow.class);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionIsExplained() {
        assertThat(run("--colour", "red")).isEqualTo(new Startup.Exit(2));
        assertThat(err.toString()).startsWith("storyslides: Unknown option: '--colour'")
                .contains("Try --help");
    }

    @Test
    void aMissingOptionValueIsExplained() {
        assertThat(run("--content")).isEqualTo(new Startup.Exit(2));
        assertThat(err.toString()).startsWith("storyslides: Missing required parameter for option '--content' (DIR)");
    }

    @Test
    void startOptionsReachTheWindow() {
        Startup.Decision decision = run("--gallery", "military-photos-2016", "--slide", "12", "--fullscreen", "--reduced-motion", "--reset");
        assertThat(decision).isInstanceOf(Startup.OpenWindow.class);
        Startup.OpenWindow open = (Startup.OpenWindow) decision;
        assertThat(open.options().gallery()).contains("military-photos-2016");
        assertThat(open.options().slide()).contains(12);
        assertThat(open.options().fullscreen()).isTrue();
        assertThat(open.options().reducedMotion()).isTrue();
        assertThat(open.reset()).isTrue();
        assertThat(((Startup.OpenWindow) run()).reset()).isFalse();
    }

    @Test
    void anUnknownGalleryIsExplained() {
        assertThat(run("--gallery", "cats")).isEqualTo(new Startup.Exit(2));
        assertThat(err.toString()).isEqualTo("storyslides: no gallery \"cats\" in this story (its galleries: mattis-quotes, military-photos-2016)"
                + System.lineSeparator());
    }

    @Test
    void aSlideOutOfRangeIsExplained() {
        assertThat(run("--slide", "15")).isEqualTo(new Startup.Exit(2));
        assertThat(err.toString()).startsWith("storyslides: --slide 15 is out of range: \"mattis-quotes\" has slides 1 to 14");
        err.getBuffer().setLength(0);
        assertThat(run("--gallery", "military-photos-2016", "--slide", "0")).isEqualTo(new Startup.Exit(2));
        assertThat(err.toString()).startsWith("storyslides: --slide 0 is out of range: \"military-photos-2016\" has slides 1 to 20");
        assertThat(run("--gallery", "military-photos-2016", "--slide", "20")).isInstanceOf(Startup.OpenWindow.class);
    }

    @Test
    void aSlideThatIsNotANumberIsExplained() {
        assertThat(run("--slide", "two")).isEqualTo(new Startup.Exit(2));
        assertThat(err.toString()).startsWith("storyslides: Invalid value for option '--slide': 'two' is not an int");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("--help")).isEqualTo(new Startup.Exit(0));
        assertThat(out.toString()).contains("Usage: storyslides", "--content=DIR", "--check", "--gallery=ID", "--slide=N",
                "--fullscreen", "--reduced-motion", "--reset", "--help", "--version");
    }

    @Test
    void versionIsThePomsVersion() {
        assertThat(run("--version")).isEqualTo(new Startup.Exit(0));
        assertThat(out.toString()).isEqualTo("storyslides " + pomVersion() + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shortVersionOptionWinsOverTheOthers() {
        assertThat(run("--check", "-V")).isEqualTo(new Startup.Exit(0));
        assertThat(out.toString()).isEqualTo("storyslides " + pomVersion() + System.lineSeparator());
    }

    private static String pomVersion() {
        String version = System.getProperty("storyslides.pom.version");
        assertThat(version).as("storyslides.pom.version, set by surefire from the pom").isNotBlank().doesNotContain("${");
        return version;
    }

    @Test
    void brokenContentKeepsTheStartOptionsForTheBundledStoryItOffers(@TempDir Path folder) {
        Startup.Decision decision = run("--content", folder.toString(), "--fullscreen", "--reduced-motion");

        assertThat(decision).isInstanceOfSatisfying(Startup.ShowProblems.class, problems -> {
            assertThat(problems.options().fullscreen()).isTrue();
            assertThat(problems.options().reducedMotion()).isTrue();
        });
    }

    @Test
    void onlyHelpVersionAndBadOptionsAreAnsweredBeforeAnyFileIsRead() {
        assertThat(Startup.parse(new String[]{"--check", "--content", "/nowhere"}, new PrintWriter(out), new PrintWriter(err)))
                .isInstanceOfSatisfying(Startup.Options.class, options -> assertThat(options.opensWindow()).isFalse());
        assertThat(Startup.parse(new String[]{"--fullscreen"}, new PrintWriter(out), new PrintWriter(err)))
                .isInstanceOfSatisfying(Startup.Options.class, options -> assertThat(options.opensWindow()).isTrue());
        assertThat(Startup.parse(new String[]{"--version"}, new PrintWriter(out), new PrintWriter(err))).isEqualTo(new Startup.Exit(0));
    }
}
