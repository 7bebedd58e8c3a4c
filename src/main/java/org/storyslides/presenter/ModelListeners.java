package org.storyslides.presenter;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;

import java.util.ArrayList;
import java.util.List;

/**
 * What a view listens to on models that outlive it: each listener and binding is kept here and
 * let go by {@link #dispose()}, so a closed window leaves nothing listening.
 */
final class ModelListeners {

    private final List<Runnable> undo = new ArrayList<>();

    /** Listens to {@code model} until disposed, and runs the listener once now. */
    void listen(Observable model, InvalidationListener listener) {
        model.addListener(listener);
        undo.add(() -> model.removeListener(listener));
        listener.invalidated(model);
    }

    <T> void bind(Property<T> property, ObservableValue<? extends T> model) {
        property.bind(model);
        undo.add(property::unbind);
    }

    void dispose() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
