package org.storyslides.content;

/**
 * How big content may be. A content folder may come from anyone: these bounds keep a hostile or
 * broken one from exhausting memory, and each is reported as a problem, never as a crash. They are
 * set so that content at every limit at once opens in the app's 128 MB heap (README, Content format).
 * Public for --new, which writes content that must keep inside them.
 */
public final class ContentLimits {

    /** A gallery file: its records take about 1.1 times its size in memory. */
    public static final long MAX_FILE_BYTES = 8L << 20;
    /** story.json: the window lays out all of its text (512 KB in 1,000 paragraphs takes 14 MB there). */
    public static final long MAX_STORY_BYTES = 512L << 10;
    public static final int MAX_TEXT_CHARS = 100_000;
    public static final int MAX_SLIDES = 10_000;
    static final int MAX_NESTING = 64;
    /** Blocks of the story's body: each is laid out as text in the window. */
    static final int MAX_STORY_BLOCKS = 1_000;
    /** Galleries one story embeds: each has a card with its cover in the story. */
    static final int MAX_GALLERIES = 100;
    /** A picture file: read as it is decoded, never held whole. */
    public static final long MAX_PICTURE_BYTES = 128L << 20;

    private ContentLimits() {
    }
}
