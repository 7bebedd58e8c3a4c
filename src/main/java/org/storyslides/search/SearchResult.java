package org.storyslides.search;

/** A place that holds every term of a query; its snippet is made when it is shown (a query may find thousands). */
public record SearchResult(SearchEntry entry, SearchQuery query) {

    public SearchPlace place() {
        return entry.place();
    }

    /** The words around the first match, with every match in them marked. */
    public Snippet snippet() {
        return Snippet.of(entry, query);
    }
}
