package org.storyslides.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.storyslides.content.BundledCopy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The performance benchmark (not a test): `mvn -Pbench verify` runs it. It measures in child JVMs,
 * so no figure comes from a warmed process a user never has:
 * <ul>
 * <li>start-up under a real X server (Xvfb): JVM start to the first frame showing the first slide's
 * image, against a bare JavaFX window (a Stage with one Label) timed the same way in the same run;</li>
 * <li>headless (Monocle): content load, slide changes through a generated 2,000-slide gallery of
 * 1920x1080 JPEGs, the SEE ALL grid and resident memory;</li>
 * <li>zoom, headless: zoom and pan steps on a 24-megapixel photo, the time from a zoom to 100 % to
 * its sharp region on screen, and resident memory while panning all of it ({@link ZoomProbe});</li>
 * <li>the handout PDF of the bundled story: {@code --export-pdf}'s time and the file's size (with the
 * argument {@code handout}, these rows alone).</li>
 * </ul>
 * Prints one table: figure, value, baseline or target, ratio, pass/fail.
 */
public final class Benchmarks {

    private static final int STARTUP_RUNS = 7;
    private static final String APP_MAIN = "org.storyslides.app.Launcher";
    /** What the app logs with --verbose once its first slide's picture is on screen (Launcher). */
    private static final String FIRST_PICTURE = "first picture on screen";
    private static final int SLIDES = 2000;
    private static final int HANDOUT_RUNS = 5;

    /** The app's JVM options (pom.xml, app.jvm.options): every child runs with them, the baseline too. */
    private static final List<String> APP_JVM_OPTIONS =
            List.of(System.getProperty("storyslides.app.jvm.options", "").trim().split("\\s+"));

    private final Path work;
    private final List<String[]> rows = new ArrayList<>();

    private Benchmarks(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("storyslides-bench");
        Benchmarks bench = new Benchmarks(work);
        // named parts ("startup", "headless", "search", "handout") run those rows only (seconds, not minutes); none: every row
        List<String> parts = List.of(args);
        if (parts.isEmpty() || parts.contains("startup")) {
            bench.startup();
        }
        if (parts.isEmpty() || parts.contains("headless")) {
            bench.headless();
        }
        if (parts.isEmpty()) {
            bench.zoom();
        }
        if (parts.isEmpty() || parts.contains("search")) {
            bench.search();
        }
        if (parts.isEmpty() || parts.contains("handout")) {
            bench.handout();
        }
        bench.print();
    }

    // --- start-up, real window

