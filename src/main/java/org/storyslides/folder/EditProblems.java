package org.storyslides.folder;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.storyslides.content.Problem;

import java.util.List;

/**
 * The problems the last edit of the open content folder brought in, listed over the slide while the
 * show goes on with the version read before; empty until then (an edit that reads well brings a new window, with none).
 */
public final class EditProblems {

    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());

    /** The edit could not be read: these are why. */
    public void show(List<Problem> found) {
        if (found.isEmpty()) {
            throw new IllegalArgumentException("an edit that could not be read has at least one problem");
        }
        problems.set(List.copyOf(found));
    }

    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public List<Problem> getProblems() {
        return problems.get();
    }
}
