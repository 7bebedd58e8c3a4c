package org.storyslides.presentation;

/** What covers the screen while a presenter talks: nothing, black or white. */
public enum ScreenCover {
    NONE, BLACK, WHITE
}
