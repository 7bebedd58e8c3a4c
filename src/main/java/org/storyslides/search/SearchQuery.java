package org.storyslides.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What was typed, as search reads it: folded words ({@link TextFold}), each of which a place must hold
 * somewhere in its texts, in any order; words in double quotes are one phrase. Case and accents do not
 * count: "gonzalez" finds "González".
 */
public final class SearchQuery {

    private final List<String> terms;

    private SearchQuery(List<String> terms) {
        this.terms = List.copyOf(terms);
    }

    public static SearchQuery parse(String typed) {
        String folded = TextFold.fold(typed);
        Set<String> terms = new LinkedHashSet<>();
        boolean quoted = false;
        for (String part : folded.split("\"", -1)) {
            if (quoted) {
                String phrase = part.trim().replaceAll(" +", " ");
                if (!phrase.isEmpty()) {
                    terms.add(phrase);
                }
            } else {
                for (String word : part.trim().split(" +")) {
                    if (!word.isEmpty()) {
                        terms.add(word);
                    }
                }
            }
            quoted = !quoted;
        }
        return new SearchQuery(new ArrayList<>(terms));
    }

    /** The folded words and phrases, each once, in the order typed. */
    public List<String> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    boolean matches(SearchEntry entry) {
        if (terms.isEmpty()) {
            return false;
        }
        for (String term : terms) {
            if (!entry.folded().contains(term)) {
                return false;
            }
        }
        return true;
    }

    /** The places that hold every term, in the order given. */
    List<SearchResult> run(List<SearchEntry> entries) {
        List<SearchResult> found = new ArrayList<>();
        for (SearchEntry entry : entries) {
            if (matches(entry)) {
                found.add(new SearchResult(entry, this));
            }
        }
        return found;
    }
}
