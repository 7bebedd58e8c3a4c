package org.storyslides.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The one guarded way a content file is read: regular files inside the folder only, bounded in size and time. */
class ContentFolderTest {

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    private ContentFolder contentFolder() {
        return new ContentFolder(folder);
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private FileRefusedException refusedOpening(String name) {
        try {
            contentFolder().open(name, 1 << 20, Duration.ofSeconds(5)).close();
        } catch (FileRefusedException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(name + " was opened");
    }

    @Test
    void aRegularFileInsideTheFolderIsReadWhole() throws IOException {
        Files.createDirectories(folder.resolve("galleries"));
        Files.writeString(folder.resolve("galleries/a.json"), "{\"id\": \"a\"}");

        assertThat(read(contentFolder().open("galleries/a.json", 100, Duration.ofSeconds(5)))).isEqualTo("{\"id\": \"a\"}");
        assertThat(contentFolder().check("galleries/a.json", 100)).isEqualTo(11);
    }

    @Test
    void aNamedPipeIsRefusedWithoutBeingOpenedSoNothingBlocks() throws Exception {
        assumeTrue(TestFiles.namedPipe(folder.resolve("story.json")), "mkfifo made no named pipe on this system");

        FileRefusedException refused = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusedOpening("story.json"));

        assertThat(refused.reason()).isEqualTo(FileRefusedException.Reason.NOT_A_FILE);
        assertThat(refused.getMessage()).isEqualTo("not a regular file (a named pipe)");
    }

    @Test
    void aLinkToADeviceOrAFileOutsideTheFolderIsRefusedAndNothingOfItIsRead() throws IOException {
        Files.writeString(elsewhere.resolve("secret.json"), "{\"secret\": true}");
        Files.createSymbolicLink(folder.resolve("zero.json"), Path.of("/dev/zero"));
        Files.createSymbolicLink(folder.resolve("secret.json"), elsewhere.resolve("secret.json"));

        for (String name : new String[]{"zero.json", "secret.json"}) {
            FileRefusedException refused = refusedOpening(name);
            assertThat(refused.reason()).as(name).isEqualTo(FileRefusedException.Reason.OUTSIDE);
            assertThat(refused.getMessage()).isEqualTo("must stay inside the content folder (it links outside)");
        }
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsFollowed() throws IOException {
        Files.writeString(folder.resolve("real.json"), "inside");
        Files.createSymbolicLink(folder.resolve("link.json"), folder.resolve("real.json"));

        assertThat(read(contentFolder().open("link.json", 100, Duration.ofSeconds(5)))).isEqualTo("inside");
    }

    @Test
    void aFileSwappedForALinkOutsideAfterItsCheckIsRefusedWhenItIsRead() throws IOException {
        Files.writeString(folder.resolve("cover.jpg"), "picture");
        Files.writeString(elsewhere.resolve("other.jpg"), "someone else's picture");
        ContentFolder content = contentFolder();
        content.check("cover.jpg", 100);

        Files.delete(folder.resolve("cover.jpg"));
        Files.createSymbolicLink(folder.resolve("cover.jpg"), elsewhere.resolve("other.jpg"));

        assertThatThrownBy(() -> content.open("cover.jpg", 100, Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(FileRefusedException.Reason.OUTSIDE));
    }

    @Test
    void aFolderIsNotAFile() throws IOException {
        Files.createDirectories(folder.resolve("story.json"));

        assertThat(refusedOpening("story.json").getMessage()).isEqualTo("a folder, not a file");
    }

    @Test
    void aMissingFileAndAPathThroughAFileAreNotFound() throws IOException {
        Files.writeString(folder.resolve("cover.jpg"), "picture");

        assertThat(refusedOpening("nowhere.jpg").getMessage()).isEqualTo("file not found");
        assertThat(refusedOpening("cover.jpg/inside.jpg").reason()).isEqualTo(FileRefusedException.Reason.NOT_FOUND);
    }

    @Test
    void linksThatGoRoundInALoopAreSaidSo() throws IOException {
        Files.createSymbolicLink(folder.resolve("a.json"), folder.resolve("b.json"));
        Files.createSymbolicLink(folder.resolve("b.json"), folder.resolve("a.json"));

        assertThat(refusedOpening("a.json").getMessage()).isEqualTo("cannot be read (its links go round in a loop)");
    }

    @Test
    void aFileOverItsKindsLimitIsRefusedBeforeItIsRead() throws IOException {
        Files.write(folder.resolve("big.json"), new byte[2001]);

        assertThatThrownBy(() -> contentFolder().open("big.json", 2000, Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(FileRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(FileRefusedException.Reason.TOO_LARGE);
                    assertThat(refused.getMessage()).isEqualTo("the file is too large (2,001 bytes; the limit is 2,000)");
                });
    }

    @Test
    void aFileThatGrowsPastItsLimitWhileItIsReadStopsThere() throws IOException {
        Path file = folder.resolve("growing.json");
        Files.write(file, new byte[1000]);
        try (InputStream in = contentFolder().open("growing.json", 1500, Duration.ofSeconds(5));
             OutputStream more = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            more.write(new byte[1000]);
            more.flush();
            assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(FileRefusedException.class,
                    refused -> assertThat(refused.getMessage()).isEqualTo("the file grew past the limit of 1,500 bytes while it was read"));
        }
    }

    @Test
    void aReadThatTakesLongerThanItsTimeLimitStops() throws IOException {
        Files.write(folder.resolve("slow.json"), new byte[10]);

        try (InputStream in = contentFolder().open("slow.json", 100, Duration.ZERO)) {
            assertThatThrownBy(in::read).isInstanceOfSatisfying(FileRefusedException.class, refused -> {
                assertThat(refused.reason()).isEqualTo(FileRefusedException.Reason.TOO_SLOW);
                assertThat(refused.getMessage()).isEqualTo("reading it took longer than 0 s");
            });
        }
    }

    @Test
    void permissionDeniedIsSaidInThoseWords() {
        // tests run as root here, which no permission stops: the file system's answer is given directly
        FileRefusedException refused = ContentFolder.refusal(new AccessDeniedException("/x/images/a.jpg"));

        assertThat(refused.reason()).isEqualTo(FileRefusedException.Reason.PERMISSION_DENIED);
        assertThat(refused.getMessage()).isEqualTo("permission denied");
        assertThat(ContentFolder.refusal(new java.nio.file.FileSystemException("/x/a.jpg", null, "Input/output error")).getMessage())
                .isEqualTo("cannot be read (input/output error)");
    }

    @Test
    void aFileChangedSinceItsStampHasAnotherStamp() throws IOException {
        Path file = folder.resolve("a.json");
        Files.writeString(file, "one");
        ContentFolder.FileStamp first = contentFolder().stamp("a.json").orElseThrow();

        Files.writeString(file, "three");

        assertThat(contentFolder().stamp("a.json")).isPresent().get().isNotEqualTo(first);
        assertThat(contentFolder().stamp("nowhere.json")).isEmpty();
    }

    @Test
    void noContentFileIsOpenedOnTheJavaFxThread() throws Exception {
        Files.writeString(folder.resolve("story.json"), "{}");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread javafx = new Thread(() -> {
            try {
                contentFolder().open("story.json", 100, Duration.ofSeconds(5)).close();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "JavaFX Application Thread");
        javafx.start();
        javafx.join();

        assertThat(failure.get()).isInstanceOf(AssertionError.class).hasMessageContaining("on the JavaFX thread: story.json");
        assertThat(CompletableFuture.supplyAsync(() -> {
            try {
                return read(contentFolder().open("story.json", 100, Duration.ofSeconds(5)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).join()).isEqualTo("{}");
    }

    @Test
    void contentInsideAJarIsReadWithoutWritingBesideTheJar() throws Exception {
        // a .deb installs the app's jar where its users may not write: reading the bundled content must not need to
        Path jar = elsewhere.resolve("app.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("assets/story.json"));
            zip.write("{\"headline\": \"Deflated in the jar\"}".repeat(50).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (java.nio.file.FileSystem zipFs = java.nio.file.FileSystems.newFileSystem(jar)) {
            ContentFolder bundled = new ContentFolder(zipFs.getPath("/assets"));
            try (InputStream in = bundled.open("story.json", 1 << 20, Duration.ofSeconds(10))) {
                try (java.util.stream.Stream<Path> beside = Files.list(elsewhere)) {
                    assertThat(beside).as("nothing written beside the jar while its entry is read").containsExactly(jar);
                }
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("{\"headline\": \"Deflated in the jar\"}");
            }
        }
    }
}
