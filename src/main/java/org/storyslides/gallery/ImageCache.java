package org.storyslides.gallery;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Pictures by key, least recently used first out, bounded by the bytes their pixels take (not by
 * count: one 4K photo weighs as much as a hundred thumbnails). Used on the JavaFX thread only.
 *
 * @param <V> what is kept: a picture, or the promise of one being decoded
 */
final class ImageCache<V> {

    private final long budgetBytes;
    private final Map<String, V> images = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, Long> weights = new LinkedHashMap<>();
    private long usedBytes;
    private long decodes;

    ImageCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /**
     * The cached value, or a new one from {@code load}; {@code weight} is its size in bytes (known
     * before decoding: the size it is decoded at).
     */
    V get(String key, long weight, Function<String, V> load) {
        V image = images.get(key);
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

    /** Forgets the value of {@code key}, if it is kept. */
    void remove(String key) {
        if (images.remove(key) != null) {
            usedBytes -= weights.remove(key);
        }
    }

    /** Forgets every value {@code drop} says so of. */
    void removeIf(BiPredicate<String, V> drop) {
        Iterator<Map.Entry<String, V>> entries = images.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, V> entry = entries.next();
            if (drop.test(entry.getKey(), entry.getValue())) {
                entries.remove();
                usedBytes -= weights.remove(entry.getKey());
            }
        }
    }

    private void evict(String keep) {
        Iterator<Map.Entry<String, V>> eldest = images.entrySet().iterator();
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

    /** How many values were ever made here (a cache miss starts a decode). */
    long decodes() {
        return decodes;
    }
}
