package org.storyslides.content;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A loaded, valid content folder: the story and the galleries it embeds.
 *
 * @param folder    the content folder (on the default file system, or inside the app's jar)
 * @param story     the story
 * @param galleries the galleries by id, in the order the story embeds them
 */
public record Content(Path folder, Story story, Map<String, Gallery> galleries) {

    public Content {
        galleries = Collections.unmodifiableMap(new LinkedHashMap<>(galleries));
    }

    public Gallery gallery(String id) {
        Gallery gallery = galleries.get(id);
        if (gallery == null) {
            throw new NoSuchElementException("no gallery with id " + id);
        }
        return gallery;
    }

    public List<Gallery> galleryList() {
        return List.copyOf(galleries.values());
    }

    public int slideCount() {
        return galleries.values().stream().mapToInt(Gallery::size).sum();
    }

    /** Where a slide's image is, as a URI JavaFX's Image can open (file: or jar:). */
    public URI imageUri(Slide slide) {
        return folder.resolve(slide.image()).toUri();
    }
}
