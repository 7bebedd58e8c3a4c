package org.storyslides.gallery;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the filmstrip (a strip of thumbnails under the picture) is shown. The view binds to it;
 * the window remembers it between runs. Knows nothing of controls, so it is tested without a toolkit.
 */
public final class FilmstripModel {

    private final ReadOnlyBooleanWrapper shown;

    /** @param shown whether it starts shown (as remembered; hidden on a first run) */
    public FilmstripModel(boolean shown) {
        this.shown = new ReadOnlyBooleanWrapper(this, "shown", shown);
    }

    public void toggle() {
        shown.set(!shown.get());
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }
}
