package org.storyslides.presenter;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which screen each view goes on, from screens' bounds alone. */
class ScreenChoiceTest {

    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    static final Rectangle2D PROJECTOR = new Rectangle2D(1920, 0, 1280, 720);
    static final Rectangle2D THIRD = new Rectangle2D(-1600, 0, 1600, 900);
    static final Rectangle2D ON_LAPTOP = new Rectangle2D(100, 100, 1280, 720);
    static final Rectangle2D ON_PROJECTOR = new Rectangle2D(2000, 50, 900, 600);

    @Test
    void withOneScreenBothAreWindowsSideBySideTheAudienceOnTheLeft() {
        ScreenChoice choice = ScreenChoice.of(List.of(new Rectangle2D(0, 0, 1601, 1000)), ON_LAPTOP, Optional.empty());
        assertThat(choice.sideBySide()).isTrue();
        assertThat(choice.audienceBounds()).isEqualTo(new Rectangle2D(0, 0, 800, 1000));
        assertThat(choice.presenterBounds()).isEqualTo(new Rectangle2D(800, 0, 801, 1000));
    }

    @Test
    void sideBySideTheHalvesAreOfTheScreenWhereverItLies() {
        ScreenChoice choice = ScreenChoice.of(List.of(PROJECTOR), ON_LAPTOP, Optional.of(0));
        assertThat(choice.audienceBounds()).isEqualTo(new Rectangle2D(1920, 0, 640, 720));
        assertThat(choice.presenterBounds()).isEqualTo(new Rectangle2D(2560, 0, 640, 720));
    }

    @Test
    void withNoScreenKnownOneOfTheUsualSizeIsAssumed() {
        ScreenChoice choice = ScreenChoice.of(List.of(), ON_LAPTOP, Optional.empty());
        assertThat(choice.sideBySide()).isTrue();
        assertThat(choice.presenterBounds()).isEqualTo(new Rectangle2D(640, 0, 640, 720));
    }

    @Test
    void withTwoScreensThePresenterStaysWhereTheWindowIsAndTheAudienceGoesToTheOther() {
        ScreenChoice choice = ScreenChoice.of(List.of(LAPTOP, PROJECTOR), ON_LAPTOP, Optional.empty());
        assertThat(choice.sideBySide()).isFalse();
        assertThat(choice.audienceScreen()).isEqualTo(1);
        assertThat(choice.presenterScreen()).isEqualTo(0);
        assertThat(choice.audienceBounds()).isEqualTo(PROJECTOR);
        assertThat(choice.presenterBounds()).isEqualTo(LAPTOP);

        ScreenChoice fromProjector = ScreenChoice.of(List.of(LAPTOP, PROJECTOR), ON_PROJECTOR, Optional.empty());
        assertThat(fromProjector.audienceScreen()).isEqualTo(0);
        assertThat(fromProjector.presenterScreen()).isEqualTo(1);
    }

    @Test
    void theScreenAskedForIsTheAudiences() {
        List<Rectangle2D> screens = List.of(LAPTOP, PROJECTOR, THIRD);
        ScreenChoice choice = ScreenChoice.of(screens, ON_LAPTOP, Optional.of(2));
        assertThat(choice.audienceScreen()).isEqualTo(2);
        assertThat(choice.presenterScreen()).isEqualTo(0);
    }

    @Test
    void askedForThePresentersOwnScreenTheAudienceGetsItAndThePresenterTakesAnother() {
        ScreenChoice choice = ScreenChoice.of(List.of(LAPTOP, PROJECTOR), ON_LAPTOP, Optional.of(0));
        assertThat(choice.audienceScreen()).isEqualTo(0);
        assertThat(choice.presenterScreen()).isEqualTo(1);
        ScreenChoice onSecond = ScreenChoice.of(List.of(LAPTOP, PROJECTOR), ON_PROJECTOR, Optional.of(1));
        assertThat(onSecond.audienceScreen()).isEqualTo(1);
        assertThat(onSecond.presenterScreen()).isEqualTo(0);
    }

    @Test
    void aScreenAskedForThatIsNotThereIsLeftOut() {
        assertThat(ScreenChoice.of(List.of(LAPTOP, PROJECTOR), ON_LAPTOP, Optional.of(2)).audienceScreen()).isEqualTo(1);
        assertThat(ScreenChoice.of(List.of(LAPTOP, PROJECTOR), ON_LAPTOP, Optional.of(-1)).audienceScreen()).isEqualTo(1);
    }

    @Test
    void theWindowIsOnTheScreenItOverlapsMostTheFirstOnATieOrWithNoOverlap() {
        List<Rectangle2D> screens = List.of(LAPTOP, PROJECTOR);
        assertThat(ScreenChoice.screenOf(new Rectangle2D(1800, 0, 400, 400), screens)).isEqualTo(1);
        assertThat(ScreenChoice.screenOf(new Rectangle2D(1720, 0, 400, 400), screens)).isEqualTo(0);
        assertThat(ScreenChoice.screenOf(new Rectangle2D(1820, 0, 200, 400), screens)).isEqualTo(0);
        assertThat(ScreenChoice.screenOf(new Rectangle2D(9000, 9000, 10, 10), screens)).isEqualTo(0);
        assertThat(ScreenChoice.screenOf(new Rectangle2D(-300, -300, 200, 200), List.of(LAPTOP, PROJECTOR, THIRD))).isEqualTo(0);
        assertThat(ScreenChoice.screenOf(new Rectangle2D(-300, 0, 200, 200), List.of(LAPTOP, PROJECTOR, THIRD))).isEqualTo(2);
    }

    @Test
    void withTwoScreensTheNextScreenSwapsTheViews() {
        ScreenChoice choice = ScreenChoice.of(List.of(LAPTOP, PROJECTOR), ON_LAPTOP, Optional.empty()).withAudienceOnNextScreen();
        assertThat(choice.audienceScreen()).isEqualTo(0);
        assertThat(choice.presenterScreen()).isEqualTo(1);
        ScreenChoice back = choice.withAudienceOnNextScreen();
        assertThat(back.audienceScreen()).isEqualTo(1);
        assertThat(back.presenterScreen()).isEqualTo(0);
    }

    @Test
    void withThreeScreensTheAudienceGoesRoundAndSwapsOnlyOntoThePresentersScreen() {
        ScreenChoice choice = ScreenChoice.of(List.of(LAPTOP, PROJECTOR, THIRD), ON_LAPTOP, Optional.empty());
        ScreenChoice second = choice.withAudienceOnNextScreen();
        assertThat(second.audienceScreen()).isEqualTo(2);
        assertThat(second.presenterScreen()).isEqualTo(0);
        ScreenChoice third = second.withAudienceOnNextScreen();
        assertThat(third.audienceScreen()).isEqualTo(0);
        assertThat(third.presenterScreen()).isEqualTo(2);
    }

    @Test
    void withOneScreenTheNextScreenIsTheSame() {
        ScreenChoice choice = ScreenChoice.of(List.of(LAPTOP), ON_LAPTOP, Optional.empty()).withAudienceOnNextScreen();
        assertThat(choice.sideBySide()).isTrue();
        assertThat(choice.audienceScreen()).isZero();
    }
}
