package org.storyslides.bench;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.storyslides.app.SlideshowWindow;
import org.storyslides.app.WindowOptions;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.gallery.ZoomModel;
import org.storyslides.presentation.PulseClock;
import org.storyslides.settings.SettingsStore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Rectangle;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.storyslides.bench.HeadlessProbe.figure;
import static org.storyslides.bench.HeadlessProbe.key;
import static org.storyslides.bench.HeadlessProbe.onFx;
import static org.storyslides.bench.HeadlessProbe.percentile;
import static org.storyslides.bench.HeadlessProbe.residentMegabytes;

/**
 * Child process of the benchmark, headless (Monocle) as {@link HeadlessProbe}: zoom and pan on a
 * 24-megapixel photo ({@link SyntheticPhoto}). Prints one "FIGURE|name|value" line per figure:
 * <ol>
 * <li>the JavaFX-thread time of 1,000 zoom steps (I and O, swept between fit x 1.3 and 800 %) and of
 * 1,000 pan steps (arrows at 100 %, sweeping the picture row by row), each the key event's handling
 * plus the CSS and layout pass it causes, at a held key's repeat rate; no warm-up steps;</li>
 * <li>from a zoom to 100 % (what Z does, at 20 points of the picture) to the first pulse after the
 * one that rendered the sharp region;</li>
 * <li>resident memory while 2,000 more arrow steps sweep the picture at 100 %, and the heap after;
 * where in the photo the sharp regions landed meanwhile, how many steps left the whole view sharp, and
 * the decode thread's CPU time over the wall time.</li>
 * </ol>
 */
public final class ZoomProbe {

