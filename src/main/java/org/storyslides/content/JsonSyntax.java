package org.storyslides.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what a strict Gson {@code JsonReader} refused in a content file, and where.
 *
 * <p>Gson names nine different mistakes with one sentence ("use JsonReader.setStrictness(...
 * LENIENT)"), and its column is sometimes on the offending character, sometimes one past it, and
 * sometimes at the start of the number before it. So Gson's message gives only the line to look
 * up to: the text is read again from its start, with a strict JSON scanner of its own that stops
 * at the first mistake and names it. Line breaks are counted as Gson counts them (line feeds);
 * columns count characters (code points), so an emoji is one column.
 */
final class JsonSyntax {

    /** Where a mistake is and what it is; line and column are 1-based, both 0 when it has no place in the text. */
    record Located(int line, int column, String message) {

        boolean hasPosition() {
            return line > 0;
        }
    }

    // Gson's messages read "<reason> at line 3 column 5 path $.slides[0]", then a troubleshooting link.
    private static final Pattern GSON_POSITION = Pattern.compile(" at line (\\d{1,9}) column (\\d{1,9}) path ");
    private static final Pattern GSON_NESTING = Pattern.compile("^Nesting limit (\\d{1,9}) reached");

    // Gson's peekNumber gives up on a number that does not fit its 1,024-character buffer.
    static final int LONGEST_NUMBER = 1023;

    private static final int QUOTED = 40;
    private static final List<String> KEYWORDS = List.of("true", "false", "null");

    private JsonSyntax() {
    }

    /**
     * What {@code error}, thrown by a strict {@code JsonReader} (nesting limit set), means.
     *
     * @param reopen the file's text again from its start (a byte-order mark may lead); it is read
     *               up to the mistake's line, or to the end for a mistake the end reveals
     */
    static Located describe(IOException error, Supplier<Reader> reopen) {
        if (error instanceof CharacterCodingException) {
            // a decoder that throws drops what it decoded before the bad bytes: the place is lost
            return new Located(0, 0, "not UTF-8 text");
        }
        String reason = error.getMessage() == null ? "" : error.getMessage();
        Matcher position = GSON_POSITION.matcher(reason);
        if (!position.find()) {
            return new Located(0, 0, reason.isEmpty() ? "cannot be read" : "cannot be read: " + ContentText.shown(reason, 80));
        }
        int line = Integer.parseInt(position.group(1));
        int column = Integer.parseInt(position.group(2));
        Matcher nesting = GSON_NESTING.matcher(reason);
        // Refused where Gson refused it: short of that error, the nesting was within Gson's limit.
        int nestingLimit = nesting.find() ? Integer.parseInt(nesting.group(1)) : Integer.MAX_VALUE;
        try (Reader text = new BufferedReader(reopen.get())) {
            Optional<Located> found = new Scan(text, line, column, nestingLimit).firstMistake();
            if (found.isPresent()) {
                return found.get();
            }
        } catch (IOException | UncheckedIOException e) {
            // the text cannot be read again: Gson's position is all there is
        }
        return new Located(line, column, "not valid JSON here");
    }

    /** Ends the scan from wherever it is. */
    private abstract static class Stop extends Exception {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Thrown inside the scan at the first mistake. */
    private static final class Found extends Stop {
        private static final long serialVersionUID = 1L;
        private final transient Located where;

        Found(Located where) {
            this.where = where;
        }
    }

    /**
     * Thrown inside the scan when the text does not show what Gson saw: no mistake up to the end of
     * Gson's line, or the text ends before Gson's position (it changed, or could not be read again).
     */
    private static final class NotWhatGsonRead extends Stop {
        private static final long serialVersionUID = 1L;
    }

    /** A strict JSON scanner that keeps no text, only the open brackets and a few characters ahead. */
    private static final class Scan {

        private static final int EOF = -1;

        // what may come next
        private static final int VALUE = 0;            // at the top, or after a colon
        private static final int FIRST_VALUE = 1;      // after [
        private static final int VALUE_AFTER_COMMA = 2;
        private static final int FIRST_NAME = 3;       // after {
        private static final int NAME_AFTER_COMMA = 4;
        private static final int COLON = 5;
        private static final int AFTER_VALUE = 6;      // inside an object or array
        private static final int END = 7;              // after the top value

        private final Reader in;
        private final int gsonLine;
        private final int gsonColumn;
        private final int nestingLimit;

        private final int[] ahead = new int[2];
        private int aheadCount;
        private int previous = EOF;
        private int line = 1;
        private int column;
        private int units; // UTF-16 units on the line, as Gson counts columns

        // the open objects and arrays, innermost last: its bracket and where it stands
        private char[] brackets = new char[16];
        private int[] bracketLines = new int[16];
        private int[] bracketColumns = new int[16];
        private int depth;

