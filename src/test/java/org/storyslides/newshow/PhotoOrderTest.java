package org.storyslides.newshow;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Slides by capture time; those without one after, by name; ties by name. */
class PhotoOrderTest {

    private static PhotoFacts photo(String name, Integer hour) {
        return new PhotoFacts(Path.of(name), Optional.ofNullable(hour).map(h -> LocalDateTime.of(2020, 1, 1, h, 0)), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static List<String> sorted(PhotoFacts... photos) {
        List<PhotoFacts> list = new ArrayList<>(List.of(photos));
        list.sort(PhotoOrder.SLIDES);
        return list.stream().map(PhotoFacts::fileName).toList();
    }

    @Test
    void earliestFirst() {
        assertThat(sorted(photo("a.jpg", 9), photo("b.jpg", 7), photo("c.jpg", 8))).containsExactly("b.jpg", "c.jpg", "a.jpg");
    }

    @Test
    void photosWithoutATimeComeAfterInNameOrder() {
        assertThat(sorted(photo("z.jpg", null), photo("y.jpg", 23), photo("b.jpg", null), photo("a.jpg", null), photo("x.jpg", 1)))
                .containsExactly("x.jpg", "y.jpg", "a.jpg", "b.jpg", "z.jpg");
    }

    @Test
    void photosTakenAtOneTimeGoByName() {
        assertThat(sorted(photo("b.jpg", 5), photo("a.jpg", 5), photo("c.jpg", 4))).containsExactly("c.jpg", "a.jpg", "b.jpg");
    }

    @Test
    void namesCompareAsTextTheSameEverywhere() {
        assertThat(sorted(photo("b.jpg", null), photo("B.jpg", null), photo("a10.jpg", null), photo("a2.jpg", null)))
                .containsExactly("B.jpg", "a10.jpg", "a2.jpg", "b.jpg");
    }
}
