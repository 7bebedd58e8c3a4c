package org.storyslides.bench;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.storyslides.app.SlideshowWindow;
import org.storyslides.app.WindowOptions;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.gallery.RehearsalModel;
import org.storyslides.gallery.ZoomModel;
import org.storyslides.presentation.PulseClock;
import org.storyslides.settings.SettingsStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Child process of the benchmark, headless (Monocle): content load times, then the 2,000-slide
 * gallery stepped through key by key, the grid opened, and the resident memory read. Prints one
 * "FIGURE|name|value" line per figure.
 */
public final class HeadlessProbe {

    /** Arrow steps across the 24-megapixel photo at 100 %, after the slides and the grid. */
    static final int WHOLE_APP_PAN_STEPS = 1000;

    /** The changes right after start, apart: a JIT that has not yet compiled the key-press path shows here. */
    static final int FIRST_CHANGES = 200;

    private HeadlessProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int slides = Integer.parseInt(args[1]);
        // with a third argument, the path of a 24-megapixel photo: the gallery's last slide, one more than the slides
        Path big = SyntheticContent.write(Files.createDirectories(work.resolve("big")), slides,
                args.length > 2 ? java.util.Optional.of(Path.of(args[2])) : java.util.Optional.empty());
        Path huge = SyntheticContent.write(Files.createDirectories(work.resolve("huge")), 10_000);

        figure("load.bundled.ms", loadMillis(BundledContent.folder(), 200));
        figure("load.10000.ms", loadMillis(huge, 15));

        Content content = ((LoadResult.Loaded) new ContentLoader().load(big)).content();
        Platform.startup(() -> { });
        SlideshowWindow window = onFx(() -> {
            PulseClock clock = new PulseClock();
            SlideshowWindow shown = new SlideshowWindow(content, WindowOptions.defaults(WindowOptions.SLIDE_TRANSITION), clock,
                    new SettingsStore(work.resolve("settings.properties"), warning -> { }));
            shown.show(new Stage());
            clock.runWhile(shown.needsClock());
            shown.rehearseWhenIdle(); // as the app's first window does
            return shown;
        });
        Scene scene = onFx(() -> window.stage().getScene());
        ImageView view = onFx(() -> (ImageView) scene.lookup("#slide-image").lookup(".image-view"));
        Thread.sleep(1000); // let the first picture and its neighbours decode, as they would while a person reads
        // and the window rehearse its slide changes (it stops at the first key): how long a reader who waits for it waits
        long rehearsing = System.nanoTime();
        while (onFx(() -> window.rehearsalProperty().get() == RehearsalModel.State.RUNNING
                || window.rehearsalProperty().get() == RehearsalModel.State.WAITING)) {
            Thread.sleep(20);
        }
        figure("rehearsal.afterFirstSecond.ms", (System.nanoTime() - rehearsing) / 1e6);

        double[] changeMillis = new double[slides - 1];
        int decodedWhenShown = 0;
        for (int i = 0; i < slides - 1; i++) {
            double[] measured = onFx(() -> {
                long start = System.nanoTime();
                Event.fireEvent(scene, key(KeyCode.RIGHT));
                Parent root = scene.getRoot();
                root.applyCss();
                root.layout();
                long end = System.nanoTime();
                // the view has a picture at once only when it was decoded ahead (else it has none until it is)
                Image shownImage = view.getImage();
                return new double[]{(end - start) / 1e6, shownImage != null ? 1 : 0};
            });
            changeMillis[i] = measured[0];
            decodedWhenShown += (int) measured[1];
            Thread.sleep(100); // a brisk reader: ten slides a second
        }
        double[] first = Arrays.copyOf(changeMillis, Math.min(FIRST_CHANGES, changeMillis.length));
        Arrays.sort(first);
        figure("change.first200.p50.ms", percentile(first, 50));
        figure("change.first200.p99.ms", percentile(first, 99));
        figure("change.first200.max.ms", first[first.length - 1]);
        Arrays.sort(changeMillis);
        figure("change.p50.ms", percentile(changeMillis, 50));
        figure("change.p99.ms", percentile(changeMillis, 99));
        figure("change.max.ms", changeMillis[changeMillis.length - 1]);
        figure("change.decodedAhead.percent", 100.0 * decodedWhenShown / (slides - 1));

