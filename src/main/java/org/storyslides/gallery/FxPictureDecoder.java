package org.storyslides.gallery;

import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.FileRefusedException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.IntBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Decodes slide pictures with JavaFX's decoder, on a decode thread: the file is opened through the
 * content folder's guard, its header is checked before a byte is decoded, and the decode waits for
 * its share of the app's decode budgets (the heap JavaFX's decoder fills, and the native memory
 * libjpeg takes for a progressive JPEG), so decodes running at once never add up to more memory
 * than the app has. Running out of memory anyway says "too large", never "damaged". A JPEG or PNG
 * whose EXIF orientation says it is stored turned or mirrored (a phone's portrait stored sideways) is
 * turned upright here too, so every view of it (slide, grid, story card) shows it upright.
 */
final class FxPictureDecoder implements PictureDecoder<Image> {

    /** A local picture of the largest allowed size decodes in a few seconds. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    /** The largest picture file: read as it is decoded, never held whole. */
    static final long MAX_FILE_BYTES = 128L << 20;
    /**
     * Native memory for decodes in flight: a 24-megapixel progressive JPEG takes 72 MB (4:2:0) to
     * 144 MB (4:4:4) whatever size it is shown at; a 24000 x 24000 one (1.7 GB or more) is refused.
     */
    static final long NATIVE_BUDGET_BYTES = 160L << 20;

    private final ContentFolder folder;
    private final DecodeBudget heap;
    private final DecodeBudget nativeMemory;
    // what each picture decoded and still in use was found to be, for zooming it to its own size
    private final Map<Image, PictureInfo> infos = Collections.synchronizedMap(new WeakHashMap<>());

    FxPictureDecoder(ContentFolder folder, DecodeBudget heap, DecodeBudget nativeMemory) {
        this.folder = folder;
        this.heap = heap;
        this.nativeMemory = nativeMemory;
    }

    @Override
    public Image decode(String path, double width, double height) throws PictureRefusedException {
        PictureHeader header = null;
        try (InputStream raw = folder.open(path, MAX_FILE_BYTES, TIME_LIMIT)) {
            CheckedPictureStream.CheckedPicture picture = CheckedPictureStream.check(raw);
            header = picture.header();
            GifFrames gif = header.format() == PictureHeader.Format.GIF ? gifFrames(path) : null;
            PictureOrientation orientation = header.format() == PictureHeader.Format.JPEG || header.format() == PictureHeader.Format.PNG
                    ? PictureMetadata.orientation(folder, path) : PictureOrientation.NORMAL;
            // the stored pixels fit the area turned as they will be: a portrait stored sideways fits height x width
            double fitWidth = orientation.swapsSides() ? height : width;
            double fitHeight = orientation.swapsSides() ? width : height;
            DecodeCost cost = DecodeCost.of(header, fitWidth, fitHeight, gif == null ? 1 : gif.count(), heap.capacity(),
                    nativeMemory.capacity(), orientation != PictureOrientation.NORMAL);
            InputStream bytes = cost.firstFrameOnly() ? GifFrames.firstFrameOnly(picture.bytes(), gif.firstFrameEnd()) : picture.bytes();
            try (DecodeBudget.Permit heapShare = heap.acquire(cost.heapBytes());
                 DecodeBudget.Permit nativeShare = nativeMemory.acquire(cost.nativeBytes())) {
                Image image = cost.ownSize() ? new Image(bytes) : new Image(bytes, cost.width(), cost.height(), true, true);
                if (image.isError()) {
                    throw PictureRefusedException.of(image.getException());
                }
                Image shown = orientation == PictureOrientation.NORMAL ? image : upright(image, orientation);
                infos.put(shown, new PictureInfo(orientation.shownWidth(header.width(), header.height()),
                        orientation.shownHeight(header.width(), header.height()), orientation));
                return shown;
            }
        } catch (OutOfMemoryError e) {
            throw PictureRefusedException.outOfMemory(header == null ? 0 : header.width(), header == null ? 0 : header.height());
        } catch (FileRefusedException e) {
            throw PictureRefusedException.unreadable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "the decode was interrupted");
        } catch (IOException e) {
            throw PictureRefusedException.of(e);
        }
    }

    @Override
    public Optional<PictureInfo> info(Image picture) {
        return Optional.ofNullable(infos.get(picture));
    }

    /**
     * The decoded picture turned upright, still off the JavaFX thread: its pixels read out as
     * premultiplied ARGB, turned into a new array, which becomes the new image's own pixels (a
     * PixelBuffer) with no further copy. The heap this takes is in the decode's cost.
     */
    private static Image upright(Image decoded, PictureOrientation orientation) throws PictureRefusedException {
        PixelReader reader = decoded.getPixelReader();
        if (reader == null) {
            throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "the decoded picture has no pixels to read");
        }
        int width = (int) decoded.getWidth();
        int height = (int) decoded.getHeight();
        int[] stored = new int[width * height];
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), stored, 0, width);
        int[] turned = orientation.upright(stored, width, height);
        int shownWidth = orientation.shownWidth(width, height);
        int shownHeight = orientation.shownHeight(width, height);
        return new WritableImage(new PixelBuffer<>(shownWidth, shownHeight, IntBuffer.wrap(turned), PixelFormat.getIntArgbPreInstance()));
    }

    /** How many frames a GIF has, read from a second pass over its file (its blocks are walked, not decoded). */
    private GifFrames gifFrames(String path) throws IOException {
        try (InputStream again = folder.open(path, MAX_FILE_BYTES, TIME_LIMIT)) {
            return GifFrames.scan(new BufferedInputStream(again, 16 * 1024));
        }
    }
}
