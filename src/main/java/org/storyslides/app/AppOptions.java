package org.storyslides.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The command line, declared for picocli. */
@Command(name = "storyslides",
        description = "Shows a news story beside its photo galleries.",
        sortOptions = false)
final class AppOptions {

    @Option(names = "--content", paramLabel = "DIR",
            description = "Read the story and galleries from DIR instead of the bundled content.")
    Path content;

    @Option(names = "--check",
            description = "Check the content and print a summary or its problems; opens no window. Exits 0 when valid, 2 when not.")
    boolean check;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help and exit.")
    boolean help;
}
