package org.storyslides.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import java.util.Locale;
import java.util.Set;

/** Checks a gallery file against its format (assets/schema/gallery.schema.json says the same for editors). */
final class GalleryRules {

    private static final Set<String> GALLERY_FIELDS = Set.of("id", "title", "slides");
    private static final Set<String> SLIDE_FIELDS = Set.of("image", "headline", "caption", "credit");

    private GalleryRules() {
    }

    static void check(JsonElement root, String expectedId, ImagePathRule images, ProblemLog.FileProblems problems) {
        check(root, expectedId, images, problems, Integer.MAX_VALUE);
    }

    /**
     * Checks what the story shows of a gallery before it is opened: the gallery's own fields, its
     * slide count and its cover; the other slides are checked when it is first shown.
     */
    static void checkSummary(JsonElement root, String expectedId, ImagePathRule images, ProblemLog.FileProblems problems) {
        check(root, expectedId, images, problems, 1);
    }

    private static void check(JsonElement root, String expectedId, ImagePathRule images, ProblemLog.FileProblems problems,
                              int slidesToCheck) {
        JsonObjectFields.of(root, "$", problems, GALLERY_FIELDS).ifPresent(gallery -> {
            gallery.requiredText("id").ifPresent(id -> {
                if (!id.equals(expectedId)) {
                    problems.add(gallery.pathOf("id"), "\"" + id + "\" does not match the file name (expected \"" + expectedId + "\")");
                }
            });
            gallery.requiredText("title");
            gallery.requiredArray("slides", false)
                    .ifPresent(slides -> checkSlides(slides, gallery.pathOf("slides"), images, problems, slidesToCheck));
        });
    }

    private static void checkSlides(JsonArray slides, String path, ImagePathRule images, ProblemLog.FileProblems problems,
                                    int slidesToCheck) {
        if (slides.size() > ContentLimits.MAX_SLIDES) {
            problems.add(path, String.format(Locale.ROOT, "too many slides (%,d; the limit is %,d)",
                    slides.size(), ContentLimits.MAX_SLIDES));
            return;
        }
        for (int i = 0; i < Math.min(slides.size(), slidesToCheck); i++) {
            JsonObjectFields.of(slides.get(i), path + "[" + i + "]", problems, SLIDE_FIELDS).ifPresent(slide -> {
                slide.requiredText("image").flatMap(images::check)
                        .ifPresent(message -> problems.add(slide.pathOf("image"), message));
                slide.optionalText("headline");
                slide.optionalText("credit");
                slide.requiredArray("caption", true).ifPresent(caption -> {
                    for (int p = 0; p < caption.size(); p++) {
                        String paragraphPath = slide.pathOf("caption") + "[" + p + "]";
                        JsonObjectFields.string(caption.get(p), paragraphPath, problems)
                                .filter(String::isBlank)
                                .ifPresent(blank -> problems.add(paragraphPath, "must not be empty"));
                    }
                });
            });
        }
    }
}
