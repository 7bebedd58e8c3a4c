package org.storyslides.hostile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.TestFiles;
import org.storyslides.content.TestImages;
import org.storyslides.i18n.Messages;
import org.storyslides.search.SearchIndex;
import org.storyslides.search.SearchModel;
import org.storyslides.search.SearchPlace;
import org.storyslides.search.SearchInsides;
import org.storyslides.search.SearchQuery;
import org.storyslides.search.SearchResult;
import org.storyslides.search.SearchTarget;
import org.storyslides.search.Snippet;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Search over hostile content folders, and hostile queries: every case ends in results or a status that
 * says what search could not read, never an exception, a hang, a stack trace in the log or a read outside
 * the folder, and the index stays within its text budget. Search runs here as the window runs it
 * ({@link SearchModel} over content opened as the window opens it), its index read on a thread of its own
 * so a read that hangs fails the test instead of holding the suite.
 */
class HostileSearchTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    /** Where results would take the window: nowhere, this is search alone. */
    private static final SearchTarget NOWHERE = new SearchTarget() {
        @Override
        public void show(SearchPlace place) {
        }

        @Override
        public Runnable here() {
            return () -> { };
        }
    };
    /** Far past what reading any of these folders takes (well under a second): only a read that hangs reaches it. */
    private static final long INDEX_TIMEOUT_SECONDS = 20;
    private static final String LEFT_OUT_3 = "3 galleries left out: more text than search holds";

    @TempDir
    Path folder;
    @TempDir
    Path outside;

    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();

    /** What the app logs with a throwable attached (a stack trace): none of these cases may log one. */
    private final List<LogRecord> stackTraces = Collections.synchronizedList(new ArrayList<>());
    private final Handler stackTraceCatcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getThrown() != null) {
                stackTraces.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void catchStackTraces() throws IOException {
        Logger.getLogger("").addHandler(stackTraceCatcher);
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/p.png"), TestImages.png(16, 9));
    }

    @AfterEach
    void noStackTraceNorUncaughtException() {
        Logger.getLogger("").removeHandler(stackTraceCatcher);
        assertThat(stackTraces).as("log records with a stack trace").extracting(LogRecord::getMessage).isEmpty();
        assertThat(uncaught.thrown()).as("exceptions no one caught").isEmpty();
    }

    // --- 1. more text than search holds

    private static final int CAPTION = (int) (SearchIndex.BUDGET_CHARS / 2 / 1_000 / 2.2);

    @Test
    void galleriesPastTheTextBudgetAreLeftOutCountedAndSaidSoAndTheIndexedOnesAreStillFoundInABoundedHeap() throws IOException {
        // five galleries of 1,000 slides, each caption sized from the budget (1,800 chars for 8,000,000; 1.8 MB files,
        // within the 8 MB limit): each gallery counts 1,000 x (caption + 1) folded chars x 2, just under a
        // 2.2th of the budget, so two fit and three do not
        List<String> ids = List.of("big1", "big2", "big3", "big4", "big5");
        for (int g = 0; g < ids.size(); g++) {
            String needle = "needle" + (g + 1);
            HostileFolders.gallery(folder, ids.get(g), "Big " + (g + 1), IntStream.range(0, 1_000)
                    .mapToObj(slide -> new HostileFolders.SlideSpec("images/p.png",
                            List.of(filler(slide == 500 ? needle + " " : "", CAPTION)))).toList());
        }
        HostileFolders.story(folder, List.of("A story embedding big galleries."), ids);
        Content content = HostileFolders.open(folder);

        long before = usedHeapAfterGc();
        SearchModel search = searchRead(content);
        long after = usedHeapAfterGc();

        SearchIndex index = search.indexProperty().get();
        assertThat(index.galleries()).isEqualTo(5);
        assertThat(index.leftOut()).as("galleries left out").isEqualTo(3);
        assertThat(index.unreadable()).isZero();
        assertThat(index.searched()).isEqualTo(2);
        // the story's headline and paragraph, and the slides of the first two galleries only
        assertThat(index.entries().size()).isEqualTo(2 + 2 * 1_000);

        assertThat(find(search, "needle2")).extracting(SearchResult::place).containsExactly(new SearchPlace.Slide("big2", "Big 2", 500));
        assertThat(search.statusProperty().get()).isEqualTo("1 of 1 \u00B7 " + LEFT_OUT_3);
        assertThat(find(search, "needle1")).extracting(SearchResult::place).containsExactly(new SearchPlace.Slide("big1", "Big 1", 500));
        // the last ones are left out, not partly read
        assertThat(find(search, "needle3")).isEmpty();
        assertThat(find(search, "needle5")).isEmpty();
        assertThat(search.statusProperty().get()).isEqualTo("No results \u00B7 " + LEFT_OUT_3);

        // What search may add to the heap, generously: its budget of 8,000,000 chars at two bytes a char (UTF-16,
        // the worst case; this ASCII text takes one) is 16 MB; the galleries it reads stay in the content's cache,
        // whose budget is 18 MB (GalleryCache.BUDGET_BYTES); each kept slide's entry, lists and string headers
        // take ~200 bytes (2,000 here: 0.4 MB). About 35 MB in all; 48 MB leaves room for what a GC keeps
        // floating and is under a third of the app's 160 MB heap. Measured with a 4,000,000 budget: 6.3-6.4 MB.
        long growth = after - before;
        System.out.printf(Locale.ROOT, "HostileSearchTest: heap used after GC grew by %.1f MB building the index%n", growth / 1e6);
        assertThat(growth).as("bytes the heap grew by building the index").isLessThan(48L << 20);
        Reference.reachabilityFence(search);
        Reference.reachabilityFence(content);
    }

    // --- 2. galleries search cannot read

    @Test
    void brokenMissingAndOutsideLinkedGalleriesAreCountedUnreadableAndTheGoodOnesAreSearched() throws IOException {
        List<String> ids = List.of("first", "broken", "missing", "linked", "last");
        for (String id : ids) {
            HostileFolders.gallery(folder, id, "Gallery " + id, List.of(slide("Cover of " + id), slide("needle" + id + " is here")));
        }
        HostileFolders.story(folder, List.of("A story."), ids);
        Content content = HostileFolders.open(folder);
        // made hostile after the window opened, as search reads them later
        Files.writeString(folder.resolve("galleries/broken.json"), "{ broken");
        Files.delete(folder.resolve("galleries/missing.json"));
        Path copy = outside.resolve("linked.json");
        Files.writeString(copy, HostileFolders.galleryJson("linked", "Linked", List.of(slide("Cover"), slide("canary outside the folder"))));
        HostileFolders.replaceByLink(folder.resolve("galleries/linked.json"), copy);

        SearchModel search = searchRead(content);

        SearchIndex index = search.indexProperty().get();
        assertThat(index.unreadable()).as("galleries that could not be read").isEqualTo(3);
        assertThat(index.searched()).isEqualTo(2);
        assertThat(index.leftOut()).isZero();
        assertThat(find(search, "needlefirst")).extracting(SearchResult::place).containsExactly(new SearchPlace.Slide("first", "Gallery first", 1));
        assertThat(find(search, "needlelast")).extracting(SearchResult::place).containsExactly(new SearchPlace.Slide("last", "Gallery last", 1));
        assertThat(search.statusProperty().get()).isEqualTo("1 of 1 \u00B7 3 galleries could not be read");
        // nothing of the file outside the folder was read
        assertThat(find(search, "canary")).isEmpty();
        assertThat(find(search, "needlelinked")).isEmpty();
        assertThat(search.statusProperty().get()).isEqualTo("No results \u00B7 3 galleries could not be read");
    }

    @Test
    void aGallerySwappedForANamedPipeIsCountedUnreadableAndDoesNotHoldTheIndexThread() throws IOException {
        List<String> ids = List.of("first", "piped", "last");
        for (String id : ids) {
            HostileFolders.gallery(folder, id, "Gallery " + id, List.of(slide("Cover of " + id), slide("needle" + id)));
        }
        HostileFolders.story(folder, List.of("A story."), ids);
        Content content = HostileFolders.open(folder);
        assumeTrue(TestFiles.namedPipe(folder.resolve("galleries/piped.json")), "mkfifo made no named pipe on this system");

        // a reader that opened the pipe would wait for a writer for ever: searchRead fails after its timeout
        SearchModel search = searchRead(content);

        assertThat(search.indexProperty().get().unreadable()).isEqualTo(1);
        assertThat(search.indexProperty().get().searched()).isEqualTo(2);
        assertThat(find(search, "needlelast")).extracting(SearchResult::place).containsExactly(new SearchPlace.Slide("last", "Gallery last", 1));
        assertThat(search.statusProperty().get()).isEqualTo("1 of 1 \u00B7 1 gallery could not be read");
        assertThat(find(search, "needlepiped")).isEmpty();
    }

    // --- 3. strange text in captions

    private static final String ZALGO_500 = "a" + "\u0301".repeat(250) + "\u0316".repeat(250);
    private static final String NO_SPACES = "x".repeat(50_000) + "needle" + "y".repeat(100_000 - 50_006);

    @Test
    void rtlEmojiMarksAtTheLimitAndAHundredThousandCharsWithoutASpaceAreFoundWithBoundedValidSnippets() throws IOException {
        HostileFolders.galleryOfAnyText(folder, "strange", "Strange \u05E9\u05DC\u05D5\u05DD", List.of(
                slide("A strange cover"),
                slide("\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645 \u0641\u064A \u0627\u0644\u0642\u0627\u0647\u0631\u0629 and "
                        + "\u05E9\u05DC\u05D5\u05DD \u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD together"),
                slide("Party \uD83C\uDF89 with the \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 family \uD83C\uDDFA\uD83C\uDDE6"),
                slide("Zalgo z" + "\u0301".repeat(16) + "a" + "\u0316".repeat(16) + "lgo comes"),
                slide(NO_SPACES)));
        // refused by the loader: a control character, a lone surrogate, 500 marks on one letter (each one enough)
        HostileFolders.galleryOfAnyText(folder, "refused", "Refused", List.of(
                slide("A clean cover"),
                slide("bell\u0007 refusedword"),
                slide("half \uD800 refusedword"),
                slide("zalgo " + ZALGO_500 + " refusedword")));
        HostileFolders.story(folder, List.of("A story."), List.of("strange", "refused"));
        Content content = HostileFolders.open(folder);

        SearchModel search = searchRead(content);

        assertThat(search.indexProperty().get().unreadable()).isEqualTo(1);
        assertFoundWithAValidSnippet(search, "\u0627\u0644\u0642\u0627\u0647\u0631\u0629", 1); // Arabic: Cairo
        assertFoundWithAValidSnippet(search, "\u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD", 1); // Hebrew: Jerusalem
        assertFoundWithAValidSnippet(search, "family", 2);
        assertThat(marked(assertFoundWithAValidSnippet(search, "\uD83C\uDF89", 2))).contains("[\uD83C\uDF89]");
        assertThat(marked(assertFoundWithAValidSnippet(search, "zalgo", 3))).startsWith("[Zalgo]");
        Snippet needle = assertFoundWithAValidSnippet(search, "needle", 4);
        // no word boundary to cut at: the match alone, cut on both sides
        assertThat(needle.text()).isEqualTo("\u2026needle\u2026");
        assertThat(needle.hits()).containsExactly(new Snippet.Hit(1, 7));
        // one letter of it typed: 50,000 matches run together, the snippet shows AFTER chars of them
        Snippet run = assertFoundWithAValidSnippet(search, "x", 4);
        assertThat(run.text()).isEqualTo("x".repeat(SearchInsides.SNIPPET_AFTER) + "\u2026");
        // the refused gallery: said, not searched
        assertThat(find(search, "refusedword")).isEmpty();
        assertThat(search.statusProperty().get()).isEqualTo("No results \u00B7 1 gallery could not be read");
    }

    /**
     * The texts the loader refuses, given to search itself: were the loader's guard to let one through, search
     * would still find its words and make its snippet. The snippet never cuts a pair or leaves a mark without its
     * letter; a piled-up grapheme past the cut is left out whole.
     */
    @Test
    void controlCharactersLoneSurrogatesAndFiveHundredMarksOnALetterAreFoundWithBoundedValidSnippets() {
        String controls = "bell\u0007 nul\u0000 esc\u001B[31m red\u001B[0m back\b\b\b and \u007F del, unit\u001Fseparated";
        assertValidSnippet(controls, "red");
        assertValidSnippet(controls, "esc");
        assertValidSnippet(controls, "separated");
        String surrogates = "broken \uD800 half \uDC00 pair \uDC00\uD800 reversed needle";
        assertValidSnippet(surrogates, "half");
        assertValidSnippet(surrogates, "needle");
        assertValidSnippet(surrogates, "\uD800"); // a lone surrogate typed finds itself
        String zalgo = "Zalgo " + ZALGO_500 + " end";
        assertThat(assertValidSnippet(zalgo, "zalgo").text()).isEqualTo("Zalgo\u2026");
        assertThat(assertValidSnippet(zalgo, "end").text()).isEqualTo("\u2026end");
        // the letter under the pile matched: the snippet stops before the pile, at the word's end
        assertThat(marked(assertValidSnippet(zalgo, "a"))).isEqualTo("Z[a]lgo\u2026");
        // the pile itself typed reads as its letter (marks fold away, as a precomposed letter's accents do)
        assertThat(marked(assertValidSnippet(zalgo, ZALGO_500))).isEqualTo("Z[a]lgo\u2026");
        // a match on the letter under the pile takes its marks, as far as the snippet reaches (AFTER chars from its
        // start): a grapheme of 501 chars is not kept whole, the bound holds
        Snippet pile = assertValidSnippet(ZALGO_500 + " end", "a");
        assertThat(pile.text()).isEqualTo(ZALGO_500.substring(0, SearchInsides.SNIPPET_AFTER) + "\u2026");
        assertThat(pile.hits()).containsExactly(new Snippet.Hit(0, SearchInsides.SNIPPET_AFTER));
        // a match cut where a surrogate pair is: cut before the pair
        String emoji = "x" + "\uD83C\uDF89".repeat(100);
        Snippet cut = assertValidSnippet(emoji, "x" + "\uD83C\uDF89".repeat(60));
        assertThat(cut.hits()).containsExactly(new Snippet.Hit(0, SearchInsides.SNIPPET_AFTER - 1));
        String bidi = "left \u202Eright to left\u202C \u2067isolated\u2069 needle";
        assertValidSnippet(bidi, "right");
        assertValidSnippet(bidi, "needle");
        assertThat(assertValidSnippet(NO_SPACES, "needle").text()).isEqualTo("\u2026needle\u2026");
        assertThat(assertValidSnippet("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83D\uDC69").hits())
                .containsExactly(new Snippet.Hit(3, 5)); // inside a ZWJ sequence: the pair, not half of it
    }

    // --- 4. hostile queries

    @Test
    void hostileQueriesMatchLiterallyWithoutAnException() throws IOException {
        HostileFolders.galleryOfAnyText(folder, "plain", "Plain", List.of(
                slide("Prices .*[( rose by half"),
                slide("A \"quoted\" word"),
                slide("x".repeat(20_000)),
                slide("Nothing special")));
        HostileFolders.story(folder, List.of("A story."), List.of("plain"));
        SearchModel search = searchRead(HostileFolders.open(folder));

        // nothing to look for: no results and no "No results" either, as for an empty field
        for (String nothing : List.of("\"\"\"\"\"\"", "\"", " ".repeat(10_000), "\" \" \"")) {
            assertThat(find(search, nothing)).as("results for %s", nothing.length() > 20 ? nothing.length() + " chars" : nothing).isEmpty();
            assertThat(search.statusProperty().get()).isEmpty();
        }
        // read literally: a regular expression would find every slide, or throw
        assertThat(slidesFound(search, ".*[(")).containsExactly(0);
        assertThat(slidesFound(search, ".*")).containsExactly(0);
        assertThat(slidesFound(search, "[(")).containsExactly(0);
        assertThat(slidesFound(search, "\\E.*\\Q")).isEmpty();
        assertThat(slidesFound(search, "\"quoted\"")).containsExactly(1);
        assertThat(slidesFound(search, "\"prices .*[(")).as("an unclosed quote: the phrase runs to the end").containsExactly(0);
        // NUL: inside a word, a character no text holds (the loader refuses control characters); at a word's ends
        // the query's trim drops it, as it drops spaces, so alone it is nothing to look for
        assertThat(slidesFound(search, "ro\u0000se")).isEmpty();
        assertThat(search.statusProperty().get()).isEqualTo("No results");
        assertThat(slidesFound(search, "\u0000")).isEmpty();
        assertThat(search.statusProperty().get()).isEmpty();
        assertThat(slidesFound(search, "rose\u0000")).containsExactly(0);
        // 10,000 characters: found where they are, the snippet holds the whole match
        assertThat(slidesFound(search, "x".repeat(10_000))).containsExactly(2);
        // (the matches run together over the whole caption: the snippet still shows only AFTER chars of it)
        Snippet long1 = search.getResults().get(0).snippet();
        assertThat(long1.text()).isEqualTo("x".repeat(SearchInsides.SNIPPET_AFTER) + "\u2026");
        assertThat(long1.hits()).containsExactly(new Snippet.Hit(0, SearchInsides.SNIPPET_AFTER));
        assertThat(slidesFound(search, "y".repeat(10_000))).isEmpty();
        assertThat(slidesFound(search, "word ".repeat(2_000))).as("the same word 2,000 times is one word").containsExactly(1);
        assertThat(slidesFound(search, "x".repeat(9_999) + "y")).isEmpty();
    }

    // --- helpers

    /** Search opened on {@code content} with its index read in full, on a thread of its own. */
    private static SearchModel searchRead(Content content) {
        // the model's answers come on the thread that asked: here the index thread, then the test's
        SearchModel search = new SearchModel(content, NOWHERE, ENGLISH, Runnable::run, Runnable::run, Runnable::run);
        ExecutorService indexThread = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "hostile-search-index");
            thread.setDaemon(true);
            return thread;
        });
        try {
            indexThread.submit(search::open).get(INDEX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the index was not read within " + INDEX_TIMEOUT_SECONDS + " s: a read hangs", e);
        } catch (ExecutionException e) {
            throw new AssertionError("reading the index failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            indexThread.shutdownNow();
        }
        assertThat(search.indexProperty().get().complete()).as("every gallery read").isTrue();
        return search;
    }

    private static List<SearchResult> find(SearchModel search, String typed) {
        search.queryProperty().set(typed);
        return search.getResults();
    }

    private static List<Integer> slidesFound(SearchModel search, String typed) {
        return find(search, typed).stream().map(result -> ((SearchPlace.Slide) result.place()).slide()).toList();
    }

    /** Searches {@code typed}, which only slide {@code slide} holds, and checks the snippet it shows. */
    private static Snippet assertFoundWithAValidSnippet(SearchModel search, String typed, int slide) {
        List<SearchResult> found = find(search, typed);
        assertThat(found).extracting(result -> ((SearchPlace.Slide) result.place()).slide()).as("slides found for %s", typed).containsExactly(slide);
        Snippet snippet = found.get(0).snippet();
        String original = String.join("\n", SearchInsides.texts(found.get(0)));
        assertValid(snippet, typed, original);
        return snippet;
    }

    /** Whether search finds {@code typed} in {@code text}, and the snippet it makes of it. */
    private static Snippet assertValidSnippet(String text, String typed) {
        assertThat(SearchInsides.matches(typed, List.of(text))).as("%s found", typed).isTrue();
        Snippet snippet = SearchInsides.snippet(typed, List.of(text));
        assertValid(snippet, typed, text);
        return snippet;
    }

    /**
     * The snippet's hits are in order, inside its text, and each marks a term; it never cuts a surrogate pair
     * the text had, nor begins with a mark cut from its letter; and it is at most {@code BEFORE} chars before the
     * first match and {@code AFTER} chars from its start, and an ellipsis each side, however long the match.
     */
    private static void assertValid(Snippet snippet, String typed, String original) {
        String text = snippet.text();
        List<String> terms = SearchQuery.parse(typed).terms();
        assertThat(snippet.hits()).as("hits in %s", text).isNotEmpty();
        int previousEnd = 0;
        for (Snippet.Hit hit : snippet.hits()) {
            assertThat(hit.start()).as("hit start").isGreaterThanOrEqualTo(previousEnd);
            assertThat(hit.end()).as("hit end").isGreaterThan(hit.start()).isLessThanOrEqualTo(text.length());
            String marked = SearchInsides.fold(text.substring(hit.start(), hit.end()));
            // a match that runs on past the snippet's cut is marked up to it
            boolean cut = text.endsWith(SearchInsides.ELLIPSIS) && hit.end() == text.length() - SearchInsides.ELLIPSIS.length();
            assertThat(terms).as("a term in what %s marks", hit).anyMatch(term -> marked.contains(term) || cut && term.startsWith(marked));
            assertThat(cutsAPair(text, hit.start()) || cutsAPair(text, hit.end())).as("%s cuts a surrogate pair", hit).isFalse();
            previousEnd = hit.end();
        }
        int bound = SearchInsides.SNIPPET_BEFORE + SearchInsides.SNIPPET_AFTER + 2 * SearchInsides.ELLIPSIS.length();
        assertThat(text.length()).as("snippet length").isLessThanOrEqualTo(bound);
        String shown = text.startsWith(SearchInsides.ELLIPSIS) ? text.substring(1) : text;
        shown = shown.endsWith(SearchInsides.ELLIPSIS) ? shown.substring(0, shown.length() - 1) : shown;
        assertThat(original).as("the snippet is a piece of the text").contains(shown);
        int at = original.indexOf(shown);
        assertThat(cutsAPair(original, at) || cutsAPair(original, at + shown.length())).as("the snippet cuts a surrogate pair").isFalse();
        if (at > 0 && !shown.isEmpty()) {
            assertThat(Character.getType(shown.codePointAt(0))).as("the snippet begins with a mark cut from its letter")
                    .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.ENCLOSING_MARK, (int) Character.COMBINING_SPACING_MARK);
        }
    }

    private static boolean cutsAPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
    }

    /** The snippet with its hits in brackets. */
    private static String marked(Snippet snippet) {
        StringBuilder out = new StringBuilder(snippet.text());
        List<Snippet.Hit> hits = snippet.hits();
        for (int i = hits.size() - 1; i >= 0; i--) {
            out.insert(hits.get(i).end(), ']').insert(hits.get(i).start(), '[');
        }
        return out.toString();
    }

    private static HostileFolders.SlideSpec slide(String caption) {
        return new HostileFolders.SlideSpec("images/p.png", List.of(caption));
    }

    private static final String WORDS = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";

    /** {@code prefix}, then filler words, {@code length} characters in all. */
    private static String filler(String prefix, int length) {
        StringBuilder text = new StringBuilder(length).append(prefix);
        while (text.length() < length) {
            text.append(WORDS, 0, Math.min(WORDS.length(), length - text.length()));
        }
        return text.toString();
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // the lowest of three: what a collection leaves
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