    private void startup() throws Exception {
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            display = ":97";
            try {
                xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Thread.sleep(1500);
            } catch (IOException e) {
                rows.add(new String[]{"start-up", "skipped", "needs Xvfb (apt-get install xvfb) or a display", "", "-"});
                return;
            }
        }
        try {
            Path image = Path.of(System.getProperty("storyslides.app.image", "target/dist/storyslides"));
            Path appImage = image.resolve("bin/storyslides");
            Path bareImage = bareWindowImage(image);
            String hiddenBig = storyWithAHiddenBigGallery().toString();
            List<String> jar = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path")));
            jar.addAll(APP_JVM_OPTIONS);
            List<String> bareJar = with(jar, BareWindowProbe.class.getName());
            List<String> appJar = with(jar, APP_MAIN, "--verbose");
            List<String> appJarHiddenBig = with(appJar, "--content", hiddenBig);
            List<String> bare = List.of(bareImage.toString());
            List<String> app = List.of(appImage.toString(), "--verbose");
            Map<String, String> noArchive = Map.of("JAVA_TOOL_OPTIONS", "-Xshare:off");
            // warm the file system cache for everyone alike
            for (List<String> command : List.of(bareJar, appJar, appJarHiddenBig, bare, app)) {
                run(display, command, Map.of());
            }
            Map<String, List<Double>> times = new LinkedHashMap<>();
            for (int i = 0; i < STARTUP_RUNS; i++) { // in turn, so that a busy moment of the machine hits each alike
                times.computeIfAbsent("bareJar", k -> new ArrayList<>()).add(run(display, bareJar, Map.of()));
                times.computeIfAbsent("appJar", k -> new ArrayList<>()).add(run(display, appJar, Map.of()));
                times.computeIfAbsent("appJarHiddenBig", k -> new ArrayList<>()).add(run(display, appJarHiddenBig, Map.of()));
                times.computeIfAbsent("bare", k -> new ArrayList<>()).add(run(display, bare, Map.of()));
                times.computeIfAbsent("app", k -> new ArrayList<>()).add(run(display, app, Map.of()));
                times.computeIfAbsent("appNoArchive", k -> new ArrayList<>()).add(run(display, app, noArchive));
                times.computeIfAbsent("bareNoArchive", k -> new ArrayList<>()).add(run(display, bare, noArchive));
            }
            times.forEach((name, list) -> System.out.println("  start-up " + name + " (ms): " + list));
            double bareImageBaseline = median(times.get("bare"));
            rows.add(new String[]{"start-up: bare JavaFX window, app image (same runtime, its own archive)", ms(bareImageBaseline),
                    "baseline", "1.00", "-"});
            addRatio("start-up: app image, first slide's picture on screen", median(times.get("app")), bareImageBaseline, 1.1);
            addRatio("  the same without its class-data archive (-Xshare:off)", median(times.get("appNoArchive")), bareImageBaseline, 1.1);
            rows.add(new String[]{"  the bare window's image without its archive", ms(median(times.get("bareNoArchive"))), "-",
                    String.format("%.2f", median(times.get("bareNoArchive")) / bareImageBaseline), "-"});
            double bareJarBaseline = median(times.get("bareJar"));
            rows.add(new String[]{"start-up: bare JavaFX window, class path (the JDK's java)", ms(bareJarBaseline), "baseline", "1.00", "-"});
            addRatio("start-up: app from its jars, first slide's picture on screen", median(times.get("appJar")), bareJarBaseline, 1.2);
            addRatio("start-up: app from its jars, + a 10,000-slide gallery not on show", median(times.get("appJarHiddenBig")),
                    bareJarBaseline, 1.2);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /**
     * The baseline of the app image: the bare window packaged the same way, by jpackage with the app
     * image's own runtime and JVM options, and given a class-data archive by the same script
     * (src/packaging/class-data.sh) from a training run of its own.
     */
    private Path bareWindowImage(Path appImage) throws Exception {
        Path input = Files.createDirectories(work.resolve("bare-input"));
        Path classes = Path.of(BareWindowProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String probe = BareWindowProbe.class.getName().replace('.', '/');
        exec(List.of(Path.of(System.getProperty("java.home"), "bin", "jar").toString(), "cf", input.resolve("bare.jar").toString(),
                "-C", classes.toString(), probe + ".class", "-C", classes.toString(), probe + "$1.class"), Map.of());
        List<String> jpackage = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jpackage").toString(),
                "--type", "app-image", "--dest", work.resolve("bare-image").toString(), "--name", "bare", "--input", input.toString(),
                "--main-jar", "bare.jar", "--main-class", BareWindowProbe.class.getName(),
                "--runtime-image", appImage.resolve("lib/runtime").toString()));
        for (String option : APP_JVM_OPTIONS) {
            jpackage.addAll(List.of("--java-options", option));
        }
        jpackage.addAll(List.of("--java-options", "-XX:SharedArchiveFile=$APPDIR/bare.jsa"));
        exec(jpackage, Map.of());
        Path launcher = work.resolve("bare-image/bare/bin/bare");
        String classList = work.resolve("bare-image/bare/lib/app/bare.classlist").toString();
        String script = Path.of("src/packaging/class-data.sh").toAbsolutePath().toString();
        exec(List.of("bash", script, "train", launcher.toString(), classList, work.resolve("bare-training.log").toString(), "FIRST_FRAME"),
                Map.of());
        exec(List.of("bash", script, "dump", launcher.toString(), classList, work.resolve("bare-dump.log").toString()), Map.of());
        return launcher;
    }

    private static List<String> with(List<String> command, String... more) {
        List<String> longer = new ArrayList<>(command);
        longer.addAll(List.of(more));
        return longer;
    }

