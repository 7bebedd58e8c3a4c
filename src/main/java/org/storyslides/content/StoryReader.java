package org.storyslides.content;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads story.json and checks it against its format (assets/schema/story.schema.json says the same for editors). */
final class StoryReader {

    static final Pattern GALLERY_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> STORY_FIELDS = Set.of("headline", "source", "dateline", "published", "body");
    private static final Set<String> BLOCK_FIELDS = Set.of("type", "text", "gallery");
    private static final Map<String, StoryBlock.Type> BLOCK_TYPES =
            Map.of("paragraph", StoryBlock.Type.PARAGRAPH, "gallery", StoryBlock.Type.GALLERY, "seeAlso", StoryBlock.Type.SEE_ALSO);

    /**
     * What story.json gave: the story when it is whole, and the galleries it embeds, each with the
     * JSON path of the block that first names it (where a missing gallery file is reported).
     */
    record Result(Optional<Story> story, Map<String, String> galleries) {
    }

    private final JsonCursor json;
    private final ProblemLog.FileProblems problems;
    private String headline;
    private String source;
    private String dateline;
    private LocalDate published;
    private final List<StoryBlock> body = new ArrayList<>();
    private final Map<String, String> galleries = new LinkedHashMap<>();
    private boolean bodyValid;

    private StoryReader(JsonCursor json) {
        this.json = json;
        this.problems = json.problems();
    }

    static Result read(JsonCursor json) throws IOException {
        return new StoryReader(json).readStory();
    }

    private Result readStory() throws IOException {
        Optional<Set<String>> given = json.object("$", STORY_FIELDS, (name, path) -> {
            switch (name) {
                case "headline" -> headline = json.text(path).orElse(null);
                case "source" -> source = json.text(path).orElse(null);
                case "dateline" -> dateline = json.text(path).orElse(null);
                case "published" -> published = json.text(path).flatMap(date -> date(date, path)).orElse(null);
                default -> readBody(path);
            }
        });
        given.ifPresent(fields -> json.requireAll("$", fields, "headline", "source", "dateline", "published", "body"));
        boolean whole = headline != null && source != null && dateline != null && published != null && bodyValid;
        return new Result(whole ? Optional.of(new Story(headline, source, dateline, published, body)) : Optional.empty(), galleries);
    }

    private void readBody(String path) throws IOException {
        Optional<Integer> blocks = json.array(path, (index, blockPath) -> {
            if (index >= ContentLimits.MAX_STORY_BLOCKS) {
                json.skip();
            } else {
                readBlock(blockPath);
            }
        });
        if (blocks.isEmpty()) {
            return;
        }
        if (blocks.get() == 0) {
            problems.add(path, "must not be empty");
        } else if (blocks.get() > ContentLimits.MAX_STORY_BLOCKS) {
            problems.add(path, String.format(Locale.ROOT, "too many blocks (%,d; the limit is %,d)",
                    blocks.get(), ContentLimits.MAX_STORY_BLOCKS));
            galleries.clear(); // none of them is read
        } else if (galleries.isEmpty()) {
            problems.add(path, "the story embeds no gallery (add a block with \"type\": \"gallery\")");
        } else if (galleries.size() > ContentLimits.MAX_GALLERIES) {
            problems.add(path, String.format(Locale.ROOT, "too many galleries (%,d; the limit is %,d)",
                    galleries.size(), ContentLimits.MAX_GALLERIES));
            galleries.clear(); // none of them is read
        } else {
            bodyValid = body.size() == blocks.get();
        }
    }

    private void readBlock(String path) throws IOException {
        String[] text = new String[1];
        String[] typeName = new String[1];
        String[] gallery = new String[1];
        String[] galleryPath = new String[1];
        Optional<Set<String>> given = json.object(path, BLOCK_FIELDS, (name, fieldPath) -> {
            switch (name) {
                case "text" -> text[0] = json.text(fieldPath).orElse(null);
                case "type" -> typeName[0] = json.text(fieldPath).orElse(null);
                default -> {
                    gallery[0] = json.text(fieldPath).orElse(null);
                    galleryPath[0] = fieldPath;
                }
            }
        });
        if (given.isEmpty()) {
            return;
        }
        json.requireAll(path, given.get(), "type", "text");
        StoryBlock.Type type = typeName[0] == null ? null : BLOCK_TYPES.get(typeName[0]);
        if (typeName[0] != null && type == null) {
            problems.add(path + ".type", "unknown block type \"" + ContentText.shown(typeName[0], 40)
                    + "\" (expected paragraph, gallery or seeAlso)");
        }
        boolean galleryValid = true;
        if (type == StoryBlock.Type.GALLERY) {
            if (!given.get().contains("gallery")) {
                problems.add(path + ".gallery", "missing required field");
                galleryValid = false;
            } else if (gallery[0] == null) {
                galleryValid = false;
            } else if (!GALLERY_ID.matcher(gallery[0]).matches()) {
                problems.add(galleryPath[0], "a gallery id is lower-case letters, digits and dashes: \""
                        + ContentText.shown(gallery[0], 40) + "\"");
                galleryValid = false;
            } else {
                galleries.putIfAbsent(gallery[0], galleryPath[0]);
            }
        } else if (type != null && given.get().contains("gallery")) {
            problems.add(path + ".gallery", "only blocks of type \"gallery\" name a gallery");
        }
        if (type != null && text[0] != null && galleryValid) {
            body.add(new StoryBlock(type, text[0], type == StoryBlock.Type.GALLERY ? gallery[0] : null));
        }
    }

    private Optional<LocalDate> date(String date, String path) {
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            problems.add(path, "expected a date as YYYY-MM-DD, found \"" + ContentText.shown(date, 40) + "\"");
            return Optional.empty();
        }
    }
}
