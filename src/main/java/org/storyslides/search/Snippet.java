package org.storyslides.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words around a result's first match, as printed, and where the matches are in them. The text
 * begins and ends at word boundaries, with an ellipsis where it was cut.
 *
 * @param text the words shown
 * @param hits the matches, in order, not overlapping: [start, end) in {@code text}
 */
public record Snippet(String text, List<Hit> hits) {

    /** Characters kept before the first match and after it: two lines of a result at the panel's width. */
    static final int BEFORE = 40;
    static final int AFTER = 100;
    static final String ELLIPSIS = "\u2026";

    public record Hit(int start, int end) {
    }

    public Snippet {
        hits = List.copyOf(hits);
    }

    static Snippet of(SearchEntry entry, SearchQuery query) {
        for (String original : entry.texts()) {
            TextFold.Folded folded = TextFold.folded(original);
            List<Hit> hits = hits(folded, query.terms());
            if (!hits.isEmpty()) {
                return around(original, hits);
            }
        }
        // no term in any one text (cannot happen for a result): the first text, unmarked
        return entry.texts().isEmpty() ? new Snippet("", List.of()) : around(entry.texts().get(0), List.of());
    }

    /** Every match of every term in the original's coordinates, merged where they overlap. */
    private static List<Hit> hits(TextFold.Folded folded, List<String> terms) {
        List<Hit> all = new ArrayList<>();
        for (String term : terms) {
            for (int at = folded.text().indexOf(term); at >= 0; at = folded.text().indexOf(term, at + term.length())) {
                all.add(new Hit(folded.start(at), folded.end(at + term.length())));
            }
        }
        all.sort(Comparator.comparingInt(Hit::start));
        List<Hit> merged = new ArrayList<>();
        for (Hit hit : all) {
            Hit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && hit.start() <= last.end()) {
                merged.set(merged.size() - 1, new Hit(last.start(), Math.max(last.end(), hit.end())));
            } else {
                merged.add(hit);
            }
        }
        return merged;
    }

    private static Snippet around(String original, List<Hit> hits) {
        int first = hits.isEmpty() ? 0 : hits.get(0).start();
        // as many words as there is room for: a match near the end shows more before it
        int wanted = Math.min(first - BEFORE, original.length() - BEFORE - AFTER);
        int from = wanted <= 0 ? 0 : wordStartAfter(original, wanted, first);
        // never more than AFTER chars from the match's start, however long the match (matches run together
        // in a caption of one letter repeated): the match is cut there too, between code points
        int reach = codePointStart(original, Math.min(original.length(), first + AFTER));
        int lastEnd = hits.isEmpty() ? 0 : Math.min(hits.get(0).end(), reach);
        int to = Math.max(lastEnd, reach);
        to = to >= original.length() ? original.length() : wordEndBefore(original, to, lastEnd);
        while (to < original.length() && to > lastEnd && ",;:".indexOf(original.charAt(to - 1)) >= 0) {
            to--; // "April 24…", not "April 24,…"
        }
        String prefix = from > 0 ? ELLIPSIS : "";
        String suffix = to < original.length() ? ELLIPSIS : "";
        String text = prefix + original.substring(from, to).strip() + suffix;
        int shift = prefix.length() - from + leadingSpace(original, from, to);
        List<Hit> shown = new ArrayList<>();
        int limit = text.length() - suffix.length();
        for (Hit hit : hits) {
            int start = hit.start() + shift;
            int end = Math.min(hit.end() + shift, limit);
            if (hit.start() >= from && start < end) {
                shown.add(new Hit(start, end));
            }
        }
        return new Snippet(text, shown);
    }

    /** {@code at}, or the char before it when {@code at} is inside a surrogate pair. */
    private static int codePointStart(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }

    /** The start of the first word at or after {@code at} (but not past {@code limit}). */
    private static int wordStartAfter(String text, int at, int limit) {
        int i = at;
        while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    /** The end of the last word that ends at or before {@code at} (but not before {@code limit}). */
    private static int wordEndBefore(String text, int at, int limit) {
        int i = at;
        while (i > limit && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int leadingSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return -(i - from);
    }
}