    /** Runs a command to its end (packaging steps); its output is printed. */
    private static void exec(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!said.isEmpty()) {
            System.out.println("  " + said.replace("\n", "\n  "));
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /**
     * The bundled story with one more gallery, of 10,000 slides, embedded after its own two: the
     * window opens on the first gallery, and every gallery is read and checked before it opens.
     */
    private Path storyWithAHiddenBigGallery() throws IOException {
        Path folder = BundledCopy.of(Files.createDirectories(work.resolve("story-plus-10000")));
        String bundledStory = Files.readString(folder.resolve("story.json"));
        SyntheticContent.write(folder, 10_000); // its gallery, its pictures, and a story of its own, replaced below
        JsonObject story = JsonParser.parseString(bundledStory).getAsJsonObject();
        JsonObject block = new JsonObject();
        block.addProperty("type", "gallery");
        block.addProperty("text", "RELATED: A big gallery");
        block.addProperty("gallery", "big");
        story.getAsJsonArray("body").add(block);
        Files.writeString(folder.resolve("story.json"), story.toString());
        return folder;
    }

    /**
     * Milliseconds from starting the command to the line that says its first frame is on screen: the
     * bare window's FIRST_FRAME, the app's "first picture on screen" (logged with --verbose). The app
     * does not exit by itself: it is ended there, and waited for, so that no run overlaps the next.
     */
    private double run(String display, List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        builder.environment().put("XDG_CONFIG_HOME", work.resolve("config").toString());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("FIRST_FRAME") || line.contains(FIRST_PICTURE)) {
                    double millis = (System.nanoTime() - start) / 1e6;
                    process.destroy();
                    process.waitFor(20, TimeUnit.SECONDS);
                    return millis;
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IllegalStateException(String.join(" ", command) + " ended without a first frame");
    }

    // --- headless figures

    private void headless() throws Exception {
        Map<String, Double> figures = headlessProbe(HeadlessProbe.class, work.toString(), Integer.toString(SLIDES),
                zoomFolder().resolve("images/zoom/photo.jpg").toString());
        addTarget("slide change, JavaFX thread, p99 (2,000 slides)", figures.get("change.p99.ms"), 8, "ms");
        rows.add(new String[]{"slide change, JavaFX thread, p50 / max", ms(figures.get("change.p50.ms")) + " / "
                + ms(figures.get("change.max.ms")), "-", "", "-"});
        addTarget("slide change, JavaFX thread, p99 (the first 200 after start)", figures.get("change.first200.p99.ms"), 8, "ms");
        rows.add(new String[]{"  p50 / max of the first 200", ms(figures.get("change.first200.p50.ms")) + " / "
                + ms(figures.get("change.first200.max.ms")), "-", "", "-"});
        rows.add(new String[]{"  the window's rehearsal of slide changes after start: time to its end after the first second",
                ms(figures.get("rehearsal.afterFirstSecond.ms")), "-", "", "-"});
        rows.add(new String[]{"slides whose picture was decoded ahead", pct(figures.get("change.decodedAhead.percent")), "-", "", "-"});
        addTarget("SEE ALL on 2,000 slides, key to laid out", figures.get("grid.open.ms"), 100, "ms");
        double decoded = figures.get("grid.thumbnailsDecoded");
        double onScreen = figures.get("grid.cellsOnScreen");
        rows.add(new String[]{"thumbnails decoded for the grid", String.format("%.0f (%.0f cells on screen)", decoded, onScreen),
                "<= cells on screen + a few, never 2,000", "", decoded <= onScreen + 24 ? "pass" : "FAIL"});
        addTarget("resident memory after 2,000 slides + grid", figures.get("memory.rss.mb"), 300, "MB");
        rows.add(new String[]{"  of which Java heap used / image caches", String.format("%.0f MB / %.0f MB",
                figures.get("memory.heapUsed.mb"), figures.get("memory.imageCache.mb")), "-", "", "-"});
        addTarget("resident memory, peak: + a 24 MP photo panned at 100 % (one process)", figures.get("whole.rss.peak.mb"), 300, "MB");
        rows.add(new String[]{"  at end; Java heap used at end", String.format("%.0f MB; %.0f MB", figures.get("whole.rss.end.mb"),
                figures.get("whole.heapUsed.mb")), "-", "", "-"});
        addTarget("content load: bundled story, warm", figures.get("load.bundled.ms"), 30, "ms");
        addTarget("content load: 10,000-slide gallery, warm", figures.get("load.10000.ms"), 300, "ms");
    }

    // --- zoom, headless

    private void zoom() throws Exception {
        Path folder = zoomFolder();
        System.out.printf("  zoom: %s, %.1f MB%n", folder.resolve("images/zoom/photo.jpg"),
                Files.size(folder.resolve("images/zoom/photo.jpg")) / 1048576.0);
        Map<String, Double> figures = headlessProbe(ZoomProbe.class, work.toString(), folder.toString());
        addTarget("zoom step (I/O, 24 MP), JavaFX thread, p99 (1,000)", figures.get("zoom.step.p99.ms"), 8, "ms");
        addSteps("zoom", figures);
        addTarget("pan step (arrows at 100 %), JavaFX thread, p99 (1,000)", figures.get("pan.step.p99.ms"), 8, "ms");
        addSteps("pan", figures);
        rows.add(new String[]{"zoom to 100 % to its sharp region on screen, median (20)", ms(figures.get("sharp.p50.ms")), "-", "", "-"});
        rows.add(new String[]{"  min / max; ImageIO's decode alone, median / max", ms(figures.get("sharp.min.ms")) + " / "
                + ms(figures.get("sharp.max.ms")) + "; " + ms(figures.get("sharp.imageio.p50.ms")) + " / "
                + ms(figures.get("sharp.imageio.max.ms")), "-", "", "-"});
        rows.add(new String[]{"  the sharp region at 100 %: subsampling, pixels", String.format("%s, %.2f MP",
                figures.get("sharp.subsampling.min").equals(figures.get("sharp.subsampling.max"))
                        ? String.format("%.2f", figures.get("sharp.subsampling.min"))
                        : String.format("%.2f to %.2f", figures.get("sharp.subsampling.min"), figures.get("sharp.subsampling.max")),
                figures.get("sharp.decoded.megapixels.p50")), "-", "", "-"});
        addTarget("resident memory, peak, panning 24 MP at 100 % (2,000)", figures.get("memory.rss.peak.mb"), 300, "MB");
        rows.add(new String[]{"  before / at end; Java heap used at end", String.format("%.0f MB / %.0f MB; %.0f MB",
                figures.get("memory.rss.before.mb"), figures.get("memory.rss.end.mb"), figures.get("memory.heapUsed.mb")), "-", "", "-"});
        rows.add(new String[]{"  sharp regions shown, by quarter from the top", String.format("%.0f: %.0f / %.0f / %.0f / %.0f (%.0f rows)",
                figures.get("memory.regionsShown"), figures.get("memory.landed.quarter1"), figures.get("memory.landed.quarter2"),
                figures.get("memory.landed.quarter3"), figures.get("memory.landed.quarter4"), figures.get("memory.rows")), "-", "", "-"});
        rows.add(new String[]{"  view all sharp after a step; decode thread CPU", String.format("%.1f %% of steps; %.0f %% of the time",
                figures.get("memory.viewSharp.percent"), figures.get("memory.decodeThreadCpu.percent")), "-", "", "-"});
        rows.add(new String[]{"largest region a zoom decodes (maxRegionBytes)", String.format("%.1f MB", figures.get("zoom.maxRegion.mb")),
                "-", "", "-"});
    }

    // --- search, headless

    private void search() throws Exception {
        Map<String, Double> figures = headlessProbe(SearchProbe.class, work.toString());
        String size = String.format("%d x %,d slides", SearchProbe.GALLERIES, SearchProbe.SLIDES);
        addTarget(String.format("search: a keystroke to its results, p99 (%.0f keystrokes, %s)", figures.get("keystroke.count"), size),
                figures.get("keystroke.p99.ms"), 50, "ms");
        rows.add(new String[]{"  p50 / max; the first round's p99 / max", ms(figures.get("keystroke.p50.ms")) + " / "
                + ms(figures.get("keystroke.max.ms")) + "; " + ms(figures.get("keystroke.firstRound.p99.ms")) + " / "
                + ms(figures.get("keystroke.firstRound.max.ms")), "-", "", "-"});
        rows.add(new String[]{"  the JavaFX thread's own time for a keystroke, p99 / max", ms(figures.get("keystroke.fx.p99.ms")) + " / "
                + ms(figures.get("keystroke.fx.max.ms")), "-", "", "-"});
        rows.add(new String[]{"search index of " + size + ": read in the background, time; heap", String.format("%s; %.1f MB",
                ms(figures.get("index.ms")), figures.get("index.heap.mb")), "-", "", "-"});
    }

    /** The 24-megapixel photo's folder, drawn once: here, in this JVM, so a probe's heap and resident memory hold only what the app holds. */
    private Path zoomFolder() throws IOException {
        Path folder = work.resolve("zoom");
        return Files.isDirectory(folder) ? folder : SyntheticPhoto.write(Files.createDirectories(folder));
    }

    /** The rows under a zoom or pan step's p99: the rest of its spread, and the first 100 steps apart. */
    private void addSteps(String name, Map<String, Double> figures) {
        rows.add(new String[]{"  p50 / max; the thread's own CPU p99", ms(figures.get(name + ".step.p50.ms")) + " / "
                + ms(figures.get(name + ".step.max.ms")) + "; " + ms(figures.get(name + ".step.cpu.p99.ms")), "-", "", "-"});
        rows.add(new String[]{"  first 100: p50 / max; the 900 after: p99", ms(figures.get(name + ".step.first100.p50.ms")) + " / "
                + ms(figures.get(name + ".step.first100.max.ms")) + "; " + ms(figures.get(name + ".step.rest.p99.ms")), "-", "", "-"});
    }

    /** Runs a probe headless (Monocle, software rendering) with the app's JVM options; its FIGURE lines. */
    private static Map<String, Double> headlessProbe(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path")));
        command.addAll(APP_JVM_OPTIONS);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Double> figures = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("FIGURE|")) {
                    String[] parts = line.split("\\|");
                    figures.put(parts[1], Double.parseDouble(parts[2]));
                } else {
                    System.out.println("  probe: " + line);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the probe " + main.getSimpleName() + " failed");
        }
        return figures;
    }