    static final int STEPS = 1000;
    static final int ZOOMS = 20;
    static final int MEMORY_STEPS = 2000;
    /** Between two steps: a held key's auto-repeat (about 30 a second), the fastest a keyboard asks. */
    static final long KEY_REPEAT_MILLIS = 33;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ZoomProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        Content content = ((LoadResult.Loaded) new ContentLoader().load(folder)).content();
        Platform.startup(() -> { });
        SlideshowWindow window = onFx(() -> {
            PulseClock clock = new PulseClock();
            SlideshowWindow shown = new SlideshowWindow(content, WindowOptions.defaults(WindowOptions.SLIDE_TRANSITION), clock,
                    new SettingsStore(work.resolve("zoom-settings.properties"), warning -> { }));
            shown.show(new Stage());
            clock.runWhile(shown.needsClock());
            shown.carousel().showSlide(SyntheticPhoto.SLIDE);
            return shown;
        });
        Scene scene = onFx(() -> window.stage().getScene());
        ZoomModel zoom = window.zoom();
        // child 0: the fitted preview; child 1: the sharp region, with an image once it is decoded
        ImageView preview = onFx(() -> (ImageView) ((Parent) scene.lookup("#slide-image")).getChildrenUnmodifiable().get(0));
        ImageView sharp = onFx(() -> (ImageView) ((Parent) scene.lookup("#slide-image")).getChildrenUnmodifiable().get(1));
        AtomicInteger regionsShown = new AtomicInteger();
        // where in the photo (the view's centre, picture pixels down) each region landed
        List<Double> landedAt = java.util.Collections.synchronizedList(new ArrayList<>());
        onFx(() -> {
            sharp.imageProperty().addListener((observable, was, now) -> {
                if (now != null) {
                    regionsShown.incrementAndGet();
                    landedAt.add(zoom.getCentreY());
                }
            });
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (onFx(() -> preview.getImage() == null || zoom.pictureWidth() != SyntheticPhoto.WIDTH)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the photo was not shown within 60 s");
            }
            Thread.sleep(50);
        }
        Thread.sleep(1000); // let the neighbours decode, as they would while a person looks at the photo
        System.out.println(onFx(() -> String.format("picture area %.0f x %.0f, fit %.1f %%, preview %.0f x %.0f, pixel ratio %.1f",
                zoom.viewportWidth(), zoom.viewportHeight(), 100 * zoom.getFitScale(), preview.getImage().getWidth(),
                preview.getImage().getHeight(), zoom.pixelRatio())));
        figure("zoom.maxRegion.mb", onFx(() -> window.images().maxRegionBytes()) / 1048576.0);

        // 1. zoom steps: I up to 800 %, O down to fit x 1.3, again and again
        boolean[] zoomingIn = {true};
        double[] zoomMillis = new double[STEPS];
        double[] zoomCpuMillis = new double[STEPS];
        int[] percents = {Integer.MAX_VALUE, 0};
        int regionsBefore = regionsShown.get();
        for (int i = 0; i < STEPS; i++) {
            double[] measured = onFx(() -> {
                double scale = zoom.getScale();
                if (zoomingIn[0] && zoom.getPercent() >= Math.round(ZoomModel.MAX_ZOOM * 100)) {
                    zoomingIn[0] = false;
                } else if (!zoomingIn[0] && scale / ZoomModel.STEP < zoom.getFitScale() * ZoomModel.STEP * 0.999) {
                    zoomingIn[0] = true;
                }
                double[] millis = timedStep(scene, zoomingIn[0] ? KeyCode.I : KeyCode.O);
                if (zoom.isFitted()) {
                    throw new IllegalStateException("a zoom step landed on fit");
                }
                percents[0] = Math.min(percents[0], zoom.getPercent());
                percents[1] = Math.max(percents[1], zoom.getPercent());
                return millis;
            });
            zoomMillis[i] = measured[0];
            zoomCpuMillis[i] = measured[1];
            Thread.sleep(KEY_REPEAT_MILLIS);
        }
        stepFigures("zoom.step", zoomMillis, zoomCpuMillis);
        figure("zoom.step.minPercent", percents[0]);
        figure("zoom.step.maxPercent", percents[1]);
        figure("zoom.step.regionsShown", regionsShown.get() - regionsBefore);

        // 2. pan steps at 100 %, sweeping the picture
        onFx(() -> {
            step(scene, KeyCode.ESCAPE);
            step(scene, KeyCode.Z);
            return null;
        });
        Thread.sleep(1000);
        Sweep sweep = new Sweep(zoom);
        double[] panMillis = new double[STEPS];
        double[] panCpuMillis = new double[STEPS];
        regionsBefore = regionsShown.get();
        int panSharp = 0;
        for (int i = 0; i < STEPS; i++) {
            double[] measured = onFx(() -> panStep(scene, zoom, sharp, sweep));
            panMillis[i] = measured[0];
            panCpuMillis[i] = measured[1];
            panSharp += (int) measured[2];
            Thread.sleep(KEY_REPEAT_MILLIS);
        }
        stepFigures("pan.step", panMillis, panCpuMillis);
        figure("pan.step.regionsShown", regionsShown.get() - regionsBefore);
        figure("pan.step.rows", sweep.rows);
        figure("pan.step.viewSharp.percent", 100.0 * panSharp / STEPS);

        // 3. from a zoom to 100 % to the sharp region on screen, at 20 points of the picture
        double[] sharpMillis = new double[ZOOMS];
        double[] toImageMillis = new double[ZOOMS];
        double[] subsampling = new double[ZOOMS];
        double[] decodedMegapixels = new double[ZOOMS];
        List<Rectangle> regions = new ArrayList<>();
        for (int i = 0; i < ZOOMS; i++) {
            onFx(() -> step(scene, KeyCode.ESCAPE));
            Thread.sleep(700); // whatever was still decoding is done: each zoom starts from a still, fitted picture
            double fractionX = (i % 5 + 0.5) / 5;
            double fractionY = (i / 5 + 0.5) / 4;
            double[] shown = sharpRegionAfterZoom(scene, zoom, sharp, fractionX, fractionY).get(30, TimeUnit.SECONDS);
            sharpMillis[i] = shown[0];
            toImageMillis[i] = shown[1];
            subsampling[i] = shown[2];
            decodedMegapixels[i] = shown[7] * shown[8] / 1e6;
            Rectangle region = new Rectangle((int) Math.round(shown[3]), (int) Math.round(shown[4]), (int) Math.round(shown[5]),
                    (int) Math.round(shown[6]));
            regions.add(region);
            System.out.printf("zoom %2d at (%.2f, %.2f): sharp on screen after %.1f ms (image after %.1f ms), region %d,%d %dx%d, "
                            + "decoded %.0fx%.0f, subsampling %.2f%n", i + 1, fractionX, fractionY, shown[0], shown[1], region.x,
                    region.y, region.width, region.height, shown[7], shown[8], shown[2]);
        }
        figure("sharp.p50.ms", median(sharpMillis));
        figure("sharp.max.ms", Arrays.stream(sharpMillis).max().orElseThrow());
        figure("sharp.min.ms", Arrays.stream(sharpMillis).min().orElseThrow());
        figure("sharp.toImage.p50.ms", median(toImageMillis));
        figure("sharp.subsampling.min", Arrays.stream(subsampling).min().orElseThrow());
        figure("sharp.subsampling.max", Arrays.stream(subsampling).max().orElseThrow());
        figure("sharp.decoded.megapixels.p50", median(decodedMegapixels));
        // the same regions decoded by ImageIO alone, on this thread, with the window idle: how much of the wait is the decode
        onFx(() -> step(scene, KeyCode.ESCAPE));
        Thread.sleep(700);
        double[] imageIoMillis = new double[regions.size()];
        Path photo = folder.resolve("images/zoom/photo.jpg");
        for (int i = 0; i < regions.size(); i++) {
            imageIoMillis[i] = imageIoMillis(photo, regions.get(i));
        }
        figure("sharp.imageio.p50.ms", median(imageIoMillis));
        figure("sharp.imageio.max.ms", Arrays.stream(imageIoMillis).max().orElseThrow());

        // 4. resident memory while panning across the whole picture at 100 %
        onFx(() -> step(scene, KeyCode.Z));
        Thread.sleep(1000);
        boolean peakReset = resetPeakResident();
        double before = residentMegabytes();
        double peak = before;
        Sweep across = new Sweep(zoom);
        regionsBefore = regionsShown.get();
        int landedBefore = landedAt.size();
        int memorySharp = 0;
        long decodeCpuBefore = decodeThreadsCpu();
        long panStart = System.nanoTime();
        for (int i = 0; i < MEMORY_STEPS; i++) {
            memorySharp += (int) onFx(() -> panStep(scene, zoom, sharp, across))[2];
            peak = Math.max(peak, residentMegabytes());
            Thread.sleep(KEY_REPEAT_MILLIS);
        }
        figure("memory.decodeThreadCpu.percent", 100.0 * (decodeThreadsCpu() - decodeCpuBefore) / (System.nanoTime() - panStart));
        figure("memory.viewSharp.percent", 100.0 * memorySharp / MEMORY_STEPS);
        int[] bands = new int[4];
        for (double y : landedAt.subList(landedBefore, landedAt.size())) {
            bands[(int) Math.min(3, y / SyntheticPhoto.HEIGHT * 4)]++;
        }
        for (int band = 0; band < bands.length; band++) {
            figure("memory.landed.quarter" + (band + 1), bands[band]); // by quarter of the photo, from its top
        }
        Thread.sleep(1000); // the last region lands
        double after = residentMegabytes();
        peak = Math.max(peak, after);
        figure("memory.rss.before.mb", before);
        figure("memory.rss.peak.mb", peak);
        figure("memory.rss.end.mb", after);
        if (peakReset) {
            figure("memory.hwm.mb", status("VmHWM:") / 1024.0);
        }
        figure("memory.heapUsed.mb", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0);
        figure("memory.heapCommitted.mb", Runtime.getRuntime().totalMemory() / 1048576.0);
        figure("memory.regionsShown", regionsShown.get() - regionsBefore);
        figure("memory.rows", across.rows);
        figure("memory.passes", across.passes);
        System.exit(0);
    }

