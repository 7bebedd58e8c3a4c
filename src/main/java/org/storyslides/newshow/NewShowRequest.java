package org.storyslides.newshow;

import java.nio.file.Path;
import java.util.Optional;

/** What --new asks for: the folder to write, the photos folder to read, the title (else the folder's name) and whether to hard-link the pictures. */
public record NewShowRequest(Path folder, Path photos, Optional<String> title, boolean link) {
}
