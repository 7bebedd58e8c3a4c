package org.storyslides.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An opened content folder: the story, what it shows of each gallery it embeds, and the galleries
 * themselves, each loaded when first asked for (then kept). {@link ContentLoader#load} gives one with
 * every gallery loaded and checked; {@link ContentLoader#open} one with only the first.
 */
public final class Content {

    private final Path folder;
    private final Story story;
    private final List<GalleryInfo> galleries;
    private final Map<String, Gallery> loaded;
    private final Function<String, GalleryLoad> loader;

    /**
     * @param folder    the content folder (on the default file system, or inside the app's jar)
     * @param galleries the galleries in the order the story embeds them
     * @param loaded    galleries loaded already, by id
     * @param loader    loads a gallery by id when it is first asked for
     */
    Content(Path folder, Story story, List<GalleryInfo> galleries, Map<String, Gallery> loaded, Function<String, GalleryLoad> loader) {
        this.folder = folder;
        this.story = story;
        this.galleries = List.copyOf(galleries);
        this.loaded = new HashMap<>(loaded);
        this.loader = loader;
    }

    public Path folder() {
        return folder;
    }

    public Story story() {
        return story;
    }

    /** The galleries in the order the story embeds them (the first is shown first). */
    public List<GalleryInfo> galleries() {
        return galleries;
    }

    public Optional<GalleryInfo> info(String id) {
        return galleries.stream().filter(gallery -> gallery.id().equals(id)).findFirst();
    }

    /**
     * The gallery, loaded and checked on the first call (a gallery that fails is read again on the
     * next call, so a fixed file can be shown without a restart).
     */
    public GalleryLoad gallery(String id) {
        Gallery gallery = loaded.get(id);
        if (gallery != null) {
            return new GalleryLoad.Loaded(gallery);
        }
        if (info(id).isEmpty()) {
            throw new IllegalArgumentException("no gallery with id " + id);
        }
        GalleryLoad load = loader.apply(id);
        if (load instanceof GalleryLoad.Loaded done) {
            loaded.put(id, done.gallery());
        }
        return load;
    }

    /** Whether the gallery's slides are loaded yet (they are once it has been shown). */
    public boolean isLoaded(String id) {
        return loaded.containsKey(id);
    }

    public int slideCount() {
        return galleries.stream().mapToInt(GalleryInfo::size).sum();
    }
}
