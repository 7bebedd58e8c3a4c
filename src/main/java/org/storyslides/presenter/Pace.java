package org.storyslides.presenter;

/** Where the talk stands against the plan of the gallery on show. */
public enum Pace {
    /** within the current slide's planned time */
    ON_TIME,
    /** not yet at the current slide's planned start: slow down */
    AHEAD,
    /** past the current slide's planned end: speed up */
    BEHIND
}
