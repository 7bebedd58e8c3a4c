package org.storyslides.app;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.ContentFolderFixture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The content folder as the command line's one positional argument, as a desktop entry's %f gives it. */
class FolderArgumentTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Startup.Decision run(String... args) {
        return Startup.decide(args, new PrintWriter(out, true), new PrintWriter(err, true), Duration.ZERO);
    }

    @Test
    void aFolderGivenAloneOpensInTheWindow(@TempDir Path folder) {
        new ContentFolderFixture(folder).write();

        Startup.Decision decision = run(folder.toString());

        assertThat(decision).isInstanceOf(Startup.OpenWindow.class);
        assertThat(((Startup.OpenWindow) decision).content().folder()).isEqualTo(folder);
    }

    @Test
    void aFolderGivenAloneIsCheckedWithCheck(@TempDir Path folder) {
        new ContentFolderFixture(folder).write();

        assertThat(run("--check", folder.toString())).isEqualTo(new Startup.Exit(0));
        assertThat(out.toString()).isEqualTo("ok: 1 story, 1 gallery, 2 slides" + System.lineSeparator());
    }

    @Test
    void theStoryFileNamesItsFolder(@TempDir Path folder) {
        new ContentFolderFixture(folder).write();

        Startup.Decision decision = run(folder.resolve("story.json").toString());

        assertThat(((Startup.OpenWindow) decision).content().folder()).isEqualTo(folder);
    }

    @Test
    void aRelativeFolderIsReadFromTheWorkingDirectory(@TempDir Path folder) {
        new ContentFolderFixture(folder).write();
        Path relative = Path.of("").toAbsolutePath().relativize(folder);

        Startup.Decision decision = run(relative.toString());

        assertThat(((Startup.OpenWindow) decision).content().folder()).isEqualTo(folder);
    }

    @Test
    void aBrokenFolderGivenAloneListsItsProblems(@TempDir Path folder) {
        Startup.Decision decision = run(folder.toString());

        assertThat(decision).isInstanceOf(Startup.ShowProblems.class);
        assertThat(err.toString()).contains("story.json: file not found");
    }

    @Test
    void aFolderGivenTwiceIsRefused(@TempDir Path folder) {
        new ContentFolderFixture(folder).write();

        assertThat(run(folder.toString(), "--content", folder.toString())).isEqualTo(new Startup.Exit(2));
        assertThat(err.toString().lines().findFirst().orElseThrow())
                .isEqualTo("storyslides: name the content folder once: " + folder + " or --content " + folder);
    }

    @Test
    void twoFoldersAreRefused(@TempDir Path one, @TempDir Path two) {
        assertThat(run(one.toString(), two.toString())).isEqualTo(new Startup.Exit(2));
        assertThat(err.toString()).startsWith("storyslides: ");
    }
}