        private int commaLine;
        private int commaColumn;
        private int endLine;
        private int endColumn;

        Scan(Reader in, int gsonLine, int gsonColumn, int nestingLimit) {
            this.in = in;
            this.gsonLine = gsonLine;
            this.gsonColumn = gsonColumn;
            this.nestingLimit = nestingLimit;
        }

        /** The first mistake, or empty when the text does not show Gson's. */
        Optional<Located> firstMistake() throws IOException {
            try {
                document();
                return Optional.empty();
            } catch (Found found) {
                return Optional.of(found.where);
            } catch (Stop notWhatGsonRead) {
                return Optional.empty();
            }
        }

        private void document() throws IOException, Stop {
            if (peek(0) == '\uFEFF') {
                aheadCount = 0; // a byte-order mark: not part of the text, as for Gson
            }
            int state = VALUE;
            while (true) {
                int c = significant();
                if (c == EOF) {
                    if (endsBeforeGsonsPosition()) {
                        throw new NotWhatGsonRead();
                    }
                    endOfFile(state);
                    return;
                }
                int codePoint = Character.isHighSurrogate((char) c) && Character.isLowSurrogate((char) peek(0))
                        ? Character.toCodePoint((char) c, (char) peek(0)) : c;
                if (!printable(codePoint)) {
                    throw found(String.format(Locale.ROOT, "a character JSON does not allow outside a string (U+%04X)", codePoint));
                }
                state = switch (state) {
                    case VALUE, FIRST_VALUE, VALUE_AFTER_COMMA -> value(c, state);
                    case FIRST_NAME, NAME_AFTER_COMMA -> name(c, state);
                    case COLON -> colon(c);
                    case AFTER_VALUE -> afterValue(c);
                    default -> throw found(String.format(Locale.ROOT,
                            "more text after the end of the document (it ends at line %d, column %d)", endLine, endColumn));
                };
            }
        }

        private int value(int c, int state) throws IOException, Stop {
            switch (c) {
                case '{':
                    open('{');
                    return FIRST_NAME;
                case '[':
                    open('[');
                    return FIRST_VALUE;
                case '"':
                    string();
                    return valueDone();
                case '\'':
                    throw found(singleQuotes());
                case ']':
                    if (state == FIRST_VALUE) {
                        return close();
                    }
                    if (state == VALUE_AFTER_COMMA) {
                        throw found(commaLine, commaColumn, "a comma before ]");
                    }
                    throw found("a value is missing before ]");
                case '}':
                case ',':
                case ':':
                case ';':
                case '=':
                    throw found("a value is missing before " + (char) c);
                default:
                    literal(c);
                    return valueDone();
            }
        }

        private int name(int c, int state) throws IOException, Stop {
            switch (c) {
                case '"':
                    string();
                    return COLON;
                case '}':
                    if (state == FIRST_NAME) {
                        return close();
                    }
                    throw found(commaLine, commaColumn, "a comma before }");
                case '\'':
                    throw found(singleQuotes());
                case '{':
                case '[':
                case ']':
                case ',':
                case ':':
                case ';':
                case '=':
                    throw found("a name in double quotes is missing before " + (char) c);
                default:
                    Word word = word(c);
                    throw found(word.line, word.column, word.isNumber() || word.isKeyword()
                            ? "a name in double quotes is missing before " + word.shown()
                            : "a name must be in double quotes: " + word.shown());
            }
        }

        private int colon(int c) throws Found {
            if (c == ':') {
                return VALUE;
            }
            if (c == '=') {
                throw found("use a colon (:) between a name and its value, not =");
            }
            throw found("a colon (:) is missing after the name");
        }

        private int afterValue(int c) throws Found {
            boolean inArray = brackets[depth - 1] == '[';
            String between = inArray ? "values" : "fields";
            switch (c) {
                case ',':
                    commaLine = line;
                    commaColumn = column;
                    return inArray ? VALUE_AFTER_COMMA : NAME_AFTER_COMMA;
                case ']':
                case '}':
                    if (c == (inArray ? ']' : '}')) {
                        return close();
                    }
                    throw found("a " + (inArray ? ']' : '}') + " is missing before " + (char) c);
                case ';':
                    throw found("use a comma (,) between " + between + ", not ;");
                case ':':
                case '=':
                    throw found("a comma or " + (inArray ? ']' : '}') + " is missing before " + (char) c);
                default:
                    throw found("a comma is missing between two " + between);
            }
        }

        // Gson's line at the end counts a last line feed; its column is one past the last unit.
        private boolean endsBeforeGsonsPosition() {
            boolean newLine = previous == '\n';
            int endLine = newLine ? line + 1 : line;
            int endUnits = newLine ? 0 : units;
            return endLine < gsonLine || (endLine == gsonLine && endUnits + 1 < gsonColumn);
        }

