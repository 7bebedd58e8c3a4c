package org.storyslides.presentation;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * A short notice over the slide ("Autoplay ×1.25"): shown for {@link #SHOWN_FOR}, then gone, so
 * nothing stays up on the screen the audience sees. A new notice replaces the last and gets its own time.
 */
public final class NoticeModel {

    public static final Duration SHOWN_FOR = Duration.seconds(3);

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ObservableBooleanValue shown = Bindings.isNotEmpty(text);
    private Duration age = Duration.ZERO;

    public NoticeModel(Clock clock) {
        clock.addListener(this::elapse);
    }

    public void show(String notice) {
        age = Duration.ZERO;
        text.set(notice);
    }

    public void clear() {
        text.set("");
    }

    private void elapse(Duration elapsed) {
        if (!shown.get()) {
            return;
        }
        age = age.add(elapsed);
        if (!age.lessThan(SHOWN_FOR)) {
            clear();
        }
    }

    // --- text: empty while no notice is up

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    // --- shown

    public ObservableBooleanValue shownProperty() {
        return shown;
    }

    public boolean isShown() {
        return shown.get();
    }
}