    // --- the handout PDF

    /**
     * The handout of the bundled story as a user makes it: {@code --export-pdf} in a JVM of its own with the
     * app's options, from the JVM's start to the file written (median of {@link #HANDOUT_RUNS}, after one run
     * that warms the file cache), and the file's size.
     */
    private void handout() throws Exception {
        Path pdf = work.resolve("handout.pdf");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path")));
        command.addAll(APP_JVM_OPTIONS);
        command.addAll(List.of("org.storyslides.app.Launcher", "--export-pdf", pdf.toString(), "--paper", "a4"));
        List<Double> times = new ArrayList<>();
        String said = "";
        for (int i = 0; i <= HANDOUT_RUNS; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("--export-pdf failed: " + said);
            }
            if (i > 0) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        System.out.println("  handout: " + said);
        java.util.regex.Matcher pages = java.util.regex.Pattern.compile(": (\\d+) pages").matcher(said);
        rows.add(new String[]{"handout PDF of the bundled story: time (JVM start to written)", ms(median(times)), "-", "", "-"});
        rows.add(new String[]{"handout PDF of the bundled story: file size", String.format("%.2f MB (%s pages, A4)",
                Files.size(pdf) / 1e6, pages.find() ? pages.group(1) : "?"), "-", "", "-"});
    }

