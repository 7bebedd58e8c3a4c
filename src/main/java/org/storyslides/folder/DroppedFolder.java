package org.storyslides.folder;

import org.storyslides.content.ContentLoader;

import java.io.File;
import java.util.List;
import java.util.Optional;

/**
 * What a drop on the window asks to open: one content folder, or the {@code story.json} inside one
 * (then its folder). Decided from the names alone, without touching the file system: the drop is
 * handled on the JavaFX thread, and opening the folder checks it anyway.
 */
public final class DroppedFolder {

    private DroppedFolder() {
    }

    /** The folder to open, or empty when the drop is not one folder or one story.json. */
    public static Optional<File> of(List<File> dropped) {
        if (dropped.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(ContentLoader.folderNamedBy(dropped.get(0).getAbsoluteFile().toPath()).toFile());
    }
}
