package org.storyslides.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a hostile folder holds that Java cannot make by itself. */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * Puts a named pipe at {@code path} (replacing what is there). Whoever opens a pipe for reading waits
     * for a writer: for ever, here.
     *
     * @return false where the system has no mkfifo (the caller's test assumes it has)
     */
    public static boolean namedPipe(Path path) throws IOException {
        Files.deleteIfExists(path);
        try {
            return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