        private void endOfFile(int state) throws Found {
            if (state == END) {
                return;
            }
            if (depth == 0) {
                throw new Found(new Located(0, 0, "the file is empty"));
            }
            boolean object = brackets[depth - 1] == '{';
            throw found(bracketLines[depth - 1], bracketColumns[depth - 1], object
                    ? "the file ends before this object is closed: a } is missing"
                    : "the file ends before this array is closed: a ] is missing");
        }

        private void open(char bracket) throws Found {
            if (depth == nestingLimit) {
                throw found("nested deeper than " + nestingLimit + " levels");
            }
            if (depth == brackets.length) {
                brackets = Arrays.copyOf(brackets, depth * 2);
                bracketLines = Arrays.copyOf(bracketLines, depth * 2);
                bracketColumns = Arrays.copyOf(bracketColumns, depth * 2);
            }
            brackets[depth] = bracket;
            bracketLines[depth] = line;
            bracketColumns[depth] = column;
            depth++;
        }

        private int close() {
            depth--;
            return valueDone();
        }

        private int valueDone() {
            endLine = line;
            endColumn = column;
            return depth == 0 ? END : AFTER_VALUE;
        }

        /** The rest of a string whose opening quote was just read. */
        private void string() throws IOException, Stop {
            int startLine = line;
            int startColumn = column;
            while (true) {
                int c = read();
                if (c == EOF) {
                    throw unclosedString(startLine, startColumn);
                }
                if (c == '"') {
                    return;
                }
                if (c < 0x20) {
                    throw found(controlInString(c));
                }
                if (c == '\\') {
                    escape(startLine, startColumn);
                }
            }
        }

        private void escape(int startLine, int startColumn) throws IOException, Stop {
            int backslashLine = line;
            int backslashColumn = column;
            int c = read();
            if (c == EOF) {
                throw unclosedString(startLine, startColumn);
            }
            if (c < 0x20) {
                throw found(controlInString(c));
            }
            if ("\"\\/bfnrt".indexOf(c) >= 0) {
                return;
            }
            if (c == 'u') {
                StringBuilder escape = new StringBuilder("\\u");
                for (int i = 0; i < 4; i++) {
                    int digit = read();
                    if (digit == EOF) {
                        throw unclosedString(startLine, startColumn);
                    }
                    escape.append((char) digit);
                    if (!isHexDigit(digit)) {
                        throw found(backslashLine, backslashColumn, "\\u must be followed by four hex digits: "
                                + ContentText.shown(escape.toString(), QUOTED));
                    }
                }
                return;
            }
            if (c == '\'') {
                throw found(backslashLine, backslashColumn, "an invalid escape \\': write ' without the backslash");
            }
            StringBuilder escape = new StringBuilder("\\").append((char) c);
            if (Character.isHighSurrogate((char) c) && Character.isLowSurrogate((char) peek(0))) {
                escape.append((char) read());
            }
            throw found(backslashLine, backslashColumn, "an invalid escape " + ContentText.shown(escape.toString(), QUOTED)
                    + ": a backslash is written \\\\");
        }

        private Found unclosedString(int startLine, int startColumn) throws Stop {
            if (endsBeforeGsonsPosition()) {
                throw new NotWhatGsonRead();
            }
            return found(startLine, startColumn, "the file ends before this string is closed: a \" is missing");
        }

        private static boolean isHexDigit(int c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }

        private static String controlInString(int c) {
            return switch (c) {
                case '\n', '\r' -> "a line break inside a string: close the string or write \\n";
                case '\t' -> "a tab inside a string: write \\t";
                default -> String.format(Locale.ROOT, "a control character (U+%04X) inside a string: write \\u%04X", c, c);
            };
        }

        /** A value that is neither a string, an object nor an array: a number, true, false or null. */
        private void literal(int first) throws IOException, Stop {
            Word word = word(first);
            if (word.isNumber()) {
                if (word.length > LONGEST_NUMBER) {
                    throw found(word.line, word.column, String.format(Locale.ROOT,
                            "a number of %,d digits: no field in this format takes a number", word.digits));
                }
                return;
            }
            if (word.isKeyword()) {
                return;
            }
            String text = word.text.toString();
            for (String keyword : KEYWORDS) {
                if (text.equalsIgnoreCase(keyword)) {
                    throw found(word.line, word.column, word.shown() + " is not a JSON value: write " + keyword);
                }
            }
            String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
            if (unsigned.equals("NaN") || unsigned.equals("Infinity")) {
                throw found(word.line, word.column, word.shown() + " is not a JSON value");
            }
            throw found(word.line, word.column, "text must be in double quotes: " + word.shown());
        }

