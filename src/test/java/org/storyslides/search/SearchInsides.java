package org.storyslides.search;

import java.util.List;

/**
 * The search package's insides, for the hostile suite ({@code org.storyslides.hostile}), which lives in
 * a package of its own and so cannot reach them: a snippet made from any texts (even texts the content
 * loader would refuse), the folding search compares with, and the snippet's sizes.
 */
public final class SearchInsides {

    /** {@link Snippet#BEFORE} and {@link Snippet#AFTER}: the characters kept before and after the first match. */
    public static final int SNIPPET_BEFORE = Snippet.BEFORE;
    public static final int SNIPPET_AFTER = Snippet.AFTER;
    public static final String ELLIPSIS = Snippet.ELLIPSIS;

    private SearchInsides() {
    }

    /** Whether a place holding {@code texts} is a result for {@code typed}. */
    public static boolean matches(String typed, List<String> texts) {
        return SearchQuery.parse(typed).matches(entry(texts));
    }

    /** The snippet a result holding {@code texts} shows for {@code typed}. */
    public static Snippet snippet(String typed, List<String> texts) {
        return Snippet.of(entry(texts), SearchQuery.parse(typed));
    }

    /** Text as search compares it ({@link TextFold#fold}). */
    public static String fold(String text) {
        return TextFold.fold(text);
    }

    /** The texts of the place a result is. */
    public static List<String> texts(SearchResult result) {
        return result.entry().texts();
    }

    private static SearchEntry entry(List<String> texts) {
        return SearchEntry.of(new SearchPlace.Slide("probe", "Probe", 0), texts);
    }
}
