package org.storyslides.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A content folder and the one way its files are read. Content may come from anyone, so every file
 * (story, gallery, picture) goes through the same guard: the name is resolved with its links, and
 * must lead to a regular file inside the folder (never a named pipe, whose opening blocks for ever,
 * a device such as /dev/zero, or a folder), no larger than its kind of file may be; the check is
 * made again once the file is open, so a file swapped after an earlier check is caught; and a read
 * stops at its size and time limits. Never called on the JavaFX thread.
 */
public final class ContentFolder {

    private static final String JAVAFX_THREAD = "JavaFX Application Thread";
    private static final Set<OpenOption> READ_NO_LINK = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    private final Path folder;
    private volatile Path realFolder; // resolved on first use, off the JavaFX thread

    public ContentFolder(Path folder) {
        this.folder = folder;
    }

    /** The folder as it was named (on the default file system, or inside the app's jar). */
    public Path path() {
        return folder;
    }

    /**
     * Checks that {@code relative} names a regular file inside the folder of at most {@code maxBytes},
     * without reading it.
     *
     * @return its size in bytes
     */
    public long check(String relative, long maxBytes) throws FileRefusedException {
        return inspect(relative, maxBytes).attributes.size();
    }

    /** When the file was last changed, and its size (to tell whether it changed since), or empty when it cannot be read. */
    public Optional<FileStamp> stamp(String relative) {
        try {
            Inspected file = inspect(relative, Long.MAX_VALUE);
            return Optional.of(new FileStamp(file.attributes.size(), file.attributes.lastModifiedTime().toMillis(),
                    file.attributes.fileKey()));
        } catch (FileRefusedException e) {
            return Optional.empty();
        }
    }

    /**
     * Opens {@code relative} for reading, checked as {@link #check} does, then checked again once open.
     * The stream refuses to give more than {@code maxBytes} (a file that grows while it is read) and
     * throws once reading has taken longer than {@code timeLimit}.
     */
    public InputStream open(String relative, long maxBytes, Duration timeLimit) throws FileRefusedException {
        assert !JAVAFX_THREAD.equals(Thread.currentThread().getName()) : "content file read on the JavaFX thread: " + relative;
        Inspected before = inspect(relative, maxBytes);
        if (!onDefaultFileSystem()) {
            // the bundled content, inside the app's jar: a stream inflates the entry as it is read, where a
            // channel would first copy it to a temporary file beside the jar (refused where the app is
            // installed read-only, as a .deb installs it, and left behind when the app is killed); a jar's
            // entries do not change while they are read
            try {
                return new LimitedStream(Files.newInputStream(before.real), maxBytes, timeLimit);
            } catch (IOException e) {
                throw refusal(e);
            }
        }
        FileChannel channel;
        try {
            // no link is followed at the last step: a link put there since the check is refused
            channel = FileChannel.open(before.real, READ_NO_LINK);
        } catch (IOException e) {
            throw refusal(e);
        }
        try {
            Inspected after = inspect(relative, maxBytes);
            if (!after.real.equals(before.real) || !Objects.equals(after.attributes.fileKey(), before.attributes.fileKey())) {
                throw new FileRefusedException(FileRefusedException.Reason.CHANGED, "the file changed while it was being opened");
            }
        } catch (FileRefusedException e) {
            closeQuietly(channel);
            throw e;
        }
        return new LimitedStream(Channels.newInputStream(channel), maxBytes, timeLimit);
    }

