package org.storyslides.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.storyslides.content.ContentFolder;
import org.storyslides.gallery.PictureRefusedException;
import org.storyslides.gallery.PrintPicture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The slides' pictures as the handout embeds them: upright, at {@link #DPI} for the size they are printed
 * at (a 1600-pixel photo printed 7 cm wide needs 550 pixels, not 1600), JPEG-compressed. One picture is
 * decoded at a time and let go once it is in the document, so a handout of any size stays in the app's
 * heap. A picture that cannot be read is reported once (the warning names its file) and printed as a
 * framed placeholder with the reason.
 */
final class HandoutPictures implements HandoutLayout.PictureRatios {

    /** Print resolution: sharp at arm's length on any office printer, a fraction of the photo's own size. */
    static final float DPI = 200;
    /** JPEG quality for the embedded pictures: no visible loss on paper, about a tenth of a raw picture's bytes. */
    static final float JPEG_QUALITY = 0.85f;

    /** What one picture became: the embedded image, or the reason it could not be. */
    sealed interface Embedded {
    }

    record Image(PDImageXObject image) implements Embedded {
    }

    record Unavailable(String reason) implements Embedded {
    }

    private final ContentFolder folder;
    private final Consumer<String> warnings;
    private final Map<String, String> refused = new HashMap<>();

    HandoutPictures(ContentFolder folder, Consumer<String> warnings) {
        this.folder = folder;
        this.warnings = warnings;
    }

    @Override
    public Optional<Float> ratio(String path) {
        try {
            return Optional.of((float) PrintPicture.shownRatio(folder, path));
        } catch (PictureRefusedException e) {
            refuse(path, e);
            return Optional.empty();
        }
    }

    /** The picture for a box of {@code width} x {@code height} points, decoded now, at the print resolution. */
    Embedded embed(PDDocument document, String path, float width, float height) {
        String reason = refused.get(path);
        if (reason != null) {
            return new Unavailable(reason);
        }
        try {
            BufferedImage picture = PrintPicture.read(folder, path, pixels(width), pixels(height));
            return new Image(JPEGFactory.createFromImage(document, picture, JPEG_QUALITY));
        } catch (IOException e) {
            // refused by the guard or the decode (a PictureRefusedException says why), or not encoded
            refuse(path, e);
            return new Unavailable(refused.get(path));
        }
    }

    private static int pixels(float points) {
        return Math.max(1, Math.round(points / 72 * DPI));
    }

    private void refuse(String path, IOException e) {
        if (refused.putIfAbsent(path, e.getMessage() == null ? e.toString() : e.getMessage()) == null) {
            warnings.accept(org.storyslides.content.ContentText.shown(path, 200) + ": " + refused.get(path) + "; a placeholder is printed in its place");
        }
    }
}