    // --- the table

    private void addRatio(String name, double value, double baseline, double limit) {
        double ratio = value / baseline;
        rows.add(new String[]{name, ms(value), "<= " + limit + " x baseline", String.format("%.2f", ratio), ratio <= limit ? "pass" : "FAIL"});
    }

    private void addTarget(String name, double value, double target, String unit) {
        rows.add(new String[]{name, String.format("%.1f %s", value, unit), String.format("<= %.0f %s", target, unit),
                String.format("%.2f", value / target), value <= target ? "pass" : "FAIL"});
    }

    private void print() {
        System.out.printf("%nStory Slides benchmark, %s, %d cores, Java %s, JVM options: %s%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), String.join(" ", APP_JVM_OPTIONS));
        String[] header = {"figure", "value", "baseline or target", "ratio", "result"};
        int[] widths = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : all) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < row.length; i++) {
                line.append(' ').append(String.format("%-" + widths[i] + "s", row[i])).append(" |");
            }
            System.out.println(line);
            if (row == header) {
                System.out.println("|" + Arrays.stream(widths).mapToObj(w -> "-".repeat(w + 2) + "|").reduce("", String::concat));
            }
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String ms(double value) {
        return String.format("%.1f ms", value);
    }

    private static String pct(double value) {
        return String.format("%.1f %%", value);
    }
}
