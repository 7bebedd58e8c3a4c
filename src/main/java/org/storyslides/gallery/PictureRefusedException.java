package org.storyslides.gallery;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** A picture the app will not decode, and why; it reaches the view as the image's error. */
final class PictureRefusedException extends IOException {

    enum Reason {
        NOT_FOUND, NOT_A_PICTURE, DAMAGED, TOO_LARGE
    }

    private final Reason reason;
    private final int width;
    private final int height;

    PictureRefusedException(Reason reason, String detail) {
        this(reason, detail, 0, 0);
    }

    PictureRefusedException(Reason reason, String detail, int width, int height) {
        super(detail);
        this.reason = reason;
        this.width = width;
        this.height = height;
    }

    /**
     * Why a picture failed, from the error its Image reported: the check's refusal, a missing file,
     * or else damage the decoder found after the header passed. The one place the view's reason
     * and the log's come from.
     */
    static PictureRefusedException of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PictureRefusedException refused) {
                return refused;
            }
            if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
                return new PictureRefusedException(Reason.NOT_FOUND, "file not found");
            }
        }
        return new PictureRefusedException(Reason.DAMAGED,
                failure == null ? "unknown error" : failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    Reason reason() {
        return reason;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
