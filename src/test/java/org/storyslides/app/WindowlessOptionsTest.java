package org.storyslides.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The guess that starts JavaFX before the options are parsed: never for a command that opens no window. */
class WindowlessOptionsTest {

    @Test
    void everyOptionThatAnswersWithoutAWindowIsGuessedWindowless() {
        List<String> windowless = new ArrayList<>();
        for (CommandLine.Model.OptionSpec option : new CommandLine(new AppOptions()).getCommandSpec().options()) {
            for (String name : option.names()) {
                List<String> args = new ArrayList<>(List.of(name));
                if (option.arity().min() > 0) {
                    args.add(name.equals("--paper") ? "a4" : name.equals("--slide") || name.equals("--screen") ? "1" : "x");
                }
                if (name.equals("--new")) {
                    args.addAll(List.of("--photos", "y"));
                }
                Startup.Parsed parsed = Startup.parse(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()));
                boolean opensWindow = parsed instanceof Startup.Options options && options.opensWindow();
                if (!opensWindow) {
                    windowless.add(name);
                }
                assertThat(WindowlessOptions.mayOpenWindow(args.toArray(String[]::new)))
                        .as("the guess for %s", args).isEqualTo(opensWindow);
            }
        }
        assertThat(windowless).containsExactlyInAnyOrderElementsOf(WindowlessOptions.NAMES);
    }

    @Test
    void anOptionWithItsValueAfterAnEqualsSignIsKnownByItsName() {
        assertThat(WindowlessOptions.mayOpenWindow(new String[]{"--export-pdf=handout.pdf"})).isFalse();
        assertThat(WindowlessOptions.mayOpenWindow(new String[]{"--gallery=mattis-quotes", "--slide=2"})).isTrue();
    }

    @Test
    void helpOrVersionAmongShortOptionsTogetherOpensNoWindow() {
        assertThat(WindowlessOptions.mayOpenWindow(new String[]{"-hV"})).isFalse();
        assertThat(WindowlessOptions.mayOpenWindow(new String[]{"-Vh"})).isFalse();
    }

    @Test
    void aWindowIsGuessedForFoldersAndWindowOptions() {
        assertThat(WindowlessOptions.mayOpenWindow(new String[]{})).isTrue();
        assertThat(WindowlessOptions.mayOpenWindow(new String[]{"/home/me/show", "--fullscreen", "--reset"})).isTrue();
        // a folder whose name holds an h or a V is a folder, not options together
        assertThat(WindowlessOptions.mayOpenWindow(new String[]{"hVh", "--content", "/tmp/hV"})).isTrue();
    }
}
