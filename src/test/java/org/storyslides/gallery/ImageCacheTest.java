package org.storyslides.gallery;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The decoded-image cache is bounded by bytes, least recently used out first. */
class ImageCacheTest {

    private final List<String> loaded = new ArrayList<>();

    private String load(String key) {
        loaded.add(key);
        return new String("picture of " + key); // a new object each time, as a decode is
    }

    @Test
    void staysWithinItsByteBudget() {
        ImageCache<String> cache = new ImageCache<>(10_000);
        for (int i = 0; i < 100; i++) {
            cache.get("image" + i, 3_000, this::load);
            assertThat(cache.usedBytes()).isLessThanOrEqualTo(10_000);
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.decodes()).isEqualTo(100);
    }

    @Test
    void aCachedImageIsNotDecodedAgainAndRecentUseKeepsIt() {
        ImageCache<String> cache = new ImageCache<>(9_000);
        String a = cache.get("a", 3_000, this::load);
        cache.get("b", 3_000, this::load);
        cache.get("c", 3_000, this::load);
        assertThat(cache.get("a", 3_000, this::load)).isSameAs(a); // a is now the most recent
        cache.get("d", 3_000, this::load); // b goes
        cache.get("a", 3_000, this::load);
        cache.get("b", 3_000, this::load);
        assertThat(loaded).containsExactly("a", "b", "c", "d", "b");
    }

    @Test
    void oneImageLargerThanTheBudgetIsStillGiven() {
        ImageCache<String> cache = new ImageCache<>(1_000);
        String huge = cache.get("huge", 50_000, this::load);
        assertThat(cache.get("huge", 50_000, this::load)).isSameAs(huge);
        cache.get("next", 10, this::load);
        assertThat(cache.usedBytes()).isEqualTo(10);
    }
}
