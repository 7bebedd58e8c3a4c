package org.storyslides.app;

import javafx.util.Duration;

import java.util.Optional;

/**
 * How the window starts, from the command line.
 *
 * @param gallery         the gallery to open (checked against the content already)
 * @param slide           the 1-based slide to open (checked already)
 * @param fullscreen      start presenting
 * @param reducedMotion   no transitions for this run
 * @param slideTransition the fade between slides when motion is not reduced; zero in tests
 * @param screen          the 1-based screen the audience view goes on with the presenter view open
 * @param loop            autoplay starts the gallery again after its last slide
 */
public record WindowOptions(Optional<String> gallery, Optional<Integer> slide, boolean fullscreen, boolean reducedMotion,
                            Duration slideTransition, Optional<Integer> screen, boolean loop) {

    /** No audience screen asked for, no loop. */
    public WindowOptions(Optional<String> gallery, Optional<Integer> slide, boolean fullscreen, boolean reducedMotion,
                         Duration slideTransition) {
        this(gallery, slide, fullscreen, reducedMotion, slideTransition, Optional.empty(), false);
    }

    /** The slide fade: short enough never to hold up a reader stepping through. */
    public static final Duration SLIDE_TRANSITION = Duration.millis(180);

    public static WindowOptions defaults(Duration slideTransition) {
        return new WindowOptions(Optional.empty(), Optional.empty(), false, false, slideTransition);
    }
}
