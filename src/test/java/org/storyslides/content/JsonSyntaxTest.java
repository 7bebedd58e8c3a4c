package org.storyslides.content;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of mistake a strict Gson reader refuses, read for real with Gson and described: the
 * line and column of the offending character and a message in plain words.
 */
class JsonSyntaxTest {

    // --- the Gson reader as the loader sets it up

    /** What Gson throws reading {@code text} the way the loader does, described. */
    private static JsonSyntax.Located refused(String text) {
        return JsonSyntax.describe(gsonError(text, false, ContentLimits.MAX_NESTING), () -> new StringReader(text));
    }

    private static IOException gsonError(String text, boolean skipValues, int nestingLimit) {
        return gsonError(new StringReader(text), skipValues, nestingLimit);
    }

    private static IOException gsonError(Reader text, boolean skipValues, int nestingLimit) {
        try (JsonReader reader = new JsonReader(text)) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(nestingLimit);
            readValue(reader, skipValues);
            reader.peek(); // the end of the document, or more text
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("Gson accepted it");
    }

    private static void readValue(JsonReader reader, boolean skipValues) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                while (reader.hasNext()) {
                    reader.nextName();
                    if (skipValues) {
                        reader.skipValue();
                    } else {
                        readValue(reader, false);
                    }
                }
                reader.endObject();
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                while (reader.hasNext()) {
                    readValue(reader, skipValues);
                }
                reader.endArray();
            }
            case BOOLEAN -> reader.nextBoolean();
            case NULL -> reader.nextNull();
            default -> reader.nextString();
        }
    }

    private static JsonSyntax.Located at(int line, int column, String message) {
        return new JsonSyntax.Located(line, column, message);
    }

    // --- comments

    @Test
    void aLineCommentIsNamedWhereItStarts() {
        assertThat(refused("{\n  // the story\n  \"a\": 1\n}")).isEqualTo(at(2, 3, "a comment is not allowed in JSON"));
    }

    @Test
    void aBlockCommentIsNamedWhereItStarts() {
        assertThat(refused("{/* c */}")).isEqualTo(at(1, 2, "a comment is not allowed in JSON"));
    }

    @Test
    void aHashCommentIsNamedWhereItStarts() {
        assertThat(refused("# c\n{}")).isEqualTo(at(1, 1, "a comment is not allowed in JSON"));
    }

    @Test
    void aCommentRightAfterANumberIsNamedWhereTheCommentStartsNotTheNumber() {
        // Gson points at the 1
        assertThat(refused("[1//c\n]")).isEqualTo(at(1, 3, "a comment is not allowed in JSON"));
        assertThat(refused("[1/*c*/]")).isEqualTo(at(1, 3, "a comment is not allowed in JSON"));
    }

    @Test
    void aCommentAfterTheDocumentIsStillAComment() {
        assertThat(refused("{}\n# end")).isEqualTo(at(2, 1, "a comment is not allowed in JSON"));
    }

    // --- commas

    @Test
    void aTrailingCommaInAnArrayIsNamedAtTheComma() {
        assertThat(refused("[1,]")).isEqualTo(at(1, 3, "a comma before ]"));
        assertThat(refused("[\n  1,\n  2,\n]")).isEqualTo(at(3, 4, "a comma before ]"));
    }

    @Test
    void aTrailingCommaInAnObjectIsNamedAtTheComma() {
        assertThat(refused("{\"a\":1,}")).isEqualTo(at(1, 7, "a comma before }"));
    }

    @Test
    void aMissingCommaBetweenValuesIsNamedAtTheSecondValue() {
        assertThat(refused("[1 2]")).isEqualTo(at(1, 4, "a comma is missing between two values"));
        assertThat(refused("[1\"a\"]")).isEqualTo(at(1, 3, "a comma is missing between two values"));
    }

    @Test
    void aMissingCommaBetweenFieldsIsNamedAtTheSecondField() {
        assertThat(refused("{\n  \"a\": \"x\"\n  \"b\": 1\n}")).isEqualTo(at(3, 3, "a comma is missing between two fields"));
    }

    @Test
    void aSemicolonBetweenValuesIsNamed() {
        assertThat(refused("[1;2]")).isEqualTo(at(1, 3, "use a comma (,) between values, not ;"));
    }

    @Test
    void aSemicolonBetweenFieldsIsNamedEvenRightAfterAKeyword() {
        // Gson points at the t of true
        assertThat(refused("{\"a\":true;}")).isEqualTo(at(1, 10, "use a comma (,) between fields, not ;"));
    }

    @Test
    void aValueMissingBetweenTwoCommasIsNamed() {
        assertThat(refused("[1,,2]")).isEqualTo(at(1, 4, "a value is missing before ,"));
        assertThat(refused("[,1]")).isEqualTo(at(1, 2, "a value is missing before ,"));
    }

    // --- names and colons

    @Test
    void aMissingColonIsNamedAtWhatStandsInItsPlace() {
        assertThat(refused("{\"a\" 1}")).isEqualTo(at(1, 6, "a colon (:) is missing after the name"));
    }

    @Test
    void anEqualsSignForAColonIsNamed() {
        assertThat(refused("{\"a\"=1}")).isEqualTo(at(1, 5, "use a colon (:) between a name and its value, not ="));
        assertThat(refused("{\"a\" => 1}")).isEqualTo(at(1, 6, "use a colon (:) between a name and its value, not ="));
    }

    @Test
    void anUnquotedNameIsNamed() {
        assertThat(refused("{a: 1}")).isEqualTo(at(1, 2, "a name must be in double quotes: a"));
        assertThat(refused("{\"a\": 1, slides: []}")).isEqualTo(at(1, 10, "a name must be in double quotes: slides"));
    }

    @Test
    void aBareValueWhereANameBelongsIsNamed() {
        assertThat(refused("{\"a\": 1, 2}")).isEqualTo(at(1, 10, "a name in double quotes is missing before 2"));
        assertThat(refused("{true: 1}")).isEqualTo(at(1, 2, "a name in double quotes is missing before true"));
        assertThat(refused("{ {} }")).isEqualTo(at(1, 3, "a name in double quotes is missing before {"));
        assertThat(refused("{,}")).isEqualTo(at(1, 2, "a name in double quotes is missing before ,"));
    }

    @Test
    void aValueMissingAfterAColonIsNamed() {
        assertThat(refused("{\"a\": }")).isEqualTo(at(1, 7, "a value is missing before }"));
        assertThat(refused("{\"a\": ]")).isEqualTo(at(1, 7, "a value is missing before ]"));
        assertThat(refused("{\"a\":: 1}")).isEqualTo(at(1, 6, "a value is missing before :"));
    }

    @Test
    void aValueMissingAtTheStartIsNamed() {
        assertThat(refused("]")).isEqualTo(at(1, 1, "a value is missing before ]"));
        assertThat(refused("=")).isEqualTo(at(1, 1, "a value is missing before ="));
    }

    @Test
    void aColonInsideAnArrayIsNamed() {
        assertThat(refused("[\"a\": 1]")).isEqualTo(at(1, 5, "a comma or ] is missing before :"));
        assertThat(refused("{\"a\": \"b\": \"c\"}")).isEqualTo(at(1, 10, "a comma or } is missing before :"));
    }

    // --- quotes and bare text

    @Test
    void singleQuotedNamesAreNamed() {
        assertThat(refused("{'a': 1}")).isEqualTo(at(1, 2, "use double quotes (\") around names and strings"));
    }

    @Test
    void singleQuotedStringsAreNamed() {
        assertThat(refused("{\"a\": 'b'}")).isEqualTo(at(1, 7, "use double quotes (\") around names and strings"));
    }

    @Test
    void unquotedTextIsNamed() {
        assertThat(refused("{\"a\": hello}")).isEqualTo(at(1, 7, "text must be in double quotes: hello"));
        assertThat(refused("{\"image\": /images/a.png}")).isEqualTo(at(1, 11, "text must be in double quotes: /images/a.png"));
        assertThat(refused("[it's]")).isEqualTo(at(1, 2, "text must be in double quotes: it's"));
    }

    @Test
    void notANumberAndTheInfinitiesAreNamedByTheirToken() {
        assertThat(refused("[NaN]")).isEqualTo(at(1, 2, "NaN is not a JSON value"));
        assertThat(refused("[1, Infinity]")).isEqualTo(at(1, 5, "Infinity is not a JSON value"));
        assertThat(refused("[-Infinity]")).isEqualTo(at(1, 2, "-Infinity is not a JSON value"));
        assertThat(refused("[+NaN]")).isEqualTo(at(1, 2, "+NaN is not a JSON value"));
    }

    @Test
    void upperCaseKeywordsAreNamedWithTheRightSpelling() {
        assertThat(refused("[TRUE]")).isEqualTo(at(1, 2, "TRUE is not a JSON value: write true"));
        assertThat(refused("[False]")).isEqualTo(at(1, 2, "False is not a JSON value: write false"));
        assertThat(refused("[NULL]")).isEqualTo(at(1, 2, "NULL is not a JSON value: write null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "-", "1.", ".5", "+1", "1e", "1e+", "1.5.3", "-a", "0x1F", "1ee2", "1.e2", "-01", "00"})
    void aNumberInAFormJsonDoesNotAllowIsTextWithoutQuotes(String number) {
        assertThat(refused("[" + number + "]")).isEqualTo(at(1, 2, "text must be in double quotes: " + number));
    }

    @Test
    void everyFormOfJsonNumberIsAccepted() {
        // the mistake is the x after them
        assertThat(refused("[0, -0, 7, -12, 0.5, -3.25, 1e5, 1E+5, 2.5e-3, 0E0, 0e1, 10, x]"))
                .isEqualTo(at(1, 62, "text must be in double quotes: x"));
    }

    @Test
    void aNumberLongerThanGsonReadsIsNamedWithItsLength() {
        String digits = "1".repeat(1_000_001);
        assertThat(refused("{\"a\": " + digits + "}"))
                .isEqualTo(at(1, 7, "a number of 1,000,001 digits: no field in this format takes a number"));
    }

    @Test
    void theLongestNumberGsonReadsIsNotAMistake() {
        assertThat(refused("[" + "9".repeat(JsonSyntax.LONGEST_NUMBER) + ", x]"))
                .isEqualTo(at(1, JsonSyntax.LONGEST_NUMBER + 4, "text must be in double quotes: x"));
        assertThat(refused("[-" + "9".repeat(JsonSyntax.LONGEST_NUMBER) + "]"))
                .isEqualTo(at(1, 2, "a number of 1,023 digits: no field in this format takes a number"));
    }

    @Test
    void aLongUnquotedNameIsQuotedCut() {
        assertThat(refused("{" + "n".repeat(1_000_000) + ": 1}"))
                .isEqualTo(at(1, 2, "a name must be in double quotes: " + "n".repeat(40) + "\u2026"));
        assertThat(refused("[" + "\uD83D\uDE00".repeat(50) + "]"))
                .isEqualTo(at(1, 2, "text must be in double quotes: " + "\uD83D\uDE00".repeat(40) + "\u2026"));
    }

    @Test
    void controlCharactersInQuotedTextAreEscaped() {
        assertThat(refused("{\"a\": red\u001B[31m}")).isEqualTo(at(1, 7, "text must be in double quotes: red\\u001B"));
    }

    @Test
    void anInvisibleCharacterOutsideAStringIsNamedByItsCode() {
        assertThat(refused("[\"x\"\u00A0]")).isEqualTo(at(1, 5, "a character JSON does not allow outside a string (U+00A0)"));
        assertThat(refused("{\u000C}")).isEqualTo(at(1, 2, "a character JSON does not allow outside a string (U+000C)"));
        assertThat(refused("[\uDB40\uDC01]")).isEqualTo(at(1, 2, "a character JSON does not allow outside a string (U+E0001)"));
        assertThat(refused("[\uD800]")).isEqualTo(at(1, 2, "a character JSON does not allow outside a string (U+D800)"));
    }

    // --- the document

    @Test
    void twoDocumentsAreNamedWhereTheSecondStartsWithWhereTheFirstEnds() {
        assertThat(refused("{} {}")).isEqualTo(at(1, 4, "more text after the end of the document (it ends at line 1, column 2)"));
    }

    @Test
    void aStrayClosingBraceEndsTheDocumentEarly() {
        assertThat(refused("{\"a\": {\"b\": 1}},\n\"c\": 2}"))
                .isEqualTo(at(1, 16, "more text after the end of the document (it ends at line 1, column 15)"));
    }

    @Test
    void moreTextAfterATopLevelValueIsNamed() {
        assertThat(refused("\"a\" \"b\"")).isEqualTo(at(1, 5, "more text after the end of the document (it ends at line 1, column 3)"));
        assertThat(refused("12 x")).isEqualTo(at(1, 4, "more text after the end of the document (it ends at line 1, column 2)"));
    }

    @Test
    void anEmptyFileHasNoPosition() {
        assertThat(refused("")).isEqualTo(at(0, 0, "the file is empty"));
        assertThat(refused(" \n\t")).isEqualTo(at(0, 0, "the file is empty"));
        assertThat(refused("").hasPosition()).isFalse();
        assertThat(refused("[").hasPosition()).isTrue();
    }

    @Test
    void aFileEndingInsideAnObjectIsNamedAtTheUnclosedBrace() {
        assertThat(refused("{\n  \"a\": 1\n")).isEqualTo(at(1, 1, "the file ends before this object is closed: a } is missing"));
        assertThat(refused("{\"a\":")).isEqualTo(at(1, 1, "the file ends before this object is closed: a } is missing"));
        assertThat(refused("{\"a\"")).isEqualTo(at(1, 1, "the file ends before this object is closed: a } is missing"));
    }

    @Test
    void aFileEndingInsideAnArrayIsNamedAtTheInnermostUnclosedBracket() {
        assertThat(refused("{\"slides\": [\n  {\"a\": []},\n  [1")).isEqualTo(at(3, 3, "the file ends before this array is closed: a ] is missing"));
        assertThat(refused("[")).isEqualTo(at(1, 1, "the file ends before this array is closed: a ] is missing"));
    }

    @Test
    void aWrongClosingBracketIsNamedAsTheMissingOne() {
        assertThat(refused("{\"a\": [1}")).isEqualTo(at(1, 9, "a ] is missing before }"));
        assertThat(refused("{\"a\": 1]")).isEqualTo(at(1, 8, "a } is missing before ]"));
    }

    @Test
    void nestingDeeperThanTheLimitIsNamedAtTheBracketTooMany() {
        assertThat(refused("{\"a\":" + "[".repeat(64))).isEqualTo(at(1, 69, "nested deeper than 64 levels"));
    }

    @Test
    void nestingUpToTheLimitIsNotAMistake() {
        assertThat(refused("[".repeat(63) + "{\"a\": x")).isEqualTo(at(1, 70, "text must be in double quotes: x"));
    }

    @Test
    void theNestingLimitIsTheReadersOwn() {
        String text = "[[[[]]]]";
        assertThat(JsonSyntax.describe(gsonError(text, false, 3), () -> new StringReader(text)))
                .isEqualTo(at(1, 4, "nested deeper than 3 levels"));
    }

    @Test
    void deepNestingBelowALargeLimitIsFollowed() {
        String text = "[".repeat(100) + "x";
        assertThat(JsonSyntax.describe(gsonError(text, false, 1000), () -> new StringReader(text)))
                .isEqualTo(at(1, 101, "text must be in double quotes: x"));
    }

    // --- inside strings

    @Test
    void aFileEndingInsideAStringIsNamedAtItsOpeningQuote() {
        String closed = "the file ends before this string is closed: a \" is missing";
        assertThat(refused("{\"a\": \"x")).isEqualTo(at(1, 7, closed));
        assertThat(refused("{\"a\": \"x\\")).isEqualTo(at(1, 7, closed));
        assertThat(refused("{\"a\": \"\\u12")).isEqualTo(at(1, 7, closed));
        assertThat(refused("{\"ab")).isEqualTo(at(1, 2, closed));
    }

    @Test
    void anInvalidEscapeIsNamedAtItsBackslash() {
        assertThat(refused("{\"a\": \"C:\\x\"}")).isEqualTo(at(1, 10, "an invalid escape \\x: a backslash is written \\\\"));
        assertThat(refused("[\"\\\uD83D\uDE00\"]")).isEqualTo(at(1, 3, "an invalid escape \\\uD83D\uDE00: a backslash is written \\\\"));
        assertThat(refused("[\"a\\ b\"]")).isEqualTo(at(1, 4, "an invalid escape \\ : a backslash is written \\\\"));
    }

    @Test
    void anEscapedSingleQuoteIsNamed() {
        assertThat(refused("{\"a\": \"it\\'s\"}")).isEqualTo(at(1, 10, "an invalid escape \\': write ' without the backslash"));
    }

    @Test
    void aUnicodeEscapeWithoutFourHexDigitsIsNamed() {
        assertThat(refused("[\"\\u12G4\"]")).isEqualTo(at(1, 3, "\\u must be followed by four hex digits: \\u12G"));
        assertThat(refused("[\"\\u00e9\\uABCD\\uFf0g\"]")).isEqualTo(at(1, 15, "\\u must be followed by four hex digits: \\uFf0g"));
        assertThat(refused("[\"\\u/\"]")).isEqualTo(at(1, 3, "\\u must be followed by four hex digits: \\u/"));
        assertThat(refused("[\"\\u:\"]")).isEqualTo(at(1, 3, "\\u must be followed by four hex digits: \\u:"));
        assertThat(refused("[\"\\u`\"]")).isEqualTo(at(1, 3, "\\u must be followed by four hex digits: \\u`"));
        assertThat(refused("[\"\\u@\"]")).isEqualTo(at(1, 3, "\\u must be followed by four hex digits: \\u@"));
        assertThat(refused("[\"\\u\uFF10\"]")).isEqualTo(at(1, 3, "\\u must be followed by four hex digits: \\u\uFF10"));
    }

    @Test
    void everyJsonEscapeIsAccepted() {
        assertThat(refused("[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041\", x]")).isEqualTo(at(1, 36, "text must be in double quotes: x"));
        assertThat(refused("[\"\\u9a9A\\uFfFf\", x]")).isEqualTo(at(1, 18, "text must be in double quotes: x"));
    }

    @Test
    void aLineBreakInsideAStringIsNamedWhereItIs() {
        assertThat(refused("{\"a\": \"first\nsecond\"}")).isEqualTo(at(1, 13, "a line break inside a string: close the string or write \\n"));
        assertThat(refused("{\"a\": \"first\r\nsecond\"}")).isEqualTo(at(1, 13, "a line break inside a string: close the string or write \\n"));
    }

    @Test
    void aBackslashBeforeALineBreakIsALineBreakInsideAString() {
        assertThat(refused("{\"a\": \"first\\\nsecond\"}")).isEqualTo(at(1, 14, "a line break inside a string: close the string or write \\n"));
    }

    @Test
    void aTabInsideAStringIsNamed() {
        assertThat(refused("{\"a\": \"x\ty\"}")).isEqualTo(at(1, 9, "a tab inside a string: write \\t"));
    }

    @Test
    void anotherControlCharacterInsideAStringIsNamedByItsCode() {
        assertThat(refused("{\"a\": \"x\u001By\"}")).isEqualTo(at(1, 9, "a control character (U+001B) inside a string: write \\u001B"));
        assertThat(refused("{\"a\": \"x\u001F\"}")).isEqualTo(at(1, 9, "a control character (U+001F) inside a string: write \\u001F"));
    }

    @Test
    void aTabInAStringGsonSkipsIsStillNamed() {
        // skipValue() does not check for control characters: Gson only stops at the x
        String text = "{\"unknown\": \"a\tb\", \"b\": x}";
        assertThat(gsonError(text, true, ContentLimits.MAX_NESTING)).hasMessageContaining("line 1 column 25");
        assertThat(JsonSyntax.describe(gsonError(text, true, ContentLimits.MAX_NESTING), () -> new StringReader(text)))
                .isEqualTo(at(1, 15, "a tab inside a string: write \\t"));
    }

    // --- positions

    @Test
    void columnsCountCharactersNotUtf16Units() {
        assertThat(refused("{\"\uD83D\uDE00\": x}")).isEqualTo(at(1, 7, "text must be in double quotes: x"));
        assertThat(refused("[\uD83D\uDE00]")).isEqualTo(at(1, 2, "text must be in double quotes: \uD83D\uDE00"));
    }

    @Test
    void aByteOrderMarkIsNotAColumn() {
        assertThat(refused("\uFEFF{} x")).isEqualTo(at(1, 4, "more text after the end of the document (it ends at line 1, column 2)"));
        assertThat(refused("\uFEFF")).isEqualTo(at(0, 0, "the file is empty"));
    }

    @Test
    void linesAreCountedByLineFeedsAsGsonCountsThem() {
        assertThat(refused("{\r\n\"a\": 1,\r\n\"b\" 2}")).isEqualTo(at(3, 5, "a colon (:) is missing after the name"));
    }

    @Test
    void noMessageUsesGsonsWords() {
        List<String> texts = List.of("{//\n}", "[1,]", "[NaN]", "{'a':1}", "{a:1}", "{} {}", "[1 2]", "{\"a\" 1}",
                "{\"a\"=1}", "[1;2]", "{\"a\":\"x", "[1", "[\"\\x\"]", "[\"\t\"]", "[".repeat(65), "{\"a\":1]");
        for (String text : texts) {
            assertThat(refused(text).message()).doesNotContainIgnoringCase("lenient").doesNotContain("Gson")
                    .doesNotContain("JsonReader").doesNotContain("strict").doesNotContain("Unterminated");
        }
    }

    // --- when the text cannot tell

    @Test
    void whenTheTextShowsNoMistakeUpToGsonsLineGsonsPositionIsKept() {
        MalformedJsonException odd = new MalformedJsonException("Expected name at line 1 column 3 path $\nSee https://example");
        assertThat(JsonSyntax.describe(odd, () -> new StringReader("[1,\n x]"))).isEqualTo(at(1, 3, "not valid JSON here"));
        assertThat(JsonSyntax.describe(odd, () -> new StringReader("[1]"))).isEqualTo(at(1, 3, "not valid JSON here"));
    }

    @Test
    void aMistakeOnGsonsLineIsFound() {
        MalformedJsonException gson = new MalformedJsonException("Unterminated array at line 2 column 4 path $[1]");
        assertThat(JsonSyntax.describe(gson, () -> new StringReader("[1,\n 2 3]"))).isEqualTo(at(2, 4, "a comma is missing between two values"));
    }

    @Test
    void whenTheTextCannotBeReadAgainGsonsPositionIsKept() {
        IOException gson = gsonError("[1 2]", false, ContentLimits.MAX_NESTING);
        assertThat(JsonSyntax.describe(gson, () -> {
            throw new UncheckedIOException(new IOException("gone"));
        })).isEqualTo(at(1, 5, "not valid JSON here"));
        assertThat(JsonSyntax.describe(gson, () -> new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("gone");
            }

            @Override
            public void close() {
            }
        })).isEqualTo(at(1, 5, "not valid JSON here"));
    }

    @Test
    void whenTheTextReadAgainEndsBeforeGsonsPositionGsonsPositionIsKept() {
        // the loader gives an empty text when the file cannot be opened again
        IOException unclosed = gsonError("{\"a\": \"x", false, ContentLimits.MAX_NESTING);
        assertThat(JsonSyntax.describe(unclosed, () -> new StringReader(""))).isEqualTo(at(1, 9, "not valid JSON here"));
        assertThat(JsonSyntax.describe(unclosed, () -> new StringReader("{\"a\": \""))).isEqualTo(at(1, 9, "not valid JSON here"));
        assertThat(JsonSyntax.describe(unclosed, () -> new StringReader("{\"a\": \"x"))).isEqualTo(at(1, 7,
                "the file ends before this string is closed: a \" is missing"));
        IOException twoLines = gsonError("{\n\"a\": 1\n", false, ContentLimits.MAX_NESTING);
        assertThat(JsonSyntax.describe(twoLines, () -> new StringReader("{\n\"a\": 1"))).isEqualTo(at(3, 1, "not valid JSON here"));
        assertThat(JsonSyntax.describe(twoLines, () -> new StringReader("{\n\"a\": 1\n"))).isEqualTo(at(1, 1,
                "the file ends before this object is closed: a } is missing"));
    }

    @Test
    void gsonColumnsCountUtf16UnitsAtTheEnd() {
        assertThat(refused("[\"\uD83D\uDE00\uD83D\uDE00")).isEqualTo(at(1, 2, "the file ends before this string is closed: a \" is missing"));
    }

    @Test
    void anErrorWithoutAPositionSaysTheFileCannotBeRead() {
        assertThat(JsonSyntax.describe(new IOException("disk gone\nstory.json: fine"), () -> new StringReader("{}")))
                .isEqualTo(at(0, 0, "cannot be read: disk gone\\nstory.json: fine"));
        assertThat(JsonSyntax.describe(new IOException(), () -> new StringReader("{}")))
                .isEqualTo(at(0, 0, "cannot be read"));
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithoutAPlace() {
        // the decoder drops the characters before the bad bytes when it throws: a place would be a guess
        byte[] bytes = "{\n  \"a\": \"caf\u00C3(\"}".getBytes(StandardCharsets.ISO_8859_1);
        IOException gson = gsonError(utf8(bytes), false, ContentLimits.MAX_NESTING);
        assertThat(gson).isInstanceOf(CharacterCodingException.class);
        assertThat(JsonSyntax.describe(gson, () -> utf8(bytes))).isEqualTo(at(0, 0, "not UTF-8 text"));
    }

    private static Reader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
