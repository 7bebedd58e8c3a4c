package org.storyslides.app;

import org.storyslides.content.ContentText;
import org.storyslides.handout.HandoutWriter;

import java.io.PrintWriter;
import java.util.Locale;

/** --export-pdf: writes the handout and says what it wrote ("wrote handout.pdf: 16 pages, 2.1 MB"), or why it could not. */
final class HandoutExport {

    static final int EXIT_NOT_WRITTEN = 1;

    private HandoutExport() {
    }

    /** @return the exit code: 0 written, {@link #EXIT_NOT_WRITTEN} when the file could not be written */
    static int run(Startup.ExportHandout export, PrintWriter out, PrintWriter err) {
        HandoutWriter writer = new HandoutWriter(export.paper(), warning -> err.println("storyslides: warning: " + warning));
        try {
            HandoutWriter.Written written = writer.write(export.content(), export.gallery(), export.target());
            out.println("wrote " + ContentText.shown(export.target().toString(), 300) + ": " + written.pages()
                    + (written.pages() == 1 ? " page, " : " pages, ") + size(written.bytes()));
            return Startup.EXIT_OK;
        } catch (HandoutWriter.HandoutException e) {
            err.println("storyslides: could not write the handout: " + e.getMessage());
            return EXIT_NOT_WRITTEN;
        }
    }

    /** A file size as people read it: "840 KB", "2.1 MB". */
    static String size(long bytes) {
        if (bytes < 1_000_000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
