package org.storyslides.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a file a problem names may be opened on the desktop: a regular file that is in the content
 * folder once every link is followed. The name was checked already ({@link ProblemGroups#inside}); a
 * link inside the folder may still lead out of it, and the file may be gone. Reads the disk: never
 * called on the JavaFX thread.
 */
final class OpenableFile {

    private OpenableFile() {
    }

    static Optional<Path> checked(Path folder, Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(folder.toRealPath()) && Files.isRegularFile(real) ? Optional.of(file) : Optional.empty();
        } catch (IOException | SecurityException e) { // gone, or not ours to read: nothing to open
            return Optional.empty();
        }
    }
}
