package org.storyslides.app;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** --screen N: which screen the audience view goes on with the presenter view open; no display needed. */
class ScreenOptionTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private Startup.Decision run(String... args) {
        return Startup.decide(args, new PrintWriter(out, true), new PrintWriter(err, true), Duration.ZERO);
    }

    @Test
    void theScreenAskedForReachesTheWindowsOptions() {
        Startup.Decision decision = run("--screen", "2");
        assertThat(decision).isInstanceOf(Startup.OpenWindow.class);
        assertThat(((Startup.OpenWindow) decision).options().screen()).contains(2);
        assertThat(((Startup.OpenWindow) run()).options().screen()).isEmpty();
    }

    @Test
    void aScreenBelowOneIsAUsageErrorWithExitCode2() {
        assertThat(run("--screen", "0")).isEqualTo(new Startup.Exit(2));
        assertThat(err.toString()).isEqualTo("storyslides: --screen 0 is out of range: screens are numbered from 1"
                + System.lineSeparator());
    }

    @Test
    void aScreenThatIsNotANumberIsExplained() {
        assertThat(run("--screen", "left")).isEqualTo(new Startup.Exit(2));
        assertThat(err.toString()).startsWith("storyslides: Invalid value for option '--screen'").contains("Try --help");
    }

    @Test
    void aScreenPastTheLastIsNamedWithTheScreensThereAre() {
        assertThat(Startup.screenProblem(Optional.of(3), 2)).contains("--screen 3 is out of range: there are 2 screens, 1 to 2");
        assertThat(Startup.screenProblem(Optional.of(2), 1)).contains("--screen 2 is out of range: there is 1 screen");
        assertThat(Startup.screenProblem(Optional.of(0), 2)).isPresent();
        assertThat(Startup.screenProblem(Optional.of(2), 2)).isEmpty();
        assertThat(Startup.screenProblem(Optional.of(1), 1)).isEmpty();
        assertThat(Startup.screenProblem(Optional.empty(), 1)).isEmpty();
    }

    @Test
    void theHelpListsTheOption() {
        run("--help");
        assertThat(out.toString()).contains("--screen=N");
    }
}
