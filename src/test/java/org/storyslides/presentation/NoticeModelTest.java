package org.storyslides.presentation;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Notices go on their own, on a hand-moved clock. */
class NoticeModelTest {

    final ManualClock clock = new ManualClock();
    final NoticeModel notices = new NoticeModel(clock);

    @Test
    void aNoticeShowsForItsTimeThenGoes() {
        assertThat(notices.isShown()).isFalse();
        notices.show("Autoplay ×1.25");
        assertThat(notices.getText()).isEqualTo("Autoplay ×1.25");
        assertThat(notices.shownProperty().get()).isTrue();
        clock.advance(NoticeModel.SHOWN_FOR.subtract(Duration.millis(1)));
        assertThat(notices.isShown()).isTrue();
        clock.advance(Duration.millis(1));
        assertThat(notices.isShown()).isFalse();
        assertThat(notices.textProperty().get()).isEmpty();
    }

    @Test
    void aNewNoticeGetsItsOwnTime() {
        notices.show("one");
        clock.advance(NoticeModel.SHOWN_FOR.subtract(Duration.millis(10)));
        notices.show("two");
        clock.advance(NoticeModel.SHOWN_FOR.subtract(Duration.millis(10)));
        assertThat(notices.getText()).isEqualTo("two");
        clock.advance(Duration.millis(10));
        assertThat(notices.isShown()).isFalse();
    }

    @Test
    void timeWithNoNoticeDoesNotCountTowardsTheNext() {
        clock.advance(Duration.minutes(1));
        notices.show("later");
        clock.advance(Duration.millis(100));
        assertThat(notices.isShown()).isTrue();
        notices.clear();
        assertThat(notices.isShown()).isFalse();
    }
}
