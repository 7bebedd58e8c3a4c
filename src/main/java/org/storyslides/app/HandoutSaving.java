package org.storyslides.app;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.storyslides.content.Content;
import org.storyslides.handout.HandoutWriter;
import org.storyslides.handout.PaperSize;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.NoticeModel;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ctrl+P / Ctrl+E in the window: asks where to save the handout (a save dialog), writes it off the JavaFX
 * thread and says how it went as a notice ("Handout saved: story.pdf (13 pages)"). One handout at a time.
 */
final class HandoutSaving {

    private static final System.Logger LOG = System.getLogger(HandoutSaving.class.getName());

    /** Where the user wants the handout, or empty when they cancel: a save dialog, or a test's path. */
    @FunctionalInterface
    interface Target {
        Optional<Path> choose(Window owner, String suggestedName, Messages messages);
    }

    /** The platform's save dialog, for PDF files, offering a name made from the story's headline. */
    static final Target SAVE_DIALOG = (owner, suggestedName, messages) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("handout.dialogTitle"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("handout.filter"), "*.pdf"));
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath).map(HandoutSaving::withPdfEnding);
    };

    private final Content content;
    private final NoticeModel notices;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Supplier<Target> target;
    private final Executor fxThread;
    // one writer thread while a handout is being written, none otherwise; not a daemon, so quitting waits
    // for a handout being written rather than leaving its temporary file behind
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            work -> new Thread(work, "storyslides-handout"));
    private boolean busy;

    /**
     * @param target   asked on each save (a test sets its own after the window is shown)
     * @param fxThread where the outcome is told: the JavaFX thread
     */
    HandoutSaving(Content content, NoticeModel notices, Messages messages, Supplier<Window> owner, Supplier<Target> target,
                  Executor fxThread) {
        this.content = content;
        this.notices = notices;
        this.messages = messages;
        this.owner = owner;
        this.target = target;
        this.fxThread = fxThread;
    }

    /** On the JavaFX thread: asks where, then writes in the background. */
    void save() {
        if (busy) {
            notices.show(messages.get("handout.busy"));
            return;
        }
        Optional<Path> chosen = target.get().choose(owner.get(), HandoutWriter.suggestedFileName(content.story().headline()), messages);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        String name = String.valueOf(file.getFileName());
        busy = true;
        notices.show(messages.format("handout.saving", name));
        PaperSize paper = PaperSize.ofDefaultLocale();
        writer.execute(() -> {
            String outcome;
            int pages = 0;
            try {
                pages = new HandoutWriter(paper, warning -> LOG.log(System.Logger.Level.WARNING, "handout: " + warning))
                        .write(content, Optional.empty(), file).pages();
                outcome = null;
            } catch (HandoutWriter.HandoutException e) {
                outcome = e.getMessage();
            }
            String failure = outcome;
            int written = pages;
            fxThread.execute(() -> {
                busy = false;
                notices.show(failure == null ? messages.format("handout.saved", name, written) : messages.format("handout.failed", failure));
            });
        });
    }

    /** Lets no further handout start (the window is closing); one being written is finished. */
    void close() {
        writer.shutdown();
    }

    /** A name typed without an ending gets ".pdf" (GTK's dialog adds none). */
    static Path withPdfEnding(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.contains(".") ? file : file.resolveSibling(name + ".pdf");
    }
}
