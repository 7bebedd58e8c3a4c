package org.storyslides.settings;

import java.util.Optional;

/**
 * What the app remembers between runs. Every field may be missing (first run, --reset, a file
 * from an older version); the window then uses its defaults.
 *
 * @param gallery        id of the gallery on show
 * @param slide          0-based slide on show
 * @param captionVisible caption shown or hidden
 * @param window         the window's position and size, when it was not full screen
 * @param split          the split's divider position (0..1)
 * @param storyTextScale the story text's size relative to the default
 * @param reducedMotion  slide transitions off
 * @param filmstripShown the filmstrip shown or hidden
 */
public record Settings(Optional<String> gallery, Optional<Integer> slide, Optional<Boolean> captionVisible,
                       Optional<WindowBounds> window, Optional<Double> split, Optional<Double> storyTextScale,
                       boolean reducedMotion, Optional<Boolean> filmstripShown) {

    public static final Settings NONE = new Settings(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), false);

    /** Settings that say nothing of the filmstrip (it starts hidden). */
    public Settings(Optional<String> gallery, Optional<Integer> slide, Optional<Boolean> captionVisible,
                    Optional<WindowBounds> window, Optional<Double> split, Optional<Double> storyTextScale,
                    boolean reducedMotion) {
        this(gallery, slide, captionVisible, window, split, storyTextScale, reducedMotion, Optional.empty());
    }

    public record WindowBounds(double x, double y, double width, double height) {
    }

    public Settings withReducedMotion(boolean reduced) {
        return new Settings(gallery, slide, captionVisible, window, split, storyTextScale, reduced, filmstripShown);
    }
}
