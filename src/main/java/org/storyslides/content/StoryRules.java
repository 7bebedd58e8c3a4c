package org.storyslides.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks story.json against its format (assets/schema/story.schema.json says the same for editors). */
final class StoryRules {

    static final Pattern GALLERY_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> STORY_FIELDS = Set.of("headline", "source", "dateline", "published", "body");
    private static final Set<String> BLOCK_FIELDS = Set.of("type", "text", "gallery");
    private static final Map<String, StoryBlock.Type> BLOCK_TYPES =
            Map.of("paragraph", StoryBlock.Type.PARAGRAPH, "gallery", StoryBlock.Type.GALLERY, "seeAlso", StoryBlock.Type.SEE_ALSO);

    private StoryRules() {
    }

    /**
     * Reports what is wrong with the story and returns the galleries it embeds, each with the JSON
     * path of the block that first names it (where a missing gallery file is reported).
     */
    static Map<String, String> check(JsonElement root, ProblemLog.FileProblems problems) {
        Map<String, String> galleries = new LinkedHashMap<>();
        JsonObjectFields.of(root, "$", problems, STORY_FIELDS).ifPresent(story -> {
            story.requiredText("headline");
            story.requiredText("source");
            story.requiredText("dateline");
            story.requiredText("published").ifPresent(date -> checkDate(date, story.pathOf("published"), problems));
            story.requiredArray("body", false).ifPresent(body -> {
                checkBlocks(body, story.pathOf("body"), problems, galleries);
                if (galleries.isEmpty()) {
                    problems.add(story.pathOf("body"), "the story embeds no gallery (add a block with \"type\": \"gallery\")");
                }
            });
        });
        return galleries;
    }

    private static void checkBlocks(JsonArray body, String path, ProblemLog.FileProblems problems,
                                    Map<String, String> galleries) {
        for (int i = 0; i < body.size(); i++) {
            String blockPath = path + "[" + i + "]";
            JsonObjectFields.of(body.get(i), blockPath, problems, BLOCK_FIELDS).ifPresent(block -> {
                block.requiredText("text");
                StoryBlock.Type type = block.requiredText("type").map(name -> {
                    StoryBlock.Type known = BLOCK_TYPES.get(name);
                    if (known == null) {
                        problems.add(block.pathOf("type"), "unknown block type \"" + name + "\" (expected paragraph, gallery or seeAlso)");
                    }
                    return known;
                }).orElse(null);
                if (type == StoryBlock.Type.GALLERY) {
                    block.requiredText("gallery").ifPresent(id -> {
                        if (!GALLERY_ID.matcher(id).matches()) {
                            problems.add(block.pathOf("gallery"), "a gallery id is lower-case letters, digits and dashes: \"" + id + "\"");
                        } else {
                            galleries.putIfAbsent(id, block.pathOf("gallery"));
                        }
                    });
                } else if (type != null && block.has("gallery")) {
                    problems.add(block.pathOf("gallery"), "only blocks of type \"gallery\" name a gallery");
                }
            });
        }
    }

    private static void checkDate(String date, String path, ProblemLog.FileProblems problems) {
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            problems.add(path, "expected a date as YYYY-MM-DD, found \"" + date + "\"");
        }
    }
}
