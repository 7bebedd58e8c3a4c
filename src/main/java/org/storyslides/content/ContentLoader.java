package org.storyslides.content;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a content folder ({@code story.json}, {@code galleries/<id>.json}, images) into records.
 * It never throws at the user: it gives the content, or every problem found, each naming its file
 * and place.
 */
public final class ContentLoader {

    static final String STORY_FILE = "story.json";
    private static final System.Logger LOG = System.getLogger(ContentLoader.class.getName());

    private final Gson gson = new GsonBuilder()
            .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
            .create();

    /**
     * Loads the folder whole: the story and every gallery, each checked slide by slide (what
     * {@code --check} needs).
     */
    public LoadResult load(Path folder) {
        return read(folder, true);
    }

    /**
     * Opens the folder for the window: the story, and of each gallery what the story shows of it
     * (title, photo count, cover), all checked; the first gallery is loaded whole, the others when
     * first shown ({@link Content#gallery}), so a big gallery not on show costs the start-up only a
     * read of its file.
     */
    public LoadResult open(Path folder) {
        return read(folder, false);
    }

    private LoadResult read(Path folder, boolean whole) {
        ProblemLog log = new ProblemLog();
        if (!Files.isDirectory(folder)) {
            log.in(folder.toString()).add("", "content folder not found");
            return new LoadResult.Failed(log.problems());
        }
        ProblemLog.FileProblems storyProblems = log.in(STORY_FILE);
        Optional<JsonElement> storyJson = JsonFiles.read(folder.resolve(STORY_FILE), storyProblems);
        Map<String, String> galleryIds = storyJson.map(json -> StoryRules.check(json, storyProblems)).orElse(Map.of());

        ImagePathRule images = new ImagePathRule(folder);
        Map<String, JsonElement> galleryJson = new LinkedHashMap<>();
        // the gallery the window opens on; the others are read whole when first shown
        Optional<String> first = galleryIds.keySet().stream().findFirst();
        galleryIds.forEach((id, referencedAt) -> {
            String file = galleryFile(id);
            if (!Files.exists(folder.resolve(file))) {
                storyProblems.add(referencedAt, "no gallery file " + file + " for gallery \"" + id + "\"");
                return;
            }
            ProblemLog.FileProblems problems = log.in(file);
            JsonFiles.read(folder.resolve(file), problems).ifPresent(json -> {
                if (whole || first.get().equals(id)) {
                    GalleryRules.check(json, id, images, problems);
                } else {
                    GalleryRules.checkSummary(json, id, images, problems);
                }
                galleryJson.put(id, json);
            });
        });

        if (!log.isEmpty()) {
            return new LoadResult.Failed(log.problems());
        }
        Story story = gson.fromJson(storyJson.orElseThrow(), Story.class);
        List<GalleryInfo> infos = new ArrayList<>();
        Map<String, Gallery> loaded = new LinkedHashMap<>();
        galleryJson.forEach((id, json) -> {
            if (whole || first.get().equals(id)) {
                Gallery gallery = gson.fromJson(json, Gallery.class);
                loaded.put(id, gallery);
                infos.add(gallery.info());
            } else {
                infos.add(summary(json.getAsJsonObject()));
            }
        });
        return new LoadResult.Loaded(new Content(folder, story, infos, loaded, id -> loadGallery(folder, id, images)));
    }

    private GalleryInfo summary(JsonObject gallery) {
        JsonArray slides = gallery.getAsJsonArray("slides");
        return new GalleryInfo(gallery.get("id").getAsString(), gallery.get("title").getAsString(), slides.size(),
                gson.fromJson(slides.get(0), Slide.class));
    }

    /** A gallery read and checked whole, when it is first shown. */
    private GalleryLoad loadGallery(Path folder, String id, ImagePathRule images) {
        ProblemLog log = new ProblemLog();
        String file = galleryFile(id);
        ProblemLog.FileProblems problems = log.in(file);
        Optional<JsonElement> json = JsonFiles.read(folder.resolve(file), problems);
        json.ifPresent(root -> GalleryRules.check(root, id, images, problems));
        if (!log.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, () -> folder.resolve(file) + ": gallery not shown, " + log.problems().size()
                    + (log.problems().size() == 1 ? " problem: " : " problems, the first: ") + log.problems().get(0));
            return new GalleryLoad.Failed(log.problems());
        }
        return new GalleryLoad.Loaded(gson.fromJson(json.orElseThrow(), Gallery.class));
    }

    static String galleryFile(String id) {
        return "galleries/" + id + ".json";
    }

    private static final class LocalDateAdapter extends TypeAdapter<LocalDate> {
        @Override
        public void write(JsonWriter out, LocalDate value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public LocalDate read(JsonReader in) throws IOException {
            return LocalDate.parse(in.nextString());
        }
    }
}
