package org.storyslides.app;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** When the app starts itself again under UTF-8, and with what (the real restart runs in HostileCommandLineTest and CI). */
class Utf8RestartTest {

    private static ProcessHandle.Info self(String command, String... arguments) {
        return new ProcessHandle.Info() {
            @Override
            public Optional<String> command() {
                return Optional.of(command);
            }

            @Override
            public Optional<String> commandLine() {
                return Optional.empty();
            }

            @Override
            public Optional<String[]> arguments() {
                return Optional.of(arguments);
            }

            @Override
            public Optional<java.time.Instant> startInstant() {
                return Optional.empty();
            }

            @Override
            public Optional<java.time.Duration> totalCpuDuration() {
                return Optional.empty();
            }

            @Override
            public Optional<String> user() {
                return Optional.empty();
            }
        };
    }

    @Test
    void onLinuxUnderALocaleThatIsNotUtf8TheSameCommandRunsAgain() {
        assertThat(Utf8Restart.command("Linux", "ANSI_X3.4-1968", Map.of(), self("/opt/storyslides/bin/storyslides", "--check")))
                .contains(List.of("/opt/storyslides/bin/storyslides", "--check"));
    }

    @Test
    void underUtf8OnAnotherSystemOrOnceRestartedNothingRunsAgain() {
        assertThat(Utf8Restart.command("Linux", "UTF-8", Map.of(), self("java", "-jar", "app.jar"))).isEmpty();
        assertThat(Utf8Restart.command("Mac OS X", "US-ASCII", Map.of(), self("java", "-jar", "app.jar"))).isEmpty();
        assertThat(Utf8Restart.command("Linux", "US-ASCII", Map.of(Utf8Restart.MARK, "1"), self("java", "-jar", "app.jar"))).isEmpty();
        assertThat(Utf8Restart.command("Linux", "no such charset", Map.of(), self("java"))).as("unknown: restart").isPresent();
    }

    @Test
    void theSecondRunIsUtf8MarkedAndNotTakenForJpackagesOwnChildLaunch() {
        Map<String, String> environment = new HashMap<>(Map.of("_JPACKAGE_LAUNCHER", "0", "LANG", "C", "HOME", "/home/me"));

        Utf8Restart.restartEnvironment(environment);

        assertThat(environment).containsEntry("LC_ALL", "C.UTF-8").containsEntry(Utf8Restart.MARK, "1")
                .containsEntry("HOME", "/home/me").doesNotContainKey("_JPACKAGE_LAUNCHER");
    }
}
