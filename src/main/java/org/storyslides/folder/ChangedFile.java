package org.storyslides.folder;

import java.util.Locale;
import java.util.Set;

/**
 * Which changes in a watched content folder call for a reload: a JSON file or a picture. An editor's
 * swap file ({@code .story.json.swp}), backup ({@code story.json~}) or probe file ({@code 4913}) does not.
 */
public final class ChangedFile {

    private static final Set<String> ENDINGS = Set.of("json", "jpg", "jpeg", "png", "gif", "bmp");

    private ChangedFile() {
    }

    /** Whether a change to the file named {@code name} (its last path element) is one the show reads. */
    public static boolean matters(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || name.startsWith(".")) {
            return false;
        }
        return ENDINGS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
