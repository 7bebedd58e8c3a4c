package org.storyslides.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The command line, declared for picocli. */
@Command(name = "storyslides",
        description = "Shows a news story beside its photo galleries.",
        versionProvider = AppVersion.class,
        sortOptions = false)
final class AppOptions {

    @Option(names = "--content", paramLabel = "DIR",
            description = "Read the story and galleries from DIR instead of the bundled content.")
    Path content;

    @Parameters(arity = "0..1", paramLabel = "FOLDER",
            description = "The content folder to show, or the story.json in it (the same as --content FOLDER).")
    Path folder;

    @Option(names = "--check",
            description = "Check the content and print a summary or its problems; opens no window. Exits 0 when valid, 2 when not.")
    boolean check;

    @Option(names = "--export-pdf", paramLabel = "FILE",
            description = "Write a handout of the story (or of the --gallery alone) to FILE as a PDF; opens no window.")
    Path exportPdf;

    @Option(names = "--paper", paramLabel = "a4|letter",
            description = "The handout's paper (with --export-pdf); by default Letter where the locale's country uses it, else A4.")
    String paper;

    @Option(names = "--gallery", paramLabel = "ID",
            description = "Start on this gallery (at its cover unless --slide says otherwise); with --export-pdf, the handout of this gallery alone.")
    String gallery;

    @Option(names = "--slide", paramLabel = "N",
            description = "Start on slide N (1 is the cover) of the --gallery, or of the story's first gallery.")
    Integer slide;

    @Option(names = "--fullscreen", description = "Start presenting, full screen.")
    boolean fullscreen;

    @Option(names = "--loop", description = "Autoplay runs the gallery round: after its last slide it starts again.")
    boolean loop;

    @Option(names = "--screen", paramLabel = "N",
            description = "With the presenter view (P) open, show the audience view full screen on screen N (1 is the primary).")
    Integer screen;

    @Option(names = "--reduced-motion", description = "No slide transitions or fading controls for this run.")
    boolean reducedMotion;

    @Option(names = "--reset", description = "Forget the remembered gallery, slide, window and text size before starting.")
    boolean reset;

    // --- --new: a show from a folder of photos (NewShowCommand) ---
    @Option(names = "--new", paramLabel = "DIR",
            description = "Write a new show to DIR (a new or empty folder) from the photos in --photos, then exit; opens no window.")
    Path newShow;

    @Option(names = "--photos", paramLabel = "DIR",
            description = "With --new: the folder of photos (JPEG, PNG, GIF, BMP), in capture-time order, captioned from their IPTC/XMP/EXIF.")
    Path photos;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "With --new: the show's headline and gallery title (by default the name of DIR).")
    String title;

    @Option(names = "--link", description = "With --new: hard-link the pictures instead of copying them (same file system only).")
    boolean link;
    // --- end --new ---

    @Option(names = AppLogging.VERBOSE, description = "Also log what the app does, not only the warnings.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;
}
