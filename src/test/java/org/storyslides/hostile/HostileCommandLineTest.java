package org.storyslides.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.app.Launcher;
import org.storyslides.content.BundledCopy;
import org.storyslides.content.TestFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The app as it is started: a child JVM with the app's own options running {@link Launcher}, on hostile
 * folders. It answers within seconds, in plain lines, never a stack trace.
 */
class HostileCommandLineTest {

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    /** Runs the app with {@code args}; {@code environment} changes its environment (null removes a variable). */
    private static Run app(Map<String, String> environment, List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(System.getProperty("storyslides.app.jvm.options").split(" ")));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        builder.redirectOutput(Files.createTempFile("storyslides-out", ".txt").toFile());
        builder.redirectError(Files.createTempFile("storyslides-err", ".txt").toFile());
        Process process = builder.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the app answered within 60 s").isTrue();
        return new Run(process.exitValue(), Files.readString(builder.redirectOutput().file().toPath(), StandardCharsets.UTF_8),
                Files.readString(builder.redirectError().file().toPath(), StandardCharsets.UTF_8));
    }

    private static Run check(Path folder) throws IOException, InterruptedException {
        return app(Map.of(), List.of(), "--check", "--content", folder.toString());
    }

    @Test
    void checkOnANamedPipeAsStoryOrGalleryAnswersAtOnceAndExits2() throws Exception {
        BundledCopy.of(folder);
        Files.delete(folder.resolve("galleries/military-photos-2016.json"));
        assumeTrue(TestFiles.namedPipe(folder.resolve("galleries/military-photos-2016.json")), "mkfifo made no named pipe on this system");

        Run gallery = check(folder);

        assertThat(gallery.exit()).isEqualTo(2);
        assertThat(gallery.out().lines()).containsExactly("1 problem in " + folder + ":",
                "  galleries/military-photos-2016.json: not a regular file (a named pipe)");

        Files.delete(folder.resolve("story.json"));
        assumeTrue(TestFiles.namedPipe(folder.resolve("story.json")), "mkfifo made no named pipe on this system");
        assertThat(check(folder).out().lines()).contains("  story.json: not a regular file (a named pipe)");
    }

    @Test
    void checkStartsNoToolkitLoadsNoFontAndPrintsOnlyItsAnswer() throws Exception {
        Path classes = folder.resolve("classes.txt");

        Run run = app(Map.of(), List.of("-Xlog:class+load=info:file=" + classes), "--check");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("ok: 1 story, 2 galleries, 34 slides" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded).as("the log of loaded classes is in effect").anyMatch(line -> line.contains("org.storyslides.content.ContentLoader"));
        assertThat(loaded).noneMatch(line -> line.contains("com.sun.glass.") || line.contains("com.sun.javafx.font.")
                || line.contains("javafx.scene.text.Font ") || line.contains("com.sun.javafx.application.PlatformImpl "));
    }

    @Test
    void brokenFoldersAreAnsweredInPlainLinesNeverAStackTrace() throws Exception {
        BundledCopy.of(folder);
        Files.writeString(folder.resolve("galleries/mattis-quotes.json"), "{\"id\": \"mattis-quotes\", // a comment\n}");
        Files.delete(folder.resolve("images/military-photos-2016/00-cover.jpg"));
        Files.createSymbolicLink(folder.resolve("images/military-photos-2016/00-cover.jpg"), Path.of("/etc/hostname"));

        Run run = check(folder);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out().lines()).containsExactly("2 problems in " + folder + ":",
                "  galleries/mattis-quotes.json: line 1, column 25: a comment is not allowed in JSON",
                "  galleries/military-photos-2016.json: $.slides[0].image (slide 1): must stay inside the content folder (it links outside): "
                        + "images/military-photos-2016/00-cover.jpg");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFolderWhoseNameHoldsANewlineCannotForgeProblemLines() throws Exception {
        Path strange = Files.createDirectories(folder.resolve("my story\n3 problems in /etc"));

        Run run = check(strange);

        assertThat(run.out().lines()).containsExactly(
                "1 problem in " + folder + "/my story\\n3 problems in /etc:",
                "  story.json: file not found");
    }

    @Test
    void underTheCLocaleAPictureNamedWithAnAccentIsFoundAsUnderAnyOther() throws Exception {
        BundledCopy.of(folder);
        Path gallery = folder.resolve("galleries/mattis-quotes.json");
        Files.move(folder.resolve("images/mattis-quotes/01-brutal-facts.jpg"), folder.resolve("images/mattis-quotes/caf\u00e9.jpg"));
        Files.writeString(gallery, Files.readString(gallery).replace("images/mattis-quotes/01-brutal-facts.jpg",
                "images/mattis-quotes/caf\u00e9.jpg"));
        Map<String, String> cLocale = new java.util.HashMap<>();
        cLocale.put("LANG", "C");
        cLocale.put("LC_ALL", null);
        cLocale.put("LC_CTYPE", null);

        Run run = app(cLocale, List.of(), "--check", "--content", folder.toString());

        assertThat(run.out()).isEqualTo("ok: 1 story, 2 galleries, 34 slides" + System.lineSeparator());
        assertThat(run.exit()).isZero();
    }
}
