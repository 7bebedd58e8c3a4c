package org.storyslides.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An opened content folder: the story, what it shows of each gallery it embeds, and the galleries
 * themselves, each read when first asked for and kept while they fit the memory budget
 * ({@link GalleryCache}). {@link ContentLoader#load} gives one with every gallery checked;
 * {@link ContentLoader#open} one with only the first read whole. Thread-safe.
 */
public final class Content {

    private final ContentFolder folder;
    private final Story story;
    private final List<GalleryInfo> galleries;
    private final Gallery first;
    private final GalleryCache cache;
    private final Function<String, GalleryLoad> loader;

    /**
     * @param galleries the galleries in the order the story embeds them
     * @param first     the first of them, read whole: kept whatever else is read (the window falls back on it)
     * @param cache     galleries read already
     * @param loader    reads a gallery by id when it is asked for and not in the cache
     */
    Content(ContentFolder folder, Story story, List<GalleryInfo> galleries, Gallery first, GalleryCache cache,
            Function<String, GalleryLoad> loader) {
        this.folder = folder;
        this.story = story;
        this.galleries = List.copyOf(galleries);
        this.first = first;
        cache.pin(first);
        this.cache = cache;
        this.loader = loader;
    }

    /** The content folder (on the default file system, or inside the app's jar). */
    public Path folder() {
        return folder.path();
    }

    /** The folder's files, read through its guard. */
    public ContentFolder files() {
        return folder;
    }

    public Story story() {
        return story;
    }

    /** The galleries in the order the story embeds them (the first is shown first). */
    public List<GalleryInfo> galleries() {
        return galleries;
    }

    /** The story's first gallery, always in memory: the window opens on it unless told otherwise. */
    public Gallery firstGallery() {
        return first;
    }

    public Optional<GalleryInfo> info(String id) {
        return galleries.stream().filter(gallery -> gallery.id().equals(id)).findFirst();
    }

    /**
     * The gallery, read and checked if it is not in memory: this may read its file, so it is never
     * called on the JavaFX thread. A gallery that failed is read again only once its file changed.
     */
    public GalleryLoad gallery(String id) {
        Optional<Gallery> cached = cached(id);
        if (cached.isPresent()) {
            return new GalleryLoad.Loaded(cached.get());
        }
        if (info(id).isEmpty()) {
            throw new IllegalArgumentException("no gallery with id " + id);
        }
        // stamped before the read: a change made while it is read is seen next time
        Optional<ContentFolder.FileStamp> stamp = folder.stamp(ContentLoader.galleryFile(id));
        Optional<GalleryCache.Failure> failed = cache.failure(id);
        if (failed.isPresent() && failed.get().stamp().equals(stamp)) {
            return failed.get().load();
        }
        GalleryLoad load = loader.apply(id);
        if (load instanceof GalleryLoad.Loaded done) {
            cache.put(done.gallery());
        } else {
            cache.putFailure(id, new GalleryCache.Failure(stamp, (GalleryLoad.Failed) load));
        }
        return load;
    }

    /** The gallery if it is in memory now; never reads a file (safe on the JavaFX thread). */
    public Optional<Gallery> cached(String id) {
        return cache.get(id);
    }

    /** Whether the gallery's slides are in memory now. */
    public boolean isLoaded(String id) {
        return cached(id).isPresent();
    }

    public int slideCount() {
        return galleries.stream().mapToInt(GalleryInfo::size).sum();
    }
}
