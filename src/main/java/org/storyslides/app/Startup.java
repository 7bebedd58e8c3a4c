package org.storyslides.app;

import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides, from the command line, whether to open the window or to answer and exit
 * (help, --check, bad options, broken content). Kept apart from JavaFX so it runs with no display.
 */
final class Startup {

    static final int EXIT_OK = 0;
    static final int EXIT_USAGE_OR_CONTENT = 2;

    sealed interface Decision {
    }

    record Exit(int code) implements Decision {
    }

    record OpenWindow(Content content) implements Decision {
    }

    private Startup() {
    }

    static Decision decide(String[] args, PrintWriter out, PrintWriter err) {
        AppOptions options = new AppOptions();
        CommandLine commandLine = new CommandLine(options);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("storyslides: " + e.getMessage());
            err.println("Try --help for the options.");
            return new Exit(EXIT_USAGE_OR_CONTENT);
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return new Exit(EXIT_OK);
        }
        Path folder = options.content != null ? options.content.toAbsolutePath().normalize() : BundledContent.folder();
        LoadResult result = new ContentLoader().load(folder);
        if (options.check) {
            return new Exit(report(result, folder, out));
        }
        if (result instanceof LoadResult.Failed failed) {
            printProblems(failed.problems(), folder, err);
            return new Exit(EXIT_USAGE_OR_CONTENT);
        }
        return new OpenWindow(((LoadResult.Loaded) result).content());
    }

    private static int report(LoadResult result, Path folder, PrintWriter out) {
        if (result instanceof LoadResult.Loaded loaded) {
            Content content = loaded.content();
            int galleries = content.galleries().size();
            out.printf("ok: 1 story, %d %s, %d slides%n", galleries, galleries == 1 ? "gallery" : "galleries", content.slideCount());
            return EXIT_OK;
        }
        printProblems(((LoadResult.Failed) result).problems(), folder, out);
        return EXIT_USAGE_OR_CONTENT;
    }

    private static void printProblems(List<Problem> problems, Path folder, PrintWriter to) {
        to.printf("%d %s in %s:%n", problems.size(), problems.size() == 1 ? "problem" : "problems", folder);
        problems.forEach(problem -> to.println("  " + problem));
    }
}