    private Inspected inspect(String relative, long maxBytes) throws FileRefusedException {
        Path real;
        BasicFileAttributes attributes;
        try {
            real = folder.resolve(relative).toRealPath();
            if (!real.startsWith(realFolder())) {
                throw new FileRefusedException(FileRefusedException.Reason.OUTSIDE, "must stay inside the content folder (it links outside)");
            }
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException e) {
            throw new FileRefusedException(FileRefusedException.Reason.UNREADABLE, "not a file name this system can use");
        } catch (IOException e) {
            throw refusal(e);
        }
        if (attributes.isDirectory()) {
            throw new FileRefusedException(FileRefusedException.Reason.NOT_A_FILE, "a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new FileRefusedException(FileRefusedException.Reason.NOT_A_FILE, "not a regular file (" + specialKind(real) + ")");
        }
        if (!Files.isReadable(real)) {
            // a file the app may not read is said so at the check, not only when the window opens it
            throw new FileRefusedException(FileRefusedException.Reason.PERMISSION_DENIED, "permission denied");
        }
        if (attributes.size() > maxBytes) {
            throw new FileRefusedException(FileRefusedException.Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "the file is too large (%,d bytes; the limit is %,d)", attributes.size(), maxBytes));
        }
        return new Inspected(real, attributes);
    }

    private Path realFolder() throws IOException {
        Path real = realFolder;
        if (real == null) {
            real = folder.toRealPath();
            realFolder = real;
        }
        return real;
    }

    private boolean onDefaultFileSystem() {
        return folder.getFileSystem() == FileSystems.getDefault();
    }

    /** What a file that is neither a file nor a folder is, from its Unix mode where the system has one. */
    private static String specialKind(Path real) {
        try {
            int type = (Integer) Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a named pipe, device or socket";
        }
    }

    /** The file system's failure in plain words. */
    static FileRefusedException refusal(IOException e) {
        if (e instanceof FileRefusedException refused) {
            return refused;
        }
        if (e instanceof NoSuchFileException) {
            return new FileRefusedException(FileRefusedException.Reason.NOT_FOUND, "file not found");
        }
        if (e instanceof AccessDeniedException) {
            return new FileRefusedException(FileRefusedException.Reason.PERMISSION_DENIED, "permission denied");
        }
        if (e instanceof NotDirectoryException) {
            return new FileRefusedException(FileRefusedException.Reason.NOT_FOUND, "file not found (a part of its path is a file, not a folder)");
        }
        String reason = e instanceof FileSystemException system && system.getReason() != null ? system.getReason() : e.getMessage();
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("symbolic links")) {
            return new FileRefusedException(FileRefusedException.Reason.UNREADABLE, "cannot be read (its links go round in a loop)");
        }
        if (e instanceof FileSystemException && reason != null && reason.equals("Not a directory")) {
            return new FileRefusedException(FileRefusedException.Reason.NOT_FOUND, "file not found (a part of its path is a file, not a folder)");
        }
        return new FileRefusedException(FileRefusedException.Reason.UNREADABLE,
                "cannot be read (" + (reason == null || reason.isBlank() ? e.getClass().getSimpleName() : lowerFirst(reason)) + ")");
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // refused already; nothing more to say
        }
    }

    private record Inspected(Path real, BasicFileAttributes attributes) {
    }

    /** A file's size and last change, to tell whether it changed since it was last read. */
    public record FileStamp(long size, long modifiedMillis, Object fileKey) {
    }

    /** Stops a read at the file's size limit and its time limit. */
    private static final class LimitedStream extends FilterInputStream {
        private final long maxBytes;
        private final long deadline;
        private final Duration timeLimit;
        private long read;

        LimitedStream(InputStream in, long maxBytes, Duration timeLimit) {
            super(in);
            this.maxBytes = maxBytes;
            this.timeLimit = timeLimit;
            this.deadline = System.nanoTime() + timeLimit.toNanos();
        }

        @Override
        public int read() throws IOException {
            checkTime();
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkTime();
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            checkTime();
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) throws FileRefusedException {
            read += bytes;
            if (read > maxBytes) {
                throw new FileRefusedException(FileRefusedException.Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "the file grew past the limit of %,d bytes while it was read", maxBytes));
            }
        }

        private void checkTime() throws FileRefusedException {
            if (System.nanoTime() - deadline > 0) {
                throw new FileRefusedException(FileRefusedException.Reason.TOO_SLOW,
                        "reading it took longer than " + timeLimit.toSeconds() + " s");
            }
        }
    }
}
