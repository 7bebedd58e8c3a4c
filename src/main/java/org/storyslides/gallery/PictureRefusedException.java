package org.storyslides.gallery;

import org.storyslides.content.FileRefusedException;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/** A picture the app will not show, and why; the placeholder and the log say it in words. */
public final class PictureRefusedException extends IOException {

    public enum Reason {
        NOT_FOUND, NOT_A_PICTURE, DAMAGED, TOO_LARGE,
        /** The file is there but was not read: see {@link #fileReason()}. */
        UNREADABLE
    }

    private final Reason reason;
    private final int width;
    private final int height;
    private final FileRefusedException.Reason fileReason;

    PictureRefusedException(Reason reason, String detail) {
        this(reason, detail, 0, 0);
    }

    PictureRefusedException(Reason reason, String detail, int width, int height) {
        this(reason, detail, width, height, null);
    }

    private PictureRefusedException(Reason reason, String detail, int width, int height, FileRefusedException.Reason fileReason) {
        super(detail);
        this.reason = reason;
        this.width = width;
        this.height = height;
        this.fileReason = fileReason;
    }

    /** A picture whose file the content folder's guard did not open. */
    static PictureRefusedException unreadable(FileRefusedException refused) {
        return refused.reason() == FileRefusedException.Reason.NOT_FOUND
                ? new PictureRefusedException(Reason.NOT_FOUND, refused.getMessage())
                : new PictureRefusedException(Reason.UNREADABLE, refused.getMessage(), 0, 0, refused.reason());
    }

    /** A decode that ran out of memory: the picture is too large for the app, whatever its header said. */
    static PictureRefusedException outOfMemory(int width, int height) {
        return new PictureRefusedException(Reason.TOO_LARGE, "decoding ran out of memory", width, height);
    }

    /**
     * Why a picture failed, from whatever its decode threw: the check's refusal, the guard's, a missing
     * file, running out of memory, or else damage the decoder found after the header passed. The one
     * place the view's reason and the log's come from.
     */
    public static PictureRefusedException of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PictureRefusedException refused) {
                return refused;
            }
            if (cause instanceof FileRefusedException refused) {
                return unreadable(refused);
            }
            if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
                return new PictureRefusedException(Reason.NOT_FOUND, "file not found");
            }
            if (cause instanceof OutOfMemoryError) {
                return outOfMemory(0, 0);
            }
        }
        return new PictureRefusedException(Reason.DAMAGED, failure == null ? "unknown error"
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    /**
     * The refusal in a line, for a list of problems: what is wrong in a few words, then the detail the
     * window's log gives ("not a picture (not a JPEG, PNG, GIF or BMP picture)").
     */
    public String summary() {
        String what = switch (reason) {
            case NOT_FOUND -> "missing";
            case NOT_A_PICTURE -> "not a picture";
            case DAMAGED -> "damaged or cut short";
            case TOO_LARGE -> "too large";
            case UNREADABLE -> "cannot be read";
        };
        return what + " (" + getMessage() + ")";
    }

    public Reason reason() {
        return reason;
    }

    /** Why the file was not read, when {@link #reason()} is {@link Reason#UNREADABLE}. */
    public Optional<FileRefusedException.Reason> fileReason() {
        return Optional.ofNullable(fileReason);
    }

    /** The picture's size from its header, when known (0 otherwise). */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