    /** One key event's handling plus the CSS and layout pass it causes, on the JavaFX thread, as HeadlessProbe times a slide change. */
    private static double step(Scene scene, KeyCode code) {
        return timedStep(scene, code)[0];
    }

    /**
     * {@link #step}: milliseconds, and of them the milliseconds of CPU the JavaFX thread itself
     * spent (the rest it waited: for a core, a collection, a decode's hold on the heap).
     */
    private static double[] timedStep(Scene scene, KeyCode code) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Event.fireEvent(scene, key(code));
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        long end = System.nanoTime();
        return new double[]{(end - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6};
    }

    /** A pan step: its milliseconds, its CPU milliseconds, and 1 if the view was all sharp right after it (else 0). */
    static double[] panStep(Scene scene, ZoomModel zoom, ImageView sharp, Sweep sweep) {
        double[] millis = timedStep(scene, sweep.next());
        if (zoom.isFitted() || zoom.getPercent() != 100) {
            throw new IllegalStateException("a pan step left 100 %: " + zoom.getPercent() + " %");
        }
        // the region as laid out (ZoomablePicture rounds its place to whole pixels) covers the whole view
        boolean allSharp = sharp.getImage() != null && sharp.isVisible() && sharp.getLayoutX() <= 1 && sharp.getLayoutY() <= 1
                && sharp.getLayoutX() + sharp.getFitWidth() >= zoom.viewportWidth() - 1
                && sharp.getLayoutY() + sharp.getFitHeight() >= zoom.viewportHeight() - 1;
        return new double[]{millis[0], millis[1], allSharp ? 1 : 0};
    }

