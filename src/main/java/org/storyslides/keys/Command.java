package org.storyslides.keys;

/** Everything the keyboard can ask for. {@link KeyMap} says which keys ask for what. */
public enum Command {
    NEXT_SLIDE, PREVIOUS_SLIDE, FIRST_SLIDE, LAST_SLIDE,
    TYPE_DIGIT, GO_TO_TYPED_SLIDE,
    TOGGLE_CAPTION, SCROLL_CAPTION_DOWN, SCROLL_CAPTION_UP, TOGGLE_GRID, TOGGLE_FILMSTRIP,
    ZOOM_TOGGLE, ZOOM_IN, ZOOM_OUT, PAN,
    GRID_LEFT, GRID_RIGHT, GRID_UP, GRID_DOWN, GRID_FIRST, GRID_LAST, GRID_OPEN,
    NEXT_GALLERY, PREVIOUS_GALLERY,
    TOGGLE_PRESENTATION, PRESENT_FROM_COVER, PRESENT_FROM_HERE,
    CLOSE_LAYER,
    QUIT,
    TOGGLE_AUTOPLAY, AUTOPLAY_FASTER, AUTOPLAY_SLOWER, TOGGLE_LOOP,
    BLACK_SCREEN, WHITE_SCREEN,
    PRESENTER_VIEW, AUDIENCE_NEXT_SCREEN, TIMER_PAUSE, TIMER_RESET,
    TOGGLE_HELP,
    STORY_TEXT_LARGER, STORY_TEXT_SMALLER, STORY_TEXT_DEFAULT,
    EXPORT_HANDOUT;

    /** The commands that move through slides or galleries: on a black or white screen they bring the slide back. */
    public boolean navigates() {
        return switch (this) {
            case NEXT_SLIDE, PREVIOUS_SLIDE, FIRST_SLIDE, LAST_SLIDE, NEXT_GALLERY, PREVIOUS_GALLERY, GO_TO_TYPED_SLIDE -> true;
            default -> false;
        };
    }
}
