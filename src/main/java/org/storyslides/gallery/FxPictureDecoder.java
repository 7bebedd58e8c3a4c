package org.storyslides.gallery;

import javafx.scene.image.Image;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.FileRefusedException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Decodes slide pictures with JavaFX's decoder, on a decode thread: the file is opened through the
 * content folder's guard, its header is checked before a byte is decoded, and the decode waits for
 * its share of the app's decode budgets (the heap JavaFX's decoder fills, and the native memory
 * libjpeg takes for a progressive JPEG), so decodes running at once never add up to more memory
 * than the app has. Running out of memory anyway says "too large", never "damaged".
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
            DecodeCost cost = DecodeCost.of(header, width, height, gif == null ? 1 : gif.count(), heap.capacity(),
                    nativeMemory.capacity());
            InputStream bytes = cost.firstFrameOnly() ? GifFrames.firstFrameOnly(picture.bytes(), gif.firstFrameEnd()) : picture.bytes();
            try (DecodeBudget.Permit heapShare = heap.acquire(cost.heapBytes());
                 DecodeBudget.Permit nativeShare = nativeMemory.acquire(cost.nativeBytes())) {
                Image image = cost.ownSize() ? new Image(bytes) : new Image(bytes, width, height, true, true);
                if (image.isError()) {
                    throw PictureRefusedException.of(image.getException());
                }
                return image;
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

    /** How many frames a GIF has, read from a second pass over its file (its blocks are walked, not decoded). */
    private GifFrames gifFrames(String path) throws IOException {
        try (InputStream again = folder.open(path, MAX_FILE_BYTES, TIME_LIMIT)) {
            return GifFrames.scan(new BufferedInputStream(again, 16 * 1024));
        }
    }
}
