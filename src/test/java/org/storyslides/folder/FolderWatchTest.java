package org.storyslides.folder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The system's watch on a real folder: each burst of changes that matter is told once. Waits, never sleeps. */
class FolderWatchTest {

    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path folder;

    private final BlockingQueue<String> told = new LinkedBlockingQueue<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
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
        return told.poll(WAIT_SECONDS, TimeUnit.SECONDS) != null;
    }

    @Test
    void aSavedJsonFileIsTold() throws Exception {
        Files.writeString(folder.resolve("story.json"), "{}");
        start();

        Files.writeString(folder.resolve("story.json"), "{\"headline\": \"x\"}");

        assertThat(toldOfAChange()).isTrue();
    }

    @Test
    void aPictureInASubFolderIsTold() throws Exception {
        Files.createDirectories(folder.resolve("images/trip"));
        start();

        Files.write(folder.resolve("images/trip/01.jpg"), new byte[]{1, 2, 3});

        assertThat(toldOfAChange()).isTrue();
    }

    @Test
    void aFolderMadeAfterTheWatchStartedIsWatchedToo() throws Exception {
        start();
        Files.createDirectories(folder.resolve("galleries"));
        assertThat(toldOfAChange()).isTrue();
        told.clear();

        Files.writeString(folder.resolve("galleries/trip.json"), "{}");

        assertThat(toldOfAChange()).isTrue();
    }

    @Test
    void anEditorsSwapFileAloneIsNotToldButTheSaveAfterItIs() throws Exception {
        start();

        Files.writeString(folder.resolve(".story.json.swp"), "swap");
        Files.writeString(folder.resolve("story.json~"), "backup");
        Files.writeString(folder.resolve("story.json"), "{}");

        assertThat(toldOfAChange()).isTrue();
        // the swap file, the backup and the save came as one burst, told once: a later change is told again
        Files.writeString(folder.resolve("story.json"), "{ }");
        assertThat(toldOfAChange()).isTrue();
    }

    @Test
    void aDeletedPictureIsTold() throws Exception {
        Files.write(folder.resolve("01.png"), new byte[]{1});
        start();

        Files.delete(folder.resolve("01.png"));

        assertThat(toldOfAChange()).isTrue();
    }

    @Test
    void aLinkToAFolderOutsideIsNotFollowed(@TempDir Path outside) throws Exception {
        Files.createSymbolicLink(folder.resolve("elsewhere"), outside);
        start();

        Files.writeString(outside.resolve("story.json"), "{}");
        Files.writeString(folder.resolve("story.json"), "{}");

        assertThat(toldOfAChange()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFolderWithMoreSubFoldersThanTheLimitIsWatchedInPartAndSaysSo() throws Exception {
        for (int i = 0; i < FolderWatch.MAX_FOLDERS + 5; i++) {
            Files.createDirectory(folder.resolve(String.format("d%04d", i)));
        }

        start();

        assertThat(warnings).containsExactly("only the first " + FolderWatch.MAX_FOLDERS + " folders of " + folder
                + " are watched for changes");
        assertThat(watch.isRunning()).isTrue();
    }

    @Test
    void closingStopsTheWatch() throws Exception {
        start();
        watch.close();

        assertThat(waitUntilStopped()).isTrue();
    }

    private boolean waitUntilStopped() throws InterruptedException {
        watch.awaitEnd(Duration.ofSeconds(WAIT_SECONDS));
        return !watch.isRunning();
    }

    @Test
    void aFileIsNotAFolderToWatch() throws IOException {
        Files.writeString(folder.resolve("story.json"), "{}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FolderWatch.start(folder.resolve("story.json"), Duration.ofMillis(30),
                () -> { }, warnings::add)).isInstanceOf(IOException.class);
    }

    @Test
    void aMissingFolderCannotBeWatched() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FolderWatch.start(folder.resolve("gone"), Duration.ofMillis(30),
                () -> { }, warnings::add)).isInstanceOf(IOException.class);
    }
}
