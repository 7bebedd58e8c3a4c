package org.storyslides.app;

import javafx.util.Duration;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.ContentText;
import org.storyslides.content.GalleryInfo;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;
import org.storyslides.gallery.PictureCheck;
import org.storyslides.handout.PaperSize;
import org.storyslides.newshow.NewShowRequest;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides, from the command line, whether to open the window or to answer and exit
 * (help, version, --check, bad options, broken content). Kept apart from JavaFX so it runs with no display.
 */
final class Startup {

    static final int EXIT_OK = 0;
    static final int EXIT_USAGE_OR_CONTENT = 2;
    private static final System.Logger LOG = System.getLogger(Startup.class.getName());

    sealed interface Decision {
    }

    record Exit(int code) implements Decision, Parsed {
    }

    /** The content has problems: list them in a window that can fall back to the bundled story (with the same options). */
    record ShowProblems(Path folder, List<Problem> problems, WindowOptions options, boolean reset) implements Decision {
    }

    /** Write the handout PDF of the story, or of one gallery, and exit; no window, no JavaFX. */
    record ExportHandout(Content content, Path target, Optional<String> gallery, PaperSize paper) implements Decision {
    }

    // --- --new ---
    /** Write a new show from a folder of photos and exit; no window, no JavaFX (NewShowCommand). */
    record NewShow(NewShowRequest request) implements Decision {
    }
    // --- end --new ---

    /** Open the window; {@code reset} asks to forget the remembered state first. */
    record OpenWindow(Content content, WindowOptions options, boolean reset) implements Decision {
    }

    private Startup() {
    }

    /** What the command line says, before any file is read: an answer to give and exit, or the options. */
    sealed interface Parsed {
    }

    record Options(AppOptions options) implements Parsed {
        /** Whether a window will open (so JavaFX and its fonts are needed). */
        boolean opensWindow() {
            return !options.check && options.exportPdf == null
                    && !NewShowCommand.asked(options); // --new
        }

        boolean reset() {
            return options.reset;
        }
    }

