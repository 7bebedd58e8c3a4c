package org.storyslides.hostile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.folder.FolderWatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watch live reload keeps on an open folder, on folders made to trap it: links that go round in
 * a loop or out of the folder, folders nested hundreds deep or by the thousand, and the folder itself
 * taken away. It starts at once, never follows a link, never throws on its thread, and goes on telling
 * the changes that matter.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileLiveFolderTest {

    @TempDir
    Path folder;

    private final BlockingQueue<String> told = new LinkedBlockingQueue<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();
    private FolderWatch watch;

    private void start() throws IOException {
        watch = FolderWatch.start(folder, Duration.ofMillis(30), () -> told.add("changed"), warnings::add);
    }

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.close();
        }
    }

    private boolean toldOfAChange() throws InterruptedException {
        return told.poll(20, TimeUnit.SECONDS) != null;
    }

    @Test
    void linksThatGoRoundInALoopAreNotFollowed() throws Exception {
        Files.createDirectories(folder.resolve("images"));
        Files.createSymbolicLink(folder.resolve("images/loop"), folder);
        Files.createSymbolicLink(folder.resolve("a"), folder.resolve("b"));
        Files.createSymbolicLink(folder.resolve("b"), folder.resolve("a"));
        start();

        Files.writeString(folder.resolve("story.json"), "{}");

        assertThat(toldOfAChange()).isTrue();
        assertThat(warnings).isEmpty();
        assertThat(uncaught.thrown()).isEmpty();
    }

    @Test
    void aLinkToTheRootOfTheSystemIsNotWatched() throws Exception {
        Files.createSymbolicLink(folder.resolve("root"), Path.of("/"));
        start();

        Files.writeString(folder.resolve("story.json"), "{}");

        assertThat(toldOfAChange()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void foldersNestedHundredsDeepAreWatchedOnlyAsDeepAsContentGoes() throws Exception {
        Path deep = folder;
        for (int level = 0; level < 300; level++) {
            deep = deep.resolve("d");
        }
        Files.createDirectories(deep);
        start();

        Files.writeString(folder.resolve("story.json"), "{}");

        assertThat(toldOfAChange()).isTrue();
        assertThat(watch.isRunning()).isTrue();
    }

    @Test
    void twoThousandSubFoldersAreWatchedInPartAndTheWatchSaysSo() throws Exception {
        for (int i = 0; i < 2000; i++) {
            Files.createDirectories(folder.resolve("images").resolve("g" + i));
        }
        start();

        Files.writeString(folder.resolve("story.json"), "{}");

        assertThat(toldOfAChange()).isTrue();
        assertThat(warnings).hasSize(1).allSatisfy(warning -> assertThat(warning).startsWith("only the first "));
    }

    @Test
    void theFolderTakenAwayWhileWatchedIsToldAndNothingThrows() throws Exception {
        Files.createDirectories(folder.resolve("galleries"));
        Files.writeString(folder.resolve("galleries/trip.json"), "{}");
        Files.writeString(folder.resolve("story.json"), "{}");
        start();

        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(folder)).forEach(HostileLiveFolderTest::delete);
        }

        assertThat(toldOfAChange()).isTrue();
        assertThat(uncaught.thrown()).isEmpty();
        assertThat(warnings).noneSatisfy(warning -> assertThat(warning).contains("no longer followed"));
    }

    @Test
    void aNamedPipeSavedIntoTheFolderIsToldWithoutBeingOpened() throws Exception {
        start();

        new ProcessBuilder("mkfifo", folder.resolve("story.json").toString()).inheritIO().start().waitFor();

        // the watch only names what changed: reading it is the folder guard's work, which refuses a pipe
        assertThat(toldOfAChange()).isTrue();
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