        /** A run of characters outside a string up to a space, a bracket, a comma, a colon, a quote or a comment. */
        private Word word(int first) throws IOException {
            Word word = new Word(line, column);
            word.add(first);
            while (!endsWord(peek(0))) {
                word.add(read());
            }
            return word;
        }

        private boolean endsWord(int c) throws IOException {
            return switch (c) {
                case EOF, ' ', '\t', '\n', '\r', '{', '}', '[', ']', ':', ',', ';', '=', '"', '#' -> true;
                case '/' -> peek(1) == '/' || peek(1) == '*';
                default -> false;
            };
        }

        /** The next character that is not JSON white space; a comment is a mistake. */
        private int significant() throws IOException, Stop {
            int c = read();
            while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                c = read();
            }
            if (line > gsonLine) {
                throw new NotWhatGsonRead();
            }
            if (c == '#' || (c == '/' && (peek(0) == '/' || peek(0) == '*'))) {
                throw found("a comment is not allowed in JSON");
            }
            return c;
        }

        private static boolean printable(int c) {
            return switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.SPACE_SEPARATOR,
                        Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
                default -> true;
            };
        }

        private static String singleQuotes() {
            return "use double quotes (\") around names and strings";
        }

        /** Reads a character and moves the position onto it. */
        private int read() throws IOException {
            int c;
            if (aheadCount > 0) {
                c = ahead[0];
                ahead[0] = ahead[1];
                aheadCount--;
            } else {
                c = in.read();
            }
            if (c == EOF) {
                return c;
            }
            if (previous == '\n') {
                line++;
                column = 0;
                units = 0;
            }
            if (!(Character.isLowSurrogate((char) c) && Character.isHighSurrogate((char) previous))) {
                column++;
            }
            units++;
            previous = c;
            return c;
        }

        /** The character {@code distance} places after the last one read, without reading it. */
        private int peek(int distance) throws IOException {
            while (aheadCount <= distance) {
                ahead[aheadCount++] = in.read();
            }
            return ahead[distance];
        }

        private Found found(String message) {
            return found(line, column, message);
        }

        private static Found found(int line, int column, String message) {
            return new Found(new Located(line, column, message));
        }
    }

    /** A word outside a string: where it starts, its first characters, and what it would be as a number. */
    private static final class Word {

        // the states of the JSON number grammar: -? (0 | [1-9][0-9]*) (\.[0-9]+)? ([eE][+-]?[0-9]+)?
        private static final int START = 0;
        private static final int MINUS = 1;
        private static final int ZERO = 2;
        private static final int INTEGER = 3;
        private static final int POINT = 4;
        private static final int FRACTION = 5;
        private static final int E = 6;
        private static final int E_SIGN = 7;
        private static final int EXPONENT = 8;
        private static final int NOT_A_NUMBER = 9;

        final int line;
        final int column;
        final StringBuilder text = new StringBuilder();
        int length;
        int digits;
        private int number = START;

        Word(int line, int column) {
            this.line = line;
            this.column = column;
        }

        void add(int c) {
            length++;
            if (text.length() < 2 * (QUOTED + 1)) {
                text.append((char) c); // 41 code points at least: enough for shown() to take 40 and mark the cut
            }
            boolean digit = c >= '0' && c <= '9';
            if (digit) {
                digits++;
            }
            number = next(number, c, digit);
        }

        private static int next(int state, int c, boolean digit) {
            return switch (state) {
                case START -> c == '-' ? MINUS : c == '0' ? ZERO : digit ? INTEGER : NOT_A_NUMBER;
                case MINUS -> c == '0' ? ZERO : digit ? INTEGER : NOT_A_NUMBER;
                case ZERO -> c == '.' ? POINT : c == 'e' || c == 'E' ? E : NOT_A_NUMBER;
                case INTEGER -> digit ? INTEGER : c == '.' ? POINT : c == 'e' || c == 'E' ? E : NOT_A_NUMBER;
                case POINT -> digit ? FRACTION : NOT_A_NUMBER;
                case FRACTION -> digit ? FRACTION : c == 'e' || c == 'E' ? E : NOT_A_NUMBER;
                case E -> c == '-' || c == '+' ? E_SIGN : digit ? EXPONENT : NOT_A_NUMBER;
                case E_SIGN, EXPONENT -> digit ? EXPONENT : NOT_A_NUMBER;
                default -> NOT_A_NUMBER;
            };
        }

        boolean isKeyword() {
            return KEYWORDS.contains(text.toString());
        }

        boolean isNumber() {
            return number == ZERO || number == INTEGER || number == FRACTION || number == EXPONENT;
        }

        String shown() {
            return ContentText.shown(text.toString(), QUOTED);
        }
    }
}
