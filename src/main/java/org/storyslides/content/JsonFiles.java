package org.storyslides.content;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a content file as strict JSON, turning every failure into a problem an author can act on. */
final class JsonFiles {

    // Gson's messages read "<reason> at line 3 column 5 path $.slides[0]" and end in a troubleshooting link.
    private static final Pattern GSON_POSITION =
            Pattern.compile("(?s)^(.*?) at line (\\d+) column (\\d+) path (\\S+).*$");

    private static final System.Logger LOG = System.getLogger(JsonFiles.class.getName());
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private JsonFiles() {
    }

    static Optional<JsonElement> read(Path file, ProblemLog.FileProblems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > ContentLimits.MAX_FILE_BYTES) {
                problems.add("", String.format(Locale.ROOT, "the file is too large (%,d bytes; the limit is %,d)",
                        size, ContentLimits.MAX_FILE_BYTES));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add("", "file not found");
            return Optional.empty();
        } catch (IOException e) {
            problems.add("", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        Optional<String> text = utf8(bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.add("", "the file is empty");
            return Optional.empty();
        }
        if (text.get().startsWith(BYTE_ORDER_MARK)) {
            LOG.log(System.Logger.Level.DEBUG, () -> file + ": UTF-8 byte-order mark skipped");
        }
        try (JsonReader reader = new JsonReader(new StringReader(stripByteOrderMark(text.get())))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(ContentLimits.MAX_NESTING);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                problems.add("", "malformed JSON: more text after the end of the document");
                return Optional.empty();
            }
            return Optional.of(element);
        } catch (JsonParseException | IOException e) {
            reportMalformed(e, problems);
            return Optional.empty();
        }
    }

    /** The bytes as UTF-8 text, or a problem naming the offset of the first byte that is not UTF-8. */
    private static Optional<String> utf8(byte[] bytes, ProblemLog.FileProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add("byte " + in.position(), "not UTF-8 text");
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    private static void reportMalformed(Exception e, ProblemLog.FileProblems problems) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        Matcher position = GSON_POSITION.matcher(message);
        if (position.matches()) {
            problems.add("line " + position.group(2) + ", column " + position.group(3),
                    "malformed JSON: " + plainReason(position.group(1)) + " (after " + position.group(4) + ")");

        } else {
            problems.add("", "malformed JSON: " + lowerFirst(message.lines().findFirst().orElse("")));
        }
    }

    // Gson names the structure it was in; an author needs to know what is missing.
    private static String plainReason(String gsonReason) {
        return switch (gsonReason) {
            case "Unterminated object" -> "expected ',' or '}'";
            case "Unterminated array" -> "expected ',' or ']'";
            case "Nesting limit " + ContentLimits.MAX_NESTING + " reached" -> "nested deeper than " + ContentLimits.MAX_NESTING + " levels";
            default -> lowerFirst(gsonReason);
        };
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
