package org.storyslides.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one JSON object, reporting each problem under its JSON path
 * ("$.slides[3].caption") instead of stopping at the first.
 */
final class JsonObjectFields {

    private final JsonObject object;
    private final String path;
    private final ProblemLog.FileProblems problems;

    private JsonObjectFields(JsonObject object, String path, ProblemLog.FileProblems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** The object at {@code path}, if it is one; fields outside {@code known} are reported. */
    static Optional<JsonObjectFields> of(JsonElement element, String path, ProblemLog.FileProblems problems,
                                         Set<String> known) {
        if (element == null || !element.isJsonObject()) {
            problems.add(path, "expected an object, found " + describe(element));
            return Optional.empty();
        }
        JsonObject object = element.getAsJsonObject();
        for (String name : object.keySet()) {
            if (!known.contains(name) && !name.equals("$schema")) {
                problems.add(path + "." + name, "unknown field (expected one of: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return Optional.of(new JsonObjectFields(object, path, problems));
    }

    String pathOf(String name) {
        return path + "." + name;
    }

    boolean has(String name) {
        return object.has(name) && !object.get(name).isJsonNull();
    }

    /** A string that must be there and must not be blank. */
    Optional<String> requiredText(String name) {
        if (!has(name)) {
            problems.add(pathOf(name), "missing required field");
            return Optional.empty();
        }
        return text(name);
    }

    /** A string that may be left out, but is not blank when given. */
    Optional<String> optionalText(String name) {
        return has(name) ? text(name) : Optional.empty();
    }

    private Optional<String> text(String name) {
        Optional<String> value = string(object.get(name), pathOf(name), problems);
        if (value.isPresent() && value.get().isBlank()) {
            problems.add(pathOf(name), "must not be empty");
            return Optional.empty();
        }
        return value;
    }

    /** An array that must be there; empty is allowed only when {@code mayBeEmpty}. */
    Optional<JsonArray> requiredArray(String name, boolean mayBeEmpty) {
        if (!has(name)) {
            problems.add(pathOf(name), "missing required field");
            return Optional.empty();
        }
        JsonElement value = object.get(name);
        if (!value.isJsonArray()) {
            problems.add(pathOf(name), "expected an array, found " + describe(value));
            return Optional.empty();
        }
        if (!mayBeEmpty && value.getAsJsonArray().isEmpty()) {
            problems.add(pathOf(name), "must not be empty");
            return Optional.empty();
        }
        return Optional.of(value.getAsJsonArray());
    }

    static Optional<String> string(JsonElement element, String path, ProblemLog.FileProblems problems) {
        if (element instanceof JsonPrimitive primitive && primitive.isString()) {
            String text = primitive.getAsString();
            if (text.length() > ContentLimits.MAX_TEXT_CHARS) {
                problems.add(path, String.format(Locale.ROOT, "text too long (%,d characters; the limit is %,d)",
                        text.length(), ContentLimits.MAX_TEXT_CHARS));
                return Optional.empty();
            }
            return Optional.of(text);
        }
        problems.add(path, "expected a string, found " + describe(element));
        return Optional.empty();
    }

    static String describe(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return "null";
        }
        if (element.isJsonObject()) {
            return "an object";
        }
        if (element.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return "a boolean (" + primitive.getAsBoolean() + ")";
        }
        if (primitive.isNumber()) {
            return "a number (" + primitive.getAsString() + ")";
        }
        return "a string";
    }
}
