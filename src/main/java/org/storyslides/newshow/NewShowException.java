package org.storyslides.newshow;

/**
 * Why a new show was not written, in one line for the command line, and whether the fault is in what
 * was asked ({@link Kind#REFUSED}: the folder is not empty, no photos) or in writing ({@link Kind#NOT_WRITTEN}).
 */
public final class NewShowException extends Exception {

    public enum Kind { REFUSED, NOT_WRITTEN }

    private final Kind kind;

    NewShowException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
