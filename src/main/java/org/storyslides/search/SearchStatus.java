package org.storyslides.search;

import org.storyslides.i18n.Messages;

/** The line beside the search field: how many results, which is selected, and what search has not read (yet). */
final class SearchStatus {

    private SearchStatus() {
    }

    static String text(Messages messages, String query, int results, int selected, SearchIndex index) {
        StringBuilder line = new StringBuilder();
        if (!SearchQuery.parse(query).isEmpty()) {
            line.append(results == 0 ? messages.get("search.none")
                    : selected >= 0 ? messages.format("search.selected", selected + 1, results)
                    : messages.format("search.count", results));
        }
        if (!index.complete()) {
            append(line, messages.format("search.reading", index.read(), index.galleries()));
        }
        if (index.unreadable() > 0) {
            append(line, messages.format("search.unreadable", index.unreadable()));
        }
        if (index.leftOut() > 0) {
            append(line, messages.format("search.leftOut", index.leftOut()));
        }
        return line.toString();
    }

    private static void append(StringBuilder line, String part) {
        if (!line.isEmpty()) {
            line.append(" \u00B7 ");
        }
        line.append(part);
    }
}
