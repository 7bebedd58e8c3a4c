package org.storyslides.hostile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.GalleryLoad;
import org.storyslides.content.LoadResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * 5,000 seeded, reproducible mutations of the bundled JSON (byte flips, truncation, deleted and
 * duplicated fields, wrong types, huge values): every one must end with content or a list of
 * problems, never an exception. A failure names its seed; {@link #replay} runs one seed alone.
 */
class ContentFuzzTest {

    static final int MUTATIONS = 5_000;
    static final long FIRST_SEED = 20_261_126L;
    private static final String[] FILES = {"story.json", "galleries/mattis-quotes.json", "galleries/military-photos-2016.json"};

    @TempDir
    Path folder;

    @Test
    void everyMutationEndsInContentOrProblems() throws IOException {
        copyBundledContent();
        byte[][] originals = new byte[FILES.length][];
        for (int i = 0; i < FILES.length; i++) {
            originals[i] = Files.readAllBytes(folder.resolve(FILES[i]));
        }
        int failed = 0;
        int loaded = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + MUTATIONS; seed++) {
            Random random = new Random(seed);
            int file = random.nextInt(FILES.length);
            Files.write(folder.resolve(FILES[file]), mutate(originals[file], random));
            LoadResult result = loadOrFail(seed);
            if (result instanceof LoadResult.Failed problems) {
                failed++;
                long failing = seed;
                assertThat(problems.problems()).as("seed %d", failing).isNotEmpty()
                        .allSatisfy(problem -> assertThat(problem.message()).as("seed %d", failing).isNotBlank());
            } else {
                loaded++;
            }
            Files.write(folder.resolve(FILES[file]), originals[file]);
        }
        // the mutations must mostly break something, or the test proves little
        assertThat(failed).as("mutations that broke the content").isGreaterThan(MUTATIONS / 2);
        assertThat(failed + loaded).isEqualTo(MUTATIONS);
    }

    /**
     * Loads the folder whole (--check) and as the window opens it, showing every gallery in turn: neither
     * may throw, and they must agree on whether the content is good.
     */
    private LoadResult loadOrFail(long seed) {
        LoadResult whole;
        boolean everyGalleryShows;
        try {
            whole = new ContentLoader().load(folder);
            everyGalleryShows = new ContentLoader().open(folder) instanceof LoadResult.Loaded opened
                    && opened.content().galleries().stream()
                    .allMatch(gallery -> opened.content().gallery(gallery.id()) instanceof GalleryLoad.Loaded);
        } catch (RuntimeException | Error e) {
            fail("seed %d threw %s (replay: ContentFuzzTest.replay(%dL))", seed, e, seed);
            return null;
        }
        assertThat(everyGalleryShows).as("seed %d: the window shows every gallery exactly when --check passes", seed)
                .isEqualTo(whole instanceof LoadResult.Loaded);
        return whole;
    }

    static byte[] mutate(byte[] original, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> flipBytes(original, random);
            case 1 -> java.util.Arrays.copyOf(original, random.nextInt(original.length));
            default -> mutateTree(original, random);
        };
    }

    private static byte[] flipBytes(byte[] original, Random random) {
        byte[] bytes = original.clone();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** Picks a random object or array in the tree and damages it the way a careless author might. */
    private static byte[] mutateTree(byte[] original, Random random) {
        JsonElement root = JsonParser.parseString(new String(original, StandardCharsets.UTF_8));
        List<JsonElement> containers = new ArrayList<>();
        collect(root, containers);
        JsonElement target = containers.get(random.nextInt(containers.size()));
        JsonElement replacement = switch (random.nextInt(6)) {
            case 0 -> new JsonPrimitive(random.nextInt());
            case 1 -> new JsonPrimitive("x".repeat(random.nextBoolean() ? 1 : 200_000));
            case 2 -> new JsonArray();
            case 3 -> new JsonObject();
            case 4 -> com.google.gson.JsonNull.INSTANCE;
            default -> new JsonPrimitive(random.nextBoolean());
        };
        if (target instanceof JsonObject object && !object.keySet().isEmpty()) {
            List<String> keys = new ArrayList<>(object.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(3)) {
                case 0 -> object.remove(key);
                case 1 -> object.add(key, replacement);
                default -> object.add(key + "_copy", object.get(key).deepCopy());
            }
        } else if (target instanceof JsonArray array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(3)) {
                case 0 -> array.remove(index);
                case 1 -> array.set(index, replacement);
                default -> array.add(array.get(index).deepCopy());
            }
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonElement element, List<JsonElement> into) {
        if (element.isJsonObject()) {
            into.add(element);
            element.getAsJsonObject().entrySet().forEach(entry -> collect(entry.getValue(), into));
        } else if (element.isJsonArray()) {
            into.add(element);
            element.getAsJsonArray().forEach(child -> collect(child, into));
        }
    }

    private void copyBundledContent() throws IOException {
        Path bundled = Path.of("assets");
        try (Stream<Path> files = Files.walk(bundled)) {
            for (Path source : files.toList()) {
                Path target = folder.resolve(bundled.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Runs one seed alone, for a failure's replay. */
    static LoadResult replay(long seed, Path contentCopy) throws IOException {
        Random random = new Random(seed);
        int file = random.nextInt(FILES.length);
        Path path = contentCopy.resolve(FILES[file]);
        Files.write(path, mutate(Files.readAllBytes(path), random));
        return new ContentLoader().load(contentCopy);
    }
}