    /** Reads the command line; help, version and bad options are answered here. */
    static Parsed parse(String[] args, PrintWriter out, PrintWriter err) {
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
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(out);
            return new Exit(EXIT_OK);
        }
        return new Options(options);
    }

    /** Parses the command line and, unless that answers it, reads the content; see {@link #decide(Options, PrintWriter, PrintWriter, Duration)}. */
    static Decision decide(String[] args, PrintWriter out, PrintWriter err, Duration slideTransition) {
        Parsed parsed = parse(args, out, err);
        return parsed instanceof Exit exit ? exit : decide((Options) parsed, out, err, slideTransition);
    }

    /** @param slideTransition the fade the window will use (zero in tests) */
    static Decision decide(Options parsed, PrintWriter out, PrintWriter err, Duration slideTransition) {
        AppOptions options = parsed.options();
        // --- --new: answered before any content is read ---
        if (NewShowCommand.asked(options)) {
            return NewShowCommand.decide(options, err);
        }
        // --- end --new ---
        Optional<String> misuse = exportMisuse(options);
        if (misuse.isPresent()) {
            err.println("storyslides: " + misuse.get());
            err.println("Try --help for the options.");
            return new Exit(EXIT_USAGE_OR_CONTENT);
        }
        if (options.content != null && options.folder != null) {
            err.println("storyslides: name the content folder once: " + shown(options.folder) + " or --content " + shown(options.content));
            err.println("Try --help for the options.");
            return new Exit(EXIT_USAGE_OR_CONTENT);
        }
        Path folder = contentFolder(options);
        long loadStart = System.nanoTime();
        // --check reads every gallery whole; the window opens with the first, the others load when shown
        boolean readsAll = options.check || options.exportPdf != null;
        // --check reads every picture as well, as the window will read it: "ok" means each will show
        LoadResult result = options.check ? PictureCheck.withPictures(new ContentLoader().load(folder))
                : readsAll ? new ContentLoader().load(folder) : new ContentLoader().open(folder);
        LOG.log(System.Logger.Level.INFO, () -> shown(folder) + ": " + (result instanceof LoadResult.Loaded loaded
                ? summary(loaded.content()) : ((LoadResult.Failed) result).problems().size() + " problems")
                + ", read and checked in " + (System.nanoTime() - loadStart) / 1_000_000 + " ms");
        if (options.check) {
            return new Exit(report(result, folder, out));
        }
        if (options.exportPdf != null) {
            return exportHandout(options, result, folder, err);
        }
        WindowOptions window = new WindowOptions(Optional.ofNullable(options.gallery), Optional.ofNullable(options.slide),
                options.fullscreen, options.reducedMotion, slideTransition, Optional.ofNullable(options.screen), options.loop);
        if (result instanceof LoadResult.Failed failed) {
            printProblems(failed.problems(), folder, err);
            return new ShowProblems(folder, failed.problems(), window, options.reset);
        }
        Content content = ((LoadResult.Loaded) result).content();
        Optional<String> problem = startProblem(options, content);
        if (problem.isPresent()) {
            err.println("storyslides: " + problem.get());
            return new Exit(EXIT_USAGE_OR_CONTENT);
        }
        return new OpenWindow(content, window, options.reset);
    }

    /** The folder the command line names (--content, or the one positional argument; a story.json means its folder), else the bundled one. */
    private static Path contentFolder(AppOptions options) {
        Path named = options.content != null ? options.content : options.folder;
        if (named == null) {
            return BundledContent.folder();
        }
        return ContentLoader.folderNamedBy(named.toAbsolutePath().normalize());
    }

    /** What is wrong with how --export-pdf and --paper are combined with the other options, if anything (before a file is read). */
    private static Optional<String> exportMisuse(AppOptions options) {
        if (options.exportPdf == null) {
            return options.paper != null ? Optional.of("--paper goes with --export-pdf") : Optional.empty();
        }
        if (options.check) {
            return Optional.of("--check and --export-pdf do not go together: --export-pdf checks the content as well");
        }
        List<String> windowOnly = windowOnlyOptions(options);
        if (!windowOnly.isEmpty()) {
            return Optional.of(windowOnly.get(0) + " is for the window and does not go with --export-pdf");
        }
        if (options.paper != null && PaperSize.named(options.paper).isEmpty()) {
            return Optional.of("--paper must be a4 or letter, not \"" + ContentText.shown(options.paper, 40) + "\"");
        }
        return Optional.empty();
    }

    private static List<String> windowOnlyOptions(AppOptions options) {
        List<String> given = new java.util.ArrayList<>();
        if (options.slide != null) {
            given.add("--slide");
        }
        if (options.fullscreen) {
            given.add("--fullscreen");
        }
        if (options.screen != null) {
            given.add("--screen");
        }
        return given;
    }

    /** The handout's content checked as --check does: broken content lists its problems and exits 2. */
    private static Decision exportHandout(AppOptions options, LoadResult result, Path folder, PrintWriter err) {
        if (result instanceof LoadResult.Failed failed) {
            printProblems(failed.problems(), folder, err);
            return new Exit(EXIT_USAGE_OR_CONTENT);
        }
        Content content = ((LoadResult.Loaded) result).content();
        Optional<String> problem = startProblem(options, content);
        if (problem.isPresent()) {
            err.println("storyslides: " + problem.get());
            return new Exit(EXIT_USAGE_OR_CONTENT);
        }
        PaperSize paper = options.paper != null ? PaperSize.named(options.paper).orElseThrow() : PaperSize.ofDefaultLocale();
        return new ExportHandout(content, options.exportPdf, Optional.ofNullable(options.gallery), paper);
    }

    /** What is wrong with --gallery / --slide for this content, if anything. */
    private static Optional<String> startProblem(AppOptions options, Content content) {
        if (options.gallery != null && content.info(options.gallery).isEmpty()) {
            return Optional.of("no gallery \"" + ContentText.shown(options.gallery, 60) + "\" in this story (its galleries: "
                    + content.galleries().stream().map(GalleryInfo::id).collect(Collectors.joining(", ")) + ")");
        }
        if (options.slide != null) {
            GalleryInfo gallery = options.gallery != null ? content.info(options.gallery).orElseThrow() : content.galleries().get(0);
            if (options.slide < 1 || options.slide > gallery.size()) {
                return Optional.of("--slide " + options.slide + " is out of range: \"" + gallery.id() + "\" has slides 1 to "
                        + gallery.size());
            }
        }
        if (options.screen != null && options.screen < 1) {
            return Optional.of("--screen " + options.screen + " is out of range: screens are numbered from 1");
        }
        return Optional.empty();
    }

    /** What is wrong with --screen when there are {@code screens} screens, if anything (known only once JavaFX runs). */
    static Optional<String> screenProblem(Optional<Integer> screen, int screens) {
        return screen.filter(n -> n < 1 || n > screens).map(n -> "--screen " + n + " is out of range: "
                + (screens == 1 ? "there is 1 screen" : "there are " + screens + " screens, 1 to " + screens));
    }

    private static int report(LoadResult result, Path folder, PrintWriter out) {
        if (result instanceof LoadResult.Loaded loaded) {
            out.println("ok: " + summary(loaded.content()));
            return EXIT_OK;
        }
        printProblems(((LoadResult.Failed) result).problems(), folder, out);
        return EXIT_USAGE_OR_CONTENT;
    }

    /** The folder as the command line named it, safe to print (it may hold a newline or an escape). */
    static String shown(Path folder) {
        return ContentText.shown(folder.toString(), 300);
    }

    private static String summary(Content content) {
        int galleries = content.galleries().size();
        return String.format("1 story, %d %s, %d slides", galleries, galleries == 1 ? "gallery" : "galleries", content.slideCount());
    }

    private static void printProblems(List<Problem> problems, Path folder, PrintWriter to) {
        to.printf("%d %s in %s:%n", problems.size(), problems.size() == 1 ? "problem" : "problems", shown(folder));
        problems.forEach(problem -> to.println("  " + problem));
    }
}
