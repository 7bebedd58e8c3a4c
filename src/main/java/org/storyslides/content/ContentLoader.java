package org.storyslides.content;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a content folder ({@code story.json}, {@code galleries/<id>.json}, images) into records.
 * It never throws at the user: it gives the content, or every problem found, each naming its file
 * and place.
 */
public final class ContentLoader {

    static final String STORY_FILE = "story.json";

    private final Gson gson = new GsonBuilder()
            .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
            .create();

    public LoadResult load(Path folder) {
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
        galleryIds.forEach((id, referencedAt) -> {
            String file = galleryFile(id);
            if (!Files.exists(folder.resolve(file))) {
                storyProblems.add(referencedAt, "no gallery file " + file + " for gallery \"" + id + "\"");
                return;
            }
            ProblemLog.FileProblems problems = log.in(file);
            JsonFiles.read(folder.resolve(file), problems).ifPresent(json -> {
                GalleryRules.check(json, id, images, problems);
                galleryJson.put(id, json);
            });
        });

        if (!log.isEmpty()) {
            return new LoadResult.Failed(log.problems());
        }
        Story story = gson.fromJson(storyJson.orElseThrow(), Story.class);
        Map<String, Gallery> galleries = new LinkedHashMap<>();
        galleryJson.forEach((id, json) -> galleries.put(id, gson.fromJson(json, Gallery.class)));
        return new LoadResult.Loaded(new Content(folder, story, galleries));
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
