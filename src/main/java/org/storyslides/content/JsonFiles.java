package org.storyslides.content;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a content JSON file as strict JSON, streaming it through {@link JsonCursor} (never a second
 * copy of the file, never a tree of it), and turns every failure into a problem an author can act on.
 */
final class JsonFiles {

    /** How long reading one content file may take: a local 16 MB file reads in well under a second. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    private static final System.Logger LOG = System.getLogger(JsonFiles.class.getName());

    private JsonFiles() {
    }

    /** Reads what the file holds into a {@code T}, reporting problems on the way. */
    @FunctionalInterface
    interface Body<T> {
        T read(JsonCursor json) throws IOException;
    }

    /**
     * Reads {@code file} of {@code folder} with {@code body}; empty when the file could not be read
     * as JSON (the problems say why). Problems {@code body} reports do not make it empty: the caller
     * looks at the log.
     */
    static <T> Optional<T> read(ContentFolder folder, String file, long maxBytes, ProblemLog.FileProblems problems, Body<T> body) {
        try (Utf8Reader text = new Utf8Reader(folder.open(file, maxBytes, TIME_LIMIT));
             JsonReader reader = strictReader(text)) {
            try {
                reader.peek();
            } catch (EOFException e) {
                problems.add("", "the file is empty");
                return Optional.empty();
            }
            if (text.hadByteOrderMark()) {
                LOG.log(System.Logger.Level.DEBUG, () -> folder.path().resolve(file) + ": UTF-8 byte-order mark skipped");
            }
            T value = body.read(new JsonCursor(reader, problems));
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                problems.add("", "more text after the end of the document");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (FileRefusedException e) {
            problems.add("", e.getMessage());
        } catch (Utf8Reader.NotUtf8Exception e) {
            problems.add("byte " + e.offset(), "not UTF-8 text");
        } catch (IOException e) {
            // what was found before a syntax error may not be so once it is mended: the error alone is said
            problems.clear();
            JsonSyntax.Located where = JsonSyntax.describe(e, () -> reopen(folder, file, maxBytes));
            problems.add(where.hasPosition() ? "line " + where.line() + ", column " + where.column() : "", where.message());
        }
        return Optional.empty();
    }

    private static JsonReader strictReader(Reader text) {
        JsonReader reader = new JsonReader(text);
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(ContentLimits.MAX_NESTING);
        return reader;
    }

    /** The file's text again, for a syntax error's message to look at (nothing, if it cannot be read now). */
    private static Reader reopen(ContentFolder folder, String file, long maxBytes) {
        try {
            InputStream again = folder.open(file, maxBytes, TIME_LIMIT);
            return new Utf8Reader(again);
        } catch (FileRefusedException e) {
            return new StringReader("");
        }
    }
}
