package org.storyslides.content;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid content folder written to disk (one story, one gallery "demo" of two slides),
 * which tests then break in one place.
 */
public final class ContentFolderFixture {

    public final Path folder;
    public final JsonObject story = JsonParser.parseString("""
            {
              "headline": "A headline",
              "source": "Reuters",
              "dateline": "BRUSSELS",
              "published": "2017-02-16",
              "body": [
                {"type": "paragraph", "text": "First paragraph."},
                {"type": "gallery", "text": "RELATED: Demo", "gallery": "demo"},
                {"type": "seeAlso", "text": "A related headline"}
              ]
            }""").getAsJsonObject();
    public final JsonObject gallery = JsonParser.parseString("""
            {
              "id": "demo",
              "title": "Demo gallery",
              "slides": [
                {"image": "images/demo/00-cover.png", "headline": "Demo gallery", "caption": []},
                {"image": "images/demo/01.png", "headline": "\\"A quote.\\"", "caption": ["One.", "Two."], "credit": "Photo by Someone"}
              ]
            }""").getAsJsonObject();

    public ContentFolderFixture(Path folder) {
        this.folder = folder;
    }

    /** Writes story.json, galleries/demo.json and the two images; returns the folder. */
    public Path write() {
        writeText("story.json", pretty(story));
        writeText("galleries/demo.json", pretty(gallery));
        writeBytes("images/demo/00-cover.png", TestImages.png(64, 36));
        writeBytes("images/demo/01.png", TestImages.png(64, 36));
        return folder;
    }

    public JsonObject slide(int index) {
        return gallery.getAsJsonArray("slides").get(index).getAsJsonObject();
    }

    public JsonObject block(int index) {
        return story.getAsJsonArray("body").get(index).getAsJsonObject();
    }

    public void writeText(String file, String text) {
        writeBytes(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public void writeBytes(String file, byte[] bytes) {
        try {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file of {@code size} zero bytes, made without holding them: an 8 MB array is a humongous
     * allocation that the tests' app-sized heap (160 MB, shared with every earlier test's windows) could
     * not always place, and the suite died of "Java heap space" here.
     */
    public void writeZeros(String file, long size) {
        try {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
            try (java.io.RandomAccessFile out = new java.io.RandomAccessFile(path.toFile(), "rw")) {
                out.setLength(size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(JsonElement json) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
    }
}
