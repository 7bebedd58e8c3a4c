package org.storyslides.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** The content that ships with the app: the project's assets/ folder, packaged on the class path. */
public final class BundledContent {

    private static final String MARKER = "/assets/" + ContentLoader.STORY_FILE;

    private BundledContent() {
    }

    /**
     * The bundled content folder as a Path: a plain folder when run from the build, a folder inside
     * the jar (through the zip file system, which stays open) when run from the jar.
     */
    public static Path folder() {
        URL story = Objects.requireNonNull(BundledContent.class.getResource(MARKER), "missing resource: " + MARKER);
        try {
            URI uri = story.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call: Path.of below finds it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open the bundled content at " + story, e));
        }
    }
}
