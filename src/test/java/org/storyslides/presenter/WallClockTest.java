package org.storyslides.presenter;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.storyslides.presentation.ManualClock;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class WallClockTest {

    /** A wall clock set by hand. */
    static final class SetClock extends java.time.Clock {
        Instant now;
        final ZoneId zone;

        SetClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            return new SetClock(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void showsTheHourAndMinuteOfTheWallClockInItsZone() {
        SetClock wall = new SetClock(Instant.parse("2026-12-02T14:05:30Z"), ZoneOffset.ofHours(1));
        assertThat(new WallClock(new ManualClock(), wall).getText()).isEqualTo("15:05");
    }

    @Test
    void followsTheWallClockAtEachTickOfThePulse() {
        SetClock wall = new SetClock(Instant.parse("2026-12-02T14:05:30Z"), ZoneOffset.UTC);
        ManualClock pulse = new ManualClock();
        WallClock clock = new WallClock(pulse, wall);

        wall.now = Instant.parse("2026-12-02T14:06:00Z");
        assertThat(clock.getText()).isEqualTo("14:05");
        pulse.advance(Duration.millis(16));
        assertThat(clock.getText()).isEqualTo("14:06");
        assertThat(clock.textProperty().get()).isEqualTo("14:06");
    }
}
