package org.storyslides.content;

/**
 * How big content may be. A content folder may come from anyone: these bounds keep a hostile or
 * broken one from exhausting memory, and each is reported as a problem, never as a crash.
 */
final class ContentLimits {

    static final long MAX_FILE_BYTES = 16L << 20;
    static final int MAX_TEXT_CHARS = 100_000;
    static final int MAX_SLIDES = 10_000;
    static final int MAX_NESTING = 64;

    private ContentLimits() {
    }
}
