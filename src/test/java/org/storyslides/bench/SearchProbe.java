package org.storyslides.bench;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.i18n.Messages;
import org.storyslides.search.SearchModel;
import org.storyslides.search.SearchPlace;
import org.storyslides.search.SearchTarget;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.storyslides.bench.HeadlessProbe.figure;
import static org.storyslides.bench.HeadlessProbe.onFx;
import static org.storyslides.bench.HeadlessProbe.percentile;

/**
 * Child process of the benchmark, headless (Monocle): search over a story with 10 galleries of 1,000
 * captioned slides (about 3,000,000 characters), as the window runs it: the index read on a thread of its
 * own, each query on another, the answer back on the JavaFX thread. Prints "FIGURE|name|value" lines:
 * the time to read the whole index, its heap, and for every keystroke of several typed queries (each
 * prefix, as it is typed: "c", "ch", … "chinook") the time from the field's change on the JavaFX thread
 * to its results there, and the JavaFX thread's own time for the change. No warm-up keystrokes.
 */
public final class SearchProbe {

    static final int GALLERIES = 10;
    static final int SLIDES = 1000;
    private static final String[] TYPED = {"chinook", "marine corps", "gonzalez", "helicopter landing glacier", "zzz", "s", "pacific ocean"};
    private static final int ROUNDS = 3;

    private SearchProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = write(Files.createDirectories(Path.of(args[0]).resolve("search")));
        Content content = ((LoadResult.Loaded) new ContentLoader().open(folder)).content();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();

        ExecutorService indexThread = Executors.newSingleThreadExecutor();
        ExecutorService queryThread = Executors.newSingleThreadExecutor();
        SearchTarget nowhere = new SearchTarget() {
            @Override
            public void show(SearchPlace place) {
            }

            @Override
            public Runnable here() {
                return () -> { };
            }
        };
        System.gc();
        long heapBefore = usedHeap();
        SearchModel search = onFx(() -> new SearchModel(content, nowhere, new Messages(Locale.ENGLISH), indexThread, queryThread,
                Platform::runLater));
        CompletableFuture<Long> indexed = new CompletableFuture<>();
        long openAt = System.nanoTime();
        onFx(() -> {
            search.indexProperty().addListener((observable, was, now) -> {
                if (now.complete()) {
                    indexed.complete(System.nanoTime());
                }
            });
            search.open();
            return null;
        });
        figure("index.ms", (indexed.get(120, TimeUnit.SECONDS) - openAt) / 1e6);
        figure("index.entries", onFx(() -> search.indexProperty().get().entries().size()));
        System.gc();
        figure("index.heap.mb", (usedHeap() - heapBefore) / 1048576.0);

        List<Double> latencies = new ArrayList<>();
        List<Double> fxTimes = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String typed : TYPED) {
                for (int length = 1; length <= typed.length(); length++) {
                    String prefix = typed.substring(0, length);
                    double[] measured = keystroke(search, prefix);
                    latencies.add(measured[0]);
                    fxTimes.add(measured[1]);
                    if (System.getProperty("search.trace") != null) {
                        System.out.printf("  %d %-30s %.1f ms (fx %.1f)%n", round, prefix, measured[0], measured[1]);
                    }
                    if (round == 0) {
                        first.add(measured[0]);
                    }
                }
                keystroke(search, ""); // the field cleared before the next query
            }
        }
        report("keystroke", latencies);
        report("keystroke.firstRound", first);
        report("keystroke.fx", fxTimes);
        figure("keystroke.count", latencies.size());
        indexThread.shutdownNow();
        queryThread.shutdownNow();
        System.exit(0);
    }

    /** Types {@code text} into the field (sets it on the JavaFX thread); {time to its results, the JavaFX thread's time for the set}. */
    private static double[] keystroke(SearchModel search, String text) throws Exception {
        CompletableFuture<Long> answered = new CompletableFuture<>();
        double[] fx = new double[1];
        long[] start = new long[1];
        onFx(() -> {
            ChangeListener<String> once = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends String> observable, String was, String now) {
                    if (now.equals(text)) {
                        search.answeredProperty().removeListener(this);
                        answered.complete(System.nanoTime());
                    }
                }
            };
            search.answeredProperty().addListener(once);
            start[0] = System.nanoTime();
            search.queryProperty().set(text);
            fx[0] = (System.nanoTime() - start[0]) / 1e6;
            if (search.answeredProperty().get().equals(text)) { // a blank field is answered at once
                search.answeredProperty().removeListener(once);
                answered.complete(System.nanoTime());
            }
            return null;
        });
        long end = answered.get(30, TimeUnit.SECONDS);
        return new double[]{(end - start[0]) / 1e6, fx[0]};
    }

    private static void report(String name, List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        figure(name + ".p50.ms", percentile(sorted, 50));
        figure(name + ".p99.ms", percentile(sorted, 99));
        figure(name + ".max.ms", sorted[sorted.length - 1]);
    }

    private static long usedHeap() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    /** The story and its galleries: captions of about 300 characters from a fixed vocabulary, a seeded shuffle. */
    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.createDirectories(folder.resolve("galleries"));
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", folder.resolve("images/p.jpg").toFile());
        String[] words = ("Marines soldiers sailors airmen depart aboard the amphibious assault ship helicopter landing glacier "
                + "national park Pacific Ocean Arabian Sea Chinook Raptor patrol perimeter binoculars aircraft carrier training "
                + "exercise Corps Army Navy Air Force Sgt. Staff Seaman photo by team leader assigned company battalion regiment "
                + "task force crisis response command during with after over near from into across González Ångström Zoë").split(" ");
        Random random = new Random(20161231);
        StringBuilder body = new StringBuilder("{\"type\": \"paragraph\", \"text\": \"A story with ten big galleries.\"}");
        for (int g = 0; g < GALLERIES; g++) {
            String id = "g" + g;
            body.append(",\n{\"type\": \"gallery\", \"text\": \"RELATED: Gallery ").append(g).append("\", \"gallery\": \"").append(id)
                    .append("\"}");
            try (Writer out = Files.newBufferedWriter(folder.resolve("galleries/" + id + ".json"), StandardCharsets.UTF_8)) {
                out.write("{\"id\": \"" + id + "\", \"title\": \"Gallery " + g + "\", \"slides\": [\n");
                for (int s = 0; s < SLIDES; s++) {
                    StringBuilder caption = new StringBuilder();
                    while (caption.length() < 300) {
                        caption.append(words[random.nextInt(words.length)]).append(' ');
                    }
                    out.write(String.format("{\"image\": \"images/p.jpg\", %s\"caption\": [\"%s\"], \"credit\": \"Photo by %s %s\"}%s%n",
                            s == 0 ? "\"headline\": \"Gallery " + g + "\", " : "", caption.toString().trim(),
                            words[random.nextInt(words.length)], words[random.nextInt(words.length)], s + 1 < SLIDES ? "," : ""));
                }
                out.write("]}\n");
            }
        }
        Files.writeString(folder.resolve("story.json"), "{\"headline\": \"Ten galleries\", \"source\": \"Bench\", \"dateline\": \"HERE\", "
                + "\"published\": \"2026-12-02\", \"body\": [" + body + "]}");
        return folder;
    }
}
