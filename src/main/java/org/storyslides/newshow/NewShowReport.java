package org.storyslides.newshow;

import org.storyslides.content.ContentText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new show was written from and where, as the command prints it:
 * "wrote /tmp/show: story.json, galleries/show.json, 12 pictures copied from /home/me/photos to images/show/",
 * "12 photos, 11 with captions, 12 with credits", and the files passed over.
 */
public record NewShowReport(Path folder, Path photos, String galleryId, int pictures, int withCaptions, int withCredits,
                            boolean linked, List<String> skipped) {

    /** The most skipped files named; the rest are counted. */
    static final int NAMED = 5;

    public NewShowReport {
        skipped = List.copyOf(skipped);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("wrote " + ContentText.shown(folder.toString(), 300) + ": story.json, galleries/" + galleryId + ".json, "
                + count(pictures, "picture") + (linked ? " linked" : " copied") + " from " + ContentText.shown(photos.toString(), 300)
                + " to images/" + galleryId + "/");
        lines.add(count(pictures, "photo") + ", " + withCaptions
                + " with captions, " + withCredits + " with credits");
        if (!skipped.isEmpty()) {
            lines.add(skippedLine(skipped));
        }
        return lines;
    }

    /** "2 files skipped (not pictures): notes.txt, list.csv", the first {@value #NAMED} named. */
    static String skippedLine(List<String> skipped) {
        StringBuilder line = new StringBuilder(count(skipped.size(), "file")).append(" skipped (not pictures): ");
        for (int i = 0; i < Math.min(NAMED, skipped.size()); i++) {
            line.append(i == 0 ? "" : ", ").append(ContentText.shown(skipped.get(i), 60));
        }
        if (skipped.size() > NAMED) {
            line.append(String.format(Locale.ROOT, " and %,d more", skipped.size() - NAMED));
        }
        return line.toString();
    }

    static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
    }
}
