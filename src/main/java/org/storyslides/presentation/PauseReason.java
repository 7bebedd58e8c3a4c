package org.storyslides.presentation;

/**
 * Why autoplay, while on, holds the slide it is on. In the order they are reported: when several
 * hold at once, the first is the one named.
 */
public enum PauseReason {
    /** The black or white screen is up: the presenter is talking. */
    COVER,
    /** The keys' help is open. */
    HELP,
    /** The search field is open: the reader is looking for something. */
    SEARCH,
    /** A slide number is being typed (or its answer is on show). */
    TYPING,
    /** The SEE ALL grid is open. */
    GRID,
    /** A gallery's problems are listed. */
    PROBLEMS,
    /** The picture is zoomed in: someone is looking closely. */
    ZOOMED,
    /** The pointer rests on the picture. */
    POINTER,
    /** A key is held down (a slide reached by a held arrow is not left at once). */
    KEY_HELD
}
