package org.storyslides.app;

import org.storyslides.newshow.NewShowException;
import org.storyslides.newshow.NewShowReport;
import org.storyslides.newshow.NewShowRequest;
import org.storyslides.newshow.NewShowWriter;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * --new DIR --photos PHOTOS [--title TEXT] [--link]: writes a show from a folder of photos and says
 * what it wrote, or why it did not, in one line; no window, no JavaFX.
 */
final class NewShowCommand {

    private NewShowCommand() {
    }

    /** Whether the command line asks for --new or one of its options. */
    static boolean asked(AppOptions options) {
        return options.newShow != null || options.photos != null || options.title != null || options.link;
    }

    /** The run, or an exit with what is wrong with how --new is combined with the other options. */
    static Startup.Decision decide(AppOptions options, PrintWriter err) {
        Optional<String> misuse = misuse(options);
        if (misuse.isPresent()) {
            err.println("storyslides: " + misuse.get());
            err.println("Try --help for the options.");
            return new Startup.Exit(Startup.EXIT_USAGE_OR_CONTENT);
        }
        return new Startup.NewShow(new NewShowRequest(options.newShow, options.photos, Optional.ofNullable(options.title), options.link));
    }

    private static Optional<String> misuse(AppOptions options) {
        if (options.newShow == null) {
            String given = options.photos != null ? "--photos" : options.title != null ? "--title" : "--link";
            return Optional.of(given + " goes with --new DIR");
        }
        if (options.photos == null) {
            return Optional.of("--new needs --photos DIR: the folder of photos to make the show from");
        }
        List<String> others = otherOptions(options);
        if (!others.isEmpty()) {
            return Optional.of(others.get(0) + " does not go with --new: --new writes a folder and opens no window");
        }
        return Optional.empty();
    }

    private static List<String> otherOptions(AppOptions options) {
        List<String> given = new ArrayList<>();
        if (options.content != null || options.folder != null) {
            given.add(options.content != null ? "--content" : "a content folder to open");
        }
        if (options.check) {
            given.add("--check");
        }
        if (options.exportPdf != null) {
            given.add("--export-pdf");
        }
        if (options.paper != null) {
            given.add("--paper");
        }
        if (options.gallery != null) {
            given.add("--gallery");
        }
        if (options.slide != null) {
            given.add("--slide");
        }
        if (options.fullscreen) {
            given.add("--fullscreen");
        }
        if (options.loop) {
            given.add("--loop");
        }
        if (options.screen != null) {
            given.add("--screen");
        }
        if (options.reducedMotion) {
            given.add("--reduced-motion");
        }
        if (options.reset) {
            given.add("--reset");
        }
        return given;
    }

    /** @return the exit code: 0 written, 2 refused (the folder is not empty, no photos), 1 when it could not be written */
    static int run(Startup.NewShow newShow, Clock clock, PrintWriter out, PrintWriter err) {
        NewShowWriter writer = new NewShowWriter(clock, warning -> err.println("storyslides: warning: " + warning));
        try {
            NewShowReport report = writer.write(newShow.request());
            report.lines().forEach(out::println);
            return Startup.EXIT_OK;
        } catch (NewShowException e) {
            err.println("storyslides: " + e.getMessage());
            return e.kind() == NewShowException.Kind.REFUSED ? Startup.EXIT_USAGE_OR_CONTENT : HandoutExport.EXIT_NOT_WRITTEN;
        } catch (UncheckedIOException e) {
            err.println("storyslides: could not write the show: " + e.getCause().getMessage() + "; the photos folder was only read");
            return HandoutExport.EXIT_NOT_WRITTEN;
        }
    }
}
