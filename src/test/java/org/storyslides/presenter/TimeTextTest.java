package org.storyslides.presenter;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTextTest {

    @Test
    void aSpanReadsAsMinutesAndSecondsRoundedDown() {
        assertThat(TimeText.span(Duration.ZERO)).isEqualTo("0:00");
        assertThat(TimeText.span(Duration.millis(59_999))).isEqualTo("0:59");
        assertThat(TimeText.span(Duration.seconds(60))).isEqualTo("1:00");
        assertThat(TimeText.span(Duration.seconds(760))).isEqualTo("12:40");
        assertThat(TimeText.span(Duration.seconds(3599))).isEqualTo("59:59");
    }

    @Test
    void fromAnHourOnASpanReadsAsHoursMinutesAndSeconds() {
        assertThat(TimeText.span(Duration.seconds(3600))).isEqualTo("1:00:00");
        assertThat(TimeText.span(Duration.seconds(3723))).isEqualTo("1:02:03");
        assertThat(TimeText.span(Duration.hours(11).add(Duration.seconds(59)))).isEqualTo("11:00:59");
    }

    @Test
    void aNegativeSpanReadsAsZero() {
        assertThat(TimeText.span(Duration.seconds(-5))).isEqualTo("0:00");
        assertThat(TimeText.spanRoundedUp(Duration.seconds(-5))).isEqualTo("0:00");
    }

    @Test
    void aPaceIsRoundedUpAndAPlanToTheNearestSecond() {
        assertThat(TimeText.spanRoundedUp(Duration.millis(200))).isEqualTo("0:01");
        assertThat(TimeText.spanRoundedUp(Duration.seconds(35))).isEqualTo("0:35");
        assertThat(TimeText.spanRounded(Duration.millis(759_400))).isEqualTo("12:39");
        assertThat(TimeText.spanRounded(Duration.millis(759_600))).isEqualTo("12:40");
    }

    @Test
    void theTimeOfDayIsOnATwentyFourHourClockWithoutSeconds() {
        assertThat(TimeText.timeOfDay(LocalTime.of(9, 5, 59))).isEqualTo("09:05");
        assertThat(TimeText.timeOfDay(LocalTime.of(14, 30))).isEqualTo("14:30");
    }
}
