package org.storyslides.presentation;

import javafx.util.Duration;
import org.storyslides.content.Slide;

import java.util.ArrayList;
import java.util.List;

/**
 * How long autoplay holds a slide: a moment to take in the picture plus the time its words take
 * to read at about 230 words a minute, never less than {@link #SHORTEST} nor more than {@link #LONGEST}.
 */
public final class ReadingTime {

    static final Duration BASE = Duration.seconds(3);
    static final Duration SHORTEST = Duration.seconds(4);
    static final Duration LONGEST = Duration.seconds(30);
    static final double WORDS_PER_MINUTE = 230;

    private ReadingTime() {
    }

    public static Duration of(Slide slide) {
        List<String> texts = new ArrayList<>(slide.caption());
        slide.headlineText().ifPresent(texts::add);
        long words = texts.stream().mapToLong(ReadingTime::words).sum();
        Duration time = BASE.add(Duration.minutes(words / WORDS_PER_MINUTE));
        return time.lessThan(SHORTEST) ? SHORTEST : time.greaterThan(LONGEST) ? LONGEST : time;
    }

    static long words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