    /** CPU nanoseconds the app's decode threads have used so far. */
    private static long decodeThreadsCpu() {
        long total = 0;
        for (java.lang.management.ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("storyslides-decode")) {
                total += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    /**
     * Zooms to 100 % about a point of the fitted picture (what Z does about the centre and a
     * double-click at its point: {@link ZoomModel#toggleActualSize(double, double)}) and completes,
     * once the sharp region has an image and a pulse has rendered it, with: milliseconds to then,
     * milliseconds to the image, the subsampling it was decoded at, its region in picture pixels
     * (x, y, width, height) and its decoded size (width, height).
     */
    private static CompletableFuture<double[]> sharpRegionAfterZoom(Scene scene, ZoomModel zoom, ImageView sharp,
                                                                    double fractionX, double fractionY) throws Exception {
        CompletableFuture<double[]> shown = new CompletableFuture<>();
        onFx(() -> {
            if (!zoom.isFitted() || sharp.getImage() != null) {
                throw new IllegalStateException("not fitted, or a sharp region on show at fit");
            }
            long start = System.nanoTime();
            sharp.imageProperty().addListener(new ChangeListener<Image>() {
                @Override
                public void changed(ObservableValue<? extends Image> observable, Image was, Image now) {
                    if (now == null) {
                        return;
                    }
                    sharp.imageProperty().removeListener(this);
                    long imageAt = System.nanoTime();
                    org.storyslides.app.FirstPicture.afterNextFrame(() -> {
                        long end = System.nanoTime();
                        Image image = sharp.getImage();
                        double scale = zoom.getScale();
                        ZoomModel.Placement placement = zoom.placement();
                        // the region as ZoomablePicture lays it out: its picture pixels at the zoom's scale
                        double width = sharp.getFitWidth() / scale;
                        double height = sharp.getFitHeight() / scale;
                        double x = (sharp.getLayoutX() - placement.targetX()) / scale + placement.sourceX();
                        double y = (sharp.getLayoutY() - placement.targetY()) / scale + placement.sourceY();
                        shown.complete(new double[]{(end - start) / 1e6, (imageAt - start) / 1e6, width / image.getWidth(),
                                x, y, width, height, image.getWidth(), image.getHeight()});
                    });
                }
            });
            zoom.toggleActualSize(zoom.viewportWidth() * fractionX, zoom.viewportHeight() * fractionY);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            if (zoom.getPercent() != 100) {
                throw new IllegalStateException("the zoom is at " + zoom.getPercent() + " %, not 100 %");
            }
            return null;
        });
        return shown;
    }

    /** A region read by ImageIO as RegionDecoder reads it (a reader of its own, the region at every pixel), in ms. */
    private static double imageIoMillis(Path photo, Rectangle region) throws IOException {
        long start = System.nanoTime();
        try (ImageInputStream input = ImageIO.createImageInputStream(Files.newInputStream(photo))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(region);
                reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void stepFigures(String name, double[] millis, double[] cpuMillis) {
        double[] first = Arrays.copyOfRange(millis, 0, 100);
        double[] rest = Arrays.copyOfRange(millis, 100, millis.length);
        double[] all = millis.clone();
        Arrays.sort(first);
        Arrays.sort(rest);
        Arrays.sort(all);
        figure(name + ".p50.ms", percentile(all, 50));
        figure(name + ".p99.ms", percentile(all, 99));
        figure(name + ".max.ms", all[all.length - 1]);
        figure(name + ".first100.p50.ms", percentile(first, 50));
        figure(name + ".first100.max.ms", first[first.length - 1]);
        figure(name + ".rest.p99.ms", percentile(rest, 99));
        figure(name + ".over8ms.first100", Arrays.stream(first).filter(m -> m > 8).count());
        figure(name + ".over8ms.rest", Arrays.stream(rest).filter(m -> m > 8).count());
        double[] cpu = cpuMillis.clone();
        Arrays.sort(cpu);
        figure(name + ".cpu.p50.ms", percentile(cpu, 50));
        figure(name + ".cpu.p99.ms", percentile(cpu, 99));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 50);
    }

    /** Resets the kernel's peak resident size (VmHWM) of this process, so it says the peak of what follows. */
    private static boolean resetPeakResident() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /**
     * Arrow keys that sweep the zoomed picture row by row (right to its edge, down most of a
     * viewport, left to the other edge, ...; up again from the bottom), as someone reading all of it.
     */
    static final class Sweep {
        private final ZoomModel zoom;
        private int across = 1;
        private int down = 1;
        private int verticalLeft;
        int rows;
        int passes;

        Sweep(ZoomModel zoom) {
            this.zoom = zoom;
        }

        KeyCode next() {
            if (verticalLeft == 0 && canMove(across, 0)) {
                return across > 0 ? KeyCode.RIGHT : KeyCode.LEFT;
            }
            if (verticalLeft == 0) {
                // at an edge: the next row
                across = -across;
                rows++;
                verticalLeft = Math.max(1, (int) (zoom.viewportHeight() * 0.9 / ZoomModel.PAN_STEP)); // most of a viewport
            }
            if (!canMove(0, down)) {
                down = -down;
                passes++;
            }
            verticalLeft--;
            return down > 0 ? KeyCode.DOWN : KeyCode.UP;
        }

        private boolean canMove(int dx, int dy) {
            double halfWidth = zoom.viewportWidth() / zoom.getScale() / 2;
            double halfHeight = zoom.viewportHeight() / zoom.getScale() / 2;
            if (dx > 0) {
                return zoom.getCentreX() + halfWidth < zoom.pictureWidth() - 0.5;
            } else if (dx < 0) {
                return zoom.getCentreX() - halfWidth > 0.5;
            } else if (dy > 0) {
                return zoom.getCentreY() + halfHeight < zoom.pictureHeight() - 0.5;
            }
            return zoom.getCentreY() - halfHeight > 0.5;
        }
    }
}
