package org.storyslides.keys;

import org.storyslides.presentation.FadingNotice;
import org.storyslides.presentation.MotionPreference;

/** Shows the slide number being typed ("Go to slide 12"), or why it was refused; it fades when the entry closes. */
public final class SlideNumberOverlay extends FadingNotice {

    public SlideNumberOverlay(SlideNumberEntry entry, MotionPreference motion) {
        super(entry.promptProperty(), motion);
        setId("slide-number");
        getStyleClass().add("slide-number");
    }
}
