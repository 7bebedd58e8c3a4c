package org.storyslides.content;

import java.io.IOException;

/**
 * A content file that was not read, and why, in words an author can act on ({@link #getMessage()}:
 * "not a regular file (a named pipe)", "permission denied", ...).
 */
public final class FileRefusedException extends IOException {

    public enum Reason {
        /** Nothing at that name. */
        NOT_FOUND,
        /** A folder, a named pipe, a device or a socket: only regular files are read. */
        NOT_A_FILE,
        /** The name, or a link on the way to it, leads outside the content folder. */
        OUTSIDE,
        /** Larger than what that kind of file may be. */
        TOO_LARGE,
        PERMISSION_DENIED,
        /** The file was swapped for another between its check and its opening. */
        CHANGED,
        /** Reading it took longer than allowed. */
        TOO_SLOW,
        /** Any other failure of the file system (its reason is in the message). */
        UNREADABLE
    }

    private final Reason reason;

    public FileRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
