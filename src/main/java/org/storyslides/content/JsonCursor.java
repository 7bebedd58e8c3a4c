package org.storyslides.content;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a content file's JSON as it streams, value by value, reporting each problem under its JSON
 * path ("$.slides[3].caption") and reading on, so an author sees every problem at once and no tree
 * of the whole file is ever built. Syntax errors are thrown (as Gson's reader throws them) and
 * reported by {@link JsonFiles}.
 */
final class JsonCursor {

    /** A field name as it can stand in a path after a dot; any other is written ["..."]. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final int SHOWN_NAME = 40;
    private static final String SCHEMA = "$schema";

    private final JsonReader in;
    private final ProblemLog.FileProblems problems;

    JsonCursor(JsonReader in, ProblemLog.FileProblems problems) {
        this.in = in;
        this.problems = problems;
    }

    /** Reads the field at {@code path} (named {@code name}); the cursor is on its value. */
    @FunctionalInterface
    interface FieldReader {
        void read(String name, String path) throws IOException;
    }

    /** Reads the element at {@code path}, the {@code index}th (from 0); the cursor is on it. */
    @FunctionalInterface
    interface ElementReader {
        void read(int index, String path) throws IOException;
    }

    ProblemLog.FileProblems problems() {
        return problems;
    }

    /**
     * Reads an object, handing each of its {@code known} fields to {@code field} (a null value counts
     * as left out); unknown fields and a field given twice are reported and skipped.
     *
     * @return the fields given (not null), or empty when the value is not an object (reported)
     */
    Optional<Set<String>> object(String path, Set<String> known, FieldReader field) throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            problems.add(path, "expected an object, found " + describeAndSkip());
            return Optional.empty();
        }
        Set<String> given = new HashSet<>();
        Set<String> seen = new HashSet<>(); // only known names: an object of 400,000 unknown ones keeps none
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            String fieldPath = path + pathName(name);
            if (!known.contains(name) && !name.equals(SCHEMA)) {
                problems.add(fieldPath, "unknown field (expected one of: " + String.join(", ", new TreeSet<>(known)) + ")");
                in.skipValue();
            } else if (!seen.add(name)) {
                problems.add(fieldPath, "given twice in this object (a field may appear once)");
                in.skipValue();
            } else if (in.peek() == JsonToken.NULL || name.equals(SCHEMA)) {
                in.skipValue();
            } else {
                given.add(name);
                field.read(name, fieldPath);
            }
        }
        in.endObject();
        return Optional.of(given);
    }

    /** Reports each of {@code required} that an object read by {@link #object} did not give. */
    void requireAll(String path, Set<String> given, String... required) {
        for (String name : required) {
            if (!given.contains(name)) {
                problems.add(path + pathName(name), "missing required field");
            }
        }
    }

    /**
     * Reads an array, handing each element to {@code element}.
     *
     * @return how many elements it has, or empty when the value is not an array (reported)
     */
    Optional<Integer> array(String path, ElementReader element) throws IOException {
        if (in.peek() != JsonToken.BEGIN_ARRAY) {
            problems.add(path, "expected an array, found " + describeAndSkip());
            return Optional.empty();
        }
        in.beginArray();
        int index = 0;
        while (in.hasNext()) {
            element.read(index, path + "[" + index + "]");
            index++;
        }
        in.endArray();
        return Optional.of(index);
    }

    /** Skips the value the cursor is on. */
    void skip() throws IOException {
        in.skipValue();
    }

    /**
     * A string, checked: at most {@link ContentLimits#MAX_TEXT_CHARS} characters, and nothing the text
     * shaper cannot take (a pile of combining marks, control characters). A string may be empty.
     */
    Optional<String> string(String path) throws IOException {
        if (in.peek() != JsonToken.STRING) {
            problems.add(path, "expected a string, found " + describeAndSkip());
            return Optional.empty();
        }
        String text = in.nextString();
        if (text.length() > ContentLimits.MAX_TEXT_CHARS) {
            problems.add(path, String.format(Locale.ROOT, "text too long (%,d characters; the limit is %,d)",
                    text.length(), ContentLimits.MAX_TEXT_CHARS));
            return Optional.empty();
        }
        Optional<String> unsafe = ContentText.unsafe(text);
        if (unsafe.isPresent()) {
            problems.add(path, unsafe.get());
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A string that must not be blank. */
    Optional<String> text(String path) throws IOException {
        Optional<String> value = string(path);
        if (value.isPresent() && value.get().isBlank()) {
            problems.add(path, "must not be empty");
            return Optional.empty();
        }
        return value;
    }

    /** What the value under the cursor is, for a message, and past it. */
    private String describeAndSkip() throws IOException {
        JsonToken token = in.peek();
        switch (token) {
            case NUMBER -> {
                return "a number (" + ContentText.shown(in.nextString(), 20) + ")";
            }
            case BOOLEAN -> {
                return "a boolean (" + in.nextBoolean() + ")";
            }
            case NULL -> {
                in.nextNull();
                return "null";
            }
            default -> {
                in.skipValue();
                return switch (token) {
                    case BEGIN_OBJECT -> "an object";
                    case BEGIN_ARRAY -> "an array";
                    default -> "a string";
                };
            }
        }
    }

    /** How a field name is written in a path: ".caption", or ["a name with spaces"] (quoted safely, cut when long). */
    static String pathName(String name) {
        return PLAIN_NAME.matcher(name).matches() && name.length() <= SHOWN_NAME
                ? "." + name
                : "[\"" + ContentText.shown(name, SHOWN_NAME) + "\"]";
    }
}
