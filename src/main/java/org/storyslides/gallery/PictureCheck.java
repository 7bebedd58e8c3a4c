package org.storyslides.gallery;

import org.storyslides.content.Content;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.FileRefusedException;
import org.storyslides.content.Gallery;
import org.storyslides.content.GalleryInfo;
import org.storyslides.content.GalleryLoad;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether every picture of a content folder will show, found as the window finds it but without
 * decoding a pixel: each file is checked and opened through the folder's guard, its header read and
 * checked ({@link CheckedPictureStream}), its decode costed against the window's budgets
 * ({@link DecodeCost}, at {@link #FIT_WIDTH} x {@link #FIT_HEIGHT}, turned as its EXIF says), and its
 * last bytes read (the middle skipped, never read) to see that it ends where its format says it ends.
 * A refusal is said in the window's own words ({@link PictureRefusedException#summary()}). Each
 * picture is read once, however many slides show it. Toolkit-free, and never on the JavaFX thread:
 * {@code --check} calls it, and so can a reload of the folder.
 */
public final class PictureCheck {

    /**
     * The area a picture is checked to fit: a 4K screen's pixels. The window decodes a slide for the
     * largest screen's pixels; a picture that fits this fits any smaller screen too (a larger area
     * only costs more), so "ok" holds up to 4K.
     */
    public static final double FIT_WIDTH = 3840;
    public static final double FIT_HEIGHT = 2160;

    private final ContentFolder folder;
    // what each picture read was found to be: refused, or empty when it will show
    private final Map<String, Optional<PictureRefusedException>> read = new HashMap<>();

    public PictureCheck(ContentFolder folder) {
        this.folder = folder;
    }

    /**
     * Every picture problem of {@code content}: one for each slide whose picture will not show
     * (galleries read through {@link Content#gallery}; one that no longer loads gives its own problems).
     */
    public static List<Problem> check(Content content) {
        return new PictureCheck(content.files()).checkAll(content);
    }

    /** As {@link #check(Content)}, with this check's pictures: one already read is not read again. */
    public List<Problem> checkAll(Content content) {
        List<Problem> problems = new ArrayList<>();
        for (GalleryInfo info : content.galleries()) {
            GalleryLoad load = content.gallery(info.id());
            if (load instanceof GalleryLoad.Loaded loaded) {
                problems.addAll(check(loaded.gallery()));
            } else {
                problems.addAll(((GalleryLoad.Failed) load).problems());
            }
        }
        return problems;
    }

    /** How many pictures this check has read (each once, however many slides show it). */
    public int picturesRead() {
        return read.size();
    }

    /** The picture problems of one gallery's slides, each placed at its slide's {@code image}. */
    public List<Problem> check(Gallery gallery) {
        List<Problem> problems = new ArrayList<>();
        String file = "galleries/" + gallery.id() + ".json";
        for (int i = 0; i < gallery.size(); i++) {
            String image = gallery.slides().get(i).image();
            Optional<PictureRefusedException> refused = refusal(image);
            if (refused.isPresent()) {
                problems.add(new Problem(file, "$.slides[" + i + "].image", image + ": " + refused.get().summary()));
            }
        }
        return problems;
    }

    /** Why the picture at {@code path} will not show, or empty when it will; read the first time only. */
    public Optional<PictureRefusedException> refusal(String path) {
        return read.computeIfAbsent(path, this::read);
    }

    private Optional<PictureRefusedException> read(String path) {
        try {
            long size = folder.check(path, FxPictureDecoder.MAX_FILE_BYTES);
            PictureHeader header;
            // one open: the header, then on past the middle to the file's end
            try (InputStream raw = folder.open(path, FxPictureDecoder.MAX_FILE_BYTES, FxPictureDecoder.TIME_LIMIT)) {
                CheckedPictureStream.CheckedPicture picture = CheckedPictureStream.check(raw);
                header = picture.header();
                checkEnd(picture.bytes(), size, header.format());
            }
            PictureOrientation orientation = header.format() == PictureHeader.Format.JPEG || header.format() == PictureHeader.Format.PNG
                    ? PictureMetadata.orientation(folder, path) : PictureOrientation.NORMAL;
            // as the window fits it: turned as it is shown; at one frame, as an animation that does not fit is shown
            double fitWidth = orientation.swapsSides() ? FIT_HEIGHT : FIT_WIDTH;
            double fitHeight = orientation.swapsSides() ? FIT_WIDTH : FIT_HEIGHT;
            DecodeCost.of(header, fitWidth, fitHeight, 1, PictureHeader.DECODE_BUDGET_BYTES, FxPictureDecoder.NATIVE_BUDGET_BYTES,
                    orientation != PictureOrientation.NORMAL);
            return Optional.empty();
        } catch (FileRefusedException e) {
            return Optional.of(PictureRefusedException.unreadable(e));
        } catch (IOException e) {
            return Optional.of(PictureRefusedException.of(e));
        }
    }

    /** Reads the picture's last bytes only, the rest skipped, and checks that it ends as its format ends. */
    private static void checkEnd(InputStream bytes, long size, PictureHeader.Format format) throws IOException {
        // a file that shrank since its size was taken ends before this: refused as cut short
        bytes.skipNBytes(Math.max(0, size - CheckedPictureStream.END_BYTES));
        byte[] tail = new byte[CheckedPictureStream.END_BYTES];
        int length = 0;
        byte[] buffer = new byte[CheckedPictureStream.END_BYTES];
        for (int n = bytes.read(buffer); n >= 0; n = bytes.read(buffer)) {
            // the last bytes of what is read (the file may have grown since its size was taken)
            length = CheckedPictureStream.keepLast(tail, length, buffer, 0, n);
        }
        CheckedPictureStream.checkEnd(format, tail, length);
    }

    /**
     * A folder loaded whole, then its pictures checked: what --check and a live reload show. Content whose
     * JSON has problems gives those (its pictures are checked once they are mended).
     */
    public static LoadResult withPictures(LoadResult loaded) {
        if (loaded instanceof LoadResult.Loaded content) {
            List<Problem> pictures = check(content.content());
            return pictures.isEmpty() ? loaded : new LoadResult.Failed(pictures);
        }
        return loaded;
    }
}
