package org.storyslides.app;

import org.storyslides.content.Content;
import org.storyslides.settings.Settings;

import java.util.Optional;

/**
 * Where the window opens: the gallery and slide the command line names, else where the reader left
 * off, else the first gallery's cover ({@code --slide} alone means the story's first gallery).
 * Worked out from what is known, without reading a file.
 *
 * @param gallery the gallery's id (one of the story's)
 * @param slide   the 0-based slide; a slide the gallery turns out not to have means its cover
 */
record StartPlace(String gallery, int slide) {

    static StartPlace of(Content content, WindowOptions options, Settings remembered) {
        String first = content.galleries().get(0).id();
        String gallery = options.gallery()
                .or(() -> options.slide().isPresent() ? Optional.empty() : remembered.gallery())
                .filter(id -> content.info(id).isPresent())
                .orElse(first);
        int slide = options.slide().map(number -> number - 1)
                .or(() -> remembered.gallery().equals(Optional.of(gallery)) ? remembered.slide() : Optional.empty())
                .orElse(0);
        return new StartPlace(gallery, slide);
    }
}
