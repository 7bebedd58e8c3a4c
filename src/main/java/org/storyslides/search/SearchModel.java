package org.storyslides.search;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.storyslides.content.Content;
import org.storyslides.i18n.Messages;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Search across the story and every caption: the field's text, the results and which is selected,
 * and the commands the keys and the pointer give. Used on the JavaFX thread; the index is built on
 * {@code indexThread} the first time search opens, and each query runs on {@code queryThread}, its
 * answer coming back through {@code fxThread} (an answer to a query since retyped is dropped).
 *
 * <p>Moving the selection (Down, Up) shows each result as a look; going to one (Enter, F3, a click)
 * picks it. Closing (Esc) after only looking brings the window back to where search was opened.
 */
public final class SearchModel {

    private final Content content;
    private final SearchTarget target;
    private final Executor indexThread;
    private final Executor queryThread;
    private final Executor fxThread;
    private final IndexReader reader;

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<List<SearchResult>> results = new ReadOnlyObjectWrapper<>(this, "results", List.of());
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyObjectWrapper<SearchIndex> index = new ReadOnlyObjectWrapper<>(this, "index", SearchIndex.EMPTY);
    private final ObservableStringValue status;

    private boolean indexStarted;
    private long asked;
    private final ReadOnlyStringWrapper answered = new ReadOnlyStringWrapper(this, "answered", "");
    private int goneTo = -1;
    private boolean picked;
    private boolean looked;
    private Runnable backHere = () -> { };

    public SearchModel(Content content, SearchTarget target, Messages messages, Executor indexThread, Executor queryThread,
                       Executor fxThread) {
        this(content, target, messages, indexThread, queryThread, fxThread, new SearchIndexBuilder()::build);
    }

    /** Reads the content into an index, handing out each stage ({@link SearchIndexBuilder#build}). */
    interface IndexReader {
        void read(Content content, Consumer<SearchIndex> progress);
    }

    SearchModel(Content content, SearchTarget target, Messages messages, Executor indexThread, Executor queryThread,
                Executor fxThread, IndexReader reader) {
        this.content = content;
        this.target = target;
        this.indexThread = indexThread;
        this.queryThread = queryThread;
        this.fxThread = fxThread;
        this.reader = reader;
        this.status = Bindings.createStringBinding(() -> SearchStatus.text(messages, query.get(), results.get().size(),
                selected.get(), index.get()), query, results, selected, index);
        query.addListener((observable, was, now) -> ask());
    }

    // --- commands

    /** Opens the field (Ctrl+F, /), keeping the last query; the first time, search starts reading. */
    public void open() {
        if (open.get()) {
            return;
        }
        picked = false;
        looked = false;
        backHere = target.here();
        open.set(true);
        if (!indexStarted) {
            indexStarted = true;
            index.set(new SearchIndex(List.of(), content.galleries().size(), 0, 0, 0)); // reading: none read yet
            indexThread.execute(() -> reader.read(content, read -> fxThread.execute(() -> indexed(read))));
        }
    }

    /** Esc: closes the field; after only looking at results, the window goes back to where it was. */
    public void close() {
        if (!open.get()) {
            return;
        }
        open.set(false);
        if (looked && !picked) {
            backHere.run();
        }
        backHere = () -> { };
    }

    /** The reader went elsewhere (a click outside search took the focus): closes, leaving the window where it is. */
    public void leave() {
        picked = true;
        close();
    }

    /** Down: selects the next result and shows it, as a look (Esc comes back). */
    public void lookNext() {
        look(1);
    }

    /** Up: selects the result before and shows it, as a look. */
    public void lookPrevious() {
        look(-1);
    }

    /** Enter, F3: goes to the selected result, or on to the next once it has been gone to. F3 with no query opens the field. */
    public void goNext() {
        go(1);
    }

    /** Shift+Enter, Shift+F3: as {@link #goNext} the other way. */
    public void goPrevious() {
        go(-1);
    }

    /** A click on a result: goes there and closes the field. */
    public void pick(int result) {
        if (result < 0 || result >= results.get().size()) {
            return;
        }
        selected.set(result);
        goTo(result);
        close();
    }

    // --- state

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    /** The field's text: the view binds it both ways. */
    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<List<SearchResult>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public List<SearchResult> getResults() {
        return results.get();
    }

    /** The selected result's index in the results, -1 when there are none. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public int getSelected() {
        return selected.get();
    }

    /** The query the results answer: the field's text once its answer is in (while a query runs, the one before). */
    public ReadOnlyStringProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    /** What has been read so far. */
    public ReadOnlyObjectProperty<SearchIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** "3 of 12", "No results", and how far reading the galleries has got. */
    public ObservableStringValue statusProperty() {
        return status;
    }

    // --- inside

    private void look(int step) {
        int count = results.get().size();
        if (count == 0) {
            return;
        }
        int next = Math.floorMod(selected.get() + step, count);
        selected.set(next);
        target.show(results.get().get(next).place());
        looked = true;
    }

    private void go(int step) {
        int count = results.get().size();
        if (count == 0) {
            if (!open.get() && query.get().isBlank()) {
                open();
            }
            return;
        }
        int next = goneTo == selected.get() ? Math.floorMod(selected.get() + step, count) : selected.get();
        selected.set(next);
        goTo(next);
    }

    private void goTo(int result) {
        goneTo = result;
        picked = true;
        target.show(results.get().get(result).place());
    }

    private void indexed(SearchIndex read) {
        index.set(read);
        if (!query.get().isBlank()) {
            ask(); // what the new gallery holds joins the results
        }
    }

    private void ask() {
        long ticket = ++asked;
        String typed = query.get();
        SearchQuery parsed = SearchQuery.parse(typed);
        if (parsed.isEmpty()) {
            answer(typed, List.of());
            return;
        }
        List<SearchEntry> entries = index.get().entries();
        queryThread.execute(() -> {
            List<SearchResult> found = parsed.run(entries);
            fxThread.execute(() -> {
                if (ticket == asked) {
                    answer(typed, found);
                }
            });
        });
    }

    private void answer(String typed, List<SearchResult> found) {
        // the same query answered again (a gallery was read): the results only grew, so the selection holds
        boolean again = typed.equals(answered.get()) && selected.get() < found.size();
        results.set(List.copyOf(found));
        answered.set(typed);
        if (!again) {
            goneTo = -1;
            selected.set(found.isEmpty() ? -1 : 0);
        } else if (selected.get() < 0 && !found.isEmpty()) {
            selected.set(0);
        }
    }
}