        long thumbnailsBefore = onFx(() -> window.images().thumbnailDecodes());
        double gridMillis = onFx(() -> {
            long start = System.nanoTime();
            Event.fireEvent(scene, key(KeyCode.G));
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return (System.nanoTime() - start) / 1e6;
        });
        Thread.sleep(500);
        figure("grid.open.ms", gridMillis);
        figure("grid.thumbnailsDecoded", onFx(() -> window.images().thumbnailDecodes()) - thumbnailsBefore);
        figure("grid.cellsOnScreen", onFx(() -> scene.getRoot().lookupAll(".thumbnail-cell").stream()
                .filter(node -> node.isVisible() && ((org.controlsfx.control.GridCell<?>) node).getItem() != null).count()));
        figure("memory.rss.mb", residentMegabytes());
        figure("memory.heapUsed.mb", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0);
        figure("memory.imageCache.mb", onFx(() -> window.images().cachedBytes()) / 1048576.0);
        figure("slides", slides);
        if (args.length > 2) {
            wholeAppMemory(window, scene);
        }
        System.exit(0);
    }

    /**
     * The app's memory as a whole, in the same process after the 2,000 slides and the grid: the
     * gallery's last slide, a 24-megapixel photo, zoomed to 100 % (Z) and panned across (arrows at a
     * held key's rate), as ZoomProbe pans it; the peak and final resident memory.
     */
    private static void wholeAppMemory(SlideshowWindow window, Scene scene) throws Exception {
        onFx(() -> {
            Event.fireEvent(scene, key(KeyCode.ESCAPE)); // the grid closes
            Event.fireEvent(scene, key(KeyCode.END));
            return null;
        });
        ZoomModel zoom = window.zoom();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (onFx(() -> zoom.pictureWidth() != SyntheticPhoto.WIDTH)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the 24-megapixel photo was not shown within 60 s");
            }
            Thread.sleep(50);
        }
        onFx(() -> {
            Event.fireEvent(scene, key(KeyCode.Z));
            return null;
        });
        Thread.sleep(1000);
        ImageView sharp = onFx(() -> (ImageView) ((Parent) scene.lookup("#slide-image")).getChildrenUnmodifiable().get(1));
        ZoomProbe.Sweep across = new ZoomProbe.Sweep(zoom);
        double peak = residentMegabytes();
        for (int i = 0; i < WHOLE_APP_PAN_STEPS; i++) {
            onFx(() -> ZoomProbe.panStep(scene, zoom, sharp, across));
            peak = Math.max(peak, residentMegabytes());
            Thread.sleep(ZoomProbe.KEY_REPEAT_MILLIS);
        }
        Thread.sleep(1000); // the last region lands
        double end = residentMegabytes();
        figure("whole.rss.peak.mb", Math.max(peak, end));
        figure("whole.rss.end.mb", end);
        figure("whole.heapUsed.mb", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0);
        figure("whole.rows", across.rows);
    }

    private static double loadMillis(Path folder, int runs) {
        ContentLoader loader = new ContentLoader();
        for (int i = 0; i < runs; i++) {
            loader.load(folder); // warm up: JIT, file system cache
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            LoadResult result = loader.load(folder);
            times[i] = (System.nanoTime() - start) / 1e6;
            if (!(result instanceof LoadResult.Loaded)) {
                throw new IllegalStateException("benchmark content does not load: " + result);
            }
        }
        Arrays.sort(times);
        return percentile(times, 50);
    }

    static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    static double residentMegabytes() throws IOException {
        List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
        for (String line : status) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    static void figure(String name, double value) {
        System.out.println("FIGURE|" + name + "|" + value);
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
