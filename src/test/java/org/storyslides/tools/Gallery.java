package org.storyslides.tools;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a gallery file that the image generator needs. Read with Gson's tree model on
 * purpose: the generator stays independent of the app's own content classes.
 */
public record Gallery(String id, String title, List<Slide> slides) {

    public record Slide(String image, String headline, List<String> caption, String credit) {

        /** The image's file name, e.g. "07-chinook-kahiltna-glacier.jpg": the key of hand-written tables. */
        String fileName() {
            return image.substring(image.lastIndexOf('/') + 1);
        }

        String captionText() {
            return String.join(" ", caption);
        }
    }

    /** The slides after the cover. */
    int photoSlides() {
        return slides.size() - 1;
    }

    /**
     * The number the stand-in of the slide at {@code index} prints: the window's numbering, which
     * counts the cover as slide 1 ("02 / 14" for the first quote of 14 slides).
     */
    public String numberMark(int index) {
        return String.format("%02d / %02d", index + 1, slides.size());
    }

    public static Gallery read(Path file) throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        List<Slide> slides = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray("slides")) {
            JsonObject slide = element.getAsJsonObject();
            List<String> caption = new ArrayList<>();
            slide.getAsJsonArray("caption").forEach(paragraph -> caption.add(paragraph.getAsString()));
            slides.add(new Slide(
                    slide.get("image").getAsString(),
                    optional(slide, "headline"),
                    List.copyOf(caption),
                    optional(slide, "credit")));
        }
        return new Gallery(root.get("id").getAsString(), root.get("title").getAsString(), List.copyOf(slides));
    }

    private static String optional(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
