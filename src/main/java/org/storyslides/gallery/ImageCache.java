package org.storyslides.gallery;

import javafx.scene.image.Image;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Decoded images by key, least recently used first out, bounded by the bytes their pixels take
 * (not by count: one 4K photo weighs as much as a hundred thumbnails).
 */
final class ImageCache {

    private final long budgetBytes;
    private final Map<String, Image> images = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, Long> weights = new LinkedHashMap<>();
    private long usedBytes;
    private long decodes;

    ImageCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /**
     * The cached image, or a new one from {@code load}; {@code weight} is its size in bytes
     * (known before decoding: the size it is decoded at).
     */
    Image get(String key, long weight, Function<String, Image> load) {
        Image image = images.get(key);
        if (image != null) {
            return image;
        }
        image = load.apply(key);
        decodes++;
        images.put(key, image);
        weights.put(key, weight);
        usedBytes += weight;
        evict(key);
        return image;
    }

    private void evict(String keep) {
        Iterator<Map.Entry<String, Image>> eldest = images.entrySet().iterator();
        while (usedBytes > budgetBytes && eldest.hasNext()) {
            String key = eldest.next().getKey();
            if (!key.equals(keep)) {
                eldest.remove();
                usedBytes -= weights.remove(key);
            }
        }
    }

    long usedBytes() {
        return usedBytes;
    }

    int size() {
        return images.size();
    }

    /** How many images were ever decoded here (a cache miss starts a decode). */
    long decodes() {
        return decodes;
    }
}
