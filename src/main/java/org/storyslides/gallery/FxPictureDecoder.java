package org.storyslides.gallery;

import javafx.scene.image.Image;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.FileRefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Decodes slide pictures with JavaFX's decoder, on a decode thread: the file is opened through the
 * content folder's guard, its header is checked before a byte is decoded, and the decode waits for
 * its share of the app's decode budget, so decodes running at once never add up to more memory
 * than the app has. Running out of memory anyway says "too large", never "damaged".
 */
final class FxPictureDecoder implements PictureDecoder<Image> {

    /** A local picture of the largest allowed size decodes in a few seconds. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    /** The largest picture file: read as it is decoded, never held whole. */
    static final long MAX_FILE_BYTES = 128L << 20;

    private final ContentFolder folder;
    private final DecodeBudget heap;

    FxPictureDecoder(ContentFolder folder, DecodeBudget heap) {
        this.folder = folder;
        this.heap = heap;
    }

    @Override
    public Image decode(String path, double width, double height) throws PictureRefusedException {
        PictureHeader header = null;
        try (InputStream raw = folder.open(path, MAX_FILE_BYTES, TIME_LIMIT)) {
            CheckedPictureStream.CheckedPicture picture = CheckedPictureStream.check(raw);
            header = picture.header();
            long heapBytes = header.decodeBytes(width, height);
            if (heapBytes > heap.capacity()) {
                throw CheckedPictureStream.tooLarge(header, heapBytes, heap.capacity());
            }
            try (DecodeBudget.Permit permit = heap.acquire(heapBytes)) {
                Image image = new Image(picture.bytes(), width, height, true, true);
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
}
