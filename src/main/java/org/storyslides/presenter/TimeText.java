package org.storyslides.presenter;

import javafx.util.Duration;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** How the presenter view writes times: a span as m:ss (h:mm:ss from an hour on), the time of day as HH:MM. */
public final class TimeText {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    private TimeText() {
    }

    /** A span in whole seconds, rounded down: 0:00, 9:59, 12:40, 1:02:03. A negative span reads as 0:00. */
    public static String span(Duration span) {
        return wholeSeconds((long) Math.floor(span.toSeconds()));
    }

    /** A span in whole seconds, rounded up: a pace a fraction of a second off already reads 0:01. */
    static String spanRoundedUp(Duration span) {
        return wholeSeconds((long) Math.ceil(span.toSeconds()));
    }

    /** A span to the nearest second: a plan. */
    static String spanRounded(Duration span) {
        return wholeSeconds(Math.round(span.toSeconds()));
    }

    private static String wholeSeconds(long total) {
        long seconds = Math.max(0, total);
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%d:%02d", minutes, rest);
    }

    /** The time of day on a 24-hour clock: 09:05, 14:30. */
    public static String timeOfDay(LocalTime time) {
        return TIME_OF_DAY.format(time);
    }
}
