package org.storyslides.content;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the bundled content in a folder of the test's, to be damaged on purpose. */
public final class BundledCopy {

    /** Where the copy's military gallery points its sixth slide when {@link #withMissingMilitaryPicture} is used. */
    public static final String MISSING_IMAGE = "images/military-photos-2016/nowhere.jpg";

    private BundledCopy() {
    }

    public static Path of(Path folder) {
        Path bundled = BundledContent.folder();
        try (Stream<Path> files = Files.walk(bundled)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = folder.resolve(bundled.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy, with the military gallery's sixth slide ($.slides[5]) naming a picture that is not there. */
    public static Path withMissingMilitaryPicture(Path folder) {
        of(folder);
        Path file = folder.resolve("galleries/military-photos-2016.json");
        try {
            JsonObject gallery = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            gallery.getAsJsonArray("slides").get(5).getAsJsonObject().addProperty("image", MISSING_IMAGE);
            Files.writeString(file, gallery.toString());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
