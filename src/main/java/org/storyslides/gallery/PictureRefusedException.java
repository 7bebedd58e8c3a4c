package org.storyslides.gallery;

import java.io.IOException;

/** A picture the app will not decode, and why; it reaches the view as the image's error. */
final class PictureRefusedException extends IOException {

    enum Reason {
        NOT_A_PICTURE, DAMAGED, TOO_LARGE
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
