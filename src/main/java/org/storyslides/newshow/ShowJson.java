package org.storyslides.newshow;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The two files of a new show, as the content format has them (assets/schema): story.json, a
 * headline, placeholders for its source and dateline, today's date, one paragraph saying where to
 * write the story and the gallery; and the gallery, its cover (the first photo under the title, as
 * the bundled galleries open) and a slide for each photo. Written with Gson, so no caption can break
 * the JSON.
 */
final class ShowJson {

    static final String SOURCE = "Source";
    static final String DATELINE = "DATELINE";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** A slide as written: its picture's path in the folder and its photo's facts. */
    record ShowSlide(String image, PhotoFacts photo) {
    }

    private ShowJson() {
    }

    static byte[] story(String headline, LocalDate published, String storyFile, String galleryId) {
        JsonObject story = new JsonObject();
        story.addProperty("headline", headline);
        story.addProperty("source", SOURCE);
        story.addProperty("dateline", DATELINE);
        story.addProperty("published", published.toString());
        JsonArray body = new JsonArray();
        body.add(block("paragraph", "Write your story here: this paragraph is in " + storyFile + ".", null));
        body.add(block("gallery", headline, galleryId));
        story.add("body", body);
        return bytes(story);
    }

    /**
     * The gallery file, each text of its slides cut to at most {@code maxChars} characters (the
     * writer lowers it until the file fits its size limit).
     */
    static byte[] gallery(String id, String title, List<ShowSlide> slides, int maxChars) {
        JsonObject gallery = new JsonObject();
        gallery.addProperty("id", id);
        gallery.addProperty("title", title);
        JsonArray array = new JsonArray();
        ShowSlide first = slides.get(0);
        JsonObject cover = new JsonObject();
        cover.addProperty("image", first.image());
        cover.addProperty("headline", title);
        cover.add("caption", new JsonArray());
        cut(first.photo().credit(), maxChars).ifPresent(credit -> cover.addProperty("credit", credit));
        array.add(cover);
        for (ShowSlide slide : slides) {
            JsonObject object = new JsonObject();
            object.addProperty("image", slide.image());
            cut(slide.photo().headline(), maxChars).ifPresent(headline -> object.addProperty("headline", headline));
            JsonArray caption = new JsonArray();
            int left = maxChars;
            for (String paragraph : slide.photo().caption()) {
                Optional<String> kept = cut(Optional.of(paragraph), left);
                if (kept.isEmpty()) {
                    break;
                }
                caption.add(kept.get());
                left -= kept.get().length();
            }
            object.add("caption", caption);
            cut(slide.photo().credit(), maxChars).ifPresent(credit -> object.addProperty("credit", credit));
            array.add(object);
        }
        gallery.add("slides", array);
        return bytes(gallery);
    }

    private static Optional<String> cut(Optional<String> text, int maxChars) {
        return text.flatMap(t -> t.length() <= maxChars ? Optional.of(t) : ShowText.line(t, maxChars));
    }

    private static JsonObject block(String type, String text, String gallery) {
        JsonObject block = new JsonObject();
        block.addProperty("type", type);
        block.addProperty("text", text);
        if (gallery != null) {
            block.addProperty("gallery", gallery);
        }
        return block;
    }

    private static byte[] bytes(JsonObject object) {
        return (GSON.toJson(object) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
