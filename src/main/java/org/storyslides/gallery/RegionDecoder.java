package org.storyslides.gallery;

import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.FileRefusedException;

import javax.imageio.ImageIO;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.IntBuffer;

/**
 * Decodes one region of a picture at a subsampling, on a decode thread, with ImageIO's region and
 * subsampling reading: only the region's pixels are ever held, so a 24-megapixel photo shows its own
 * pixels at 100 % for the memory of what is on screen. The file goes through the content folder's
 * guard and the header check as every picture does, the region is turned upright for its EXIF
 * orientation, and the decode waits for its share of the decode budgets.
 */
final class RegionDecoder implements PictureRegions<Image> {

    /**
     * Heap a region takes while it is decoded, per byte of the result: ImageIO's 3-byte raster (0.75)
     * with the 4-byte pixels read from it (1), then, for a turned picture, those with their upright
     * copy (1 + 1) once the raster is let go: 2 at most.
     */
    static final double HEAP_PER_RESULT_BYTE = 2;
    /** What ImageIO keeps besides: its read buffer and its cache of the stream (measured: 1-3 MB). */
    static final long STREAM_BYTES = 4L << 20;

    private final ContentFolder folder;
    private final DecodeBudget heap;
    private final DecodeBudget nativeMemory;

    RegionDecoder(ContentFolder folder, DecodeBudget heap, DecodeBudget nativeMemory) {
        this.folder = folder;
        this.heap = heap;
        this.nativeMemory = nativeMemory;
    }

    /** The largest region result that fits the heap budget with its decode's working copies. */
    @Override
    public long maxRegionBytes() {
        return (long) ((heap.capacity() - STREAM_BYTES) / HEAP_PER_RESULT_BYTE);
    }

    @Override
    public Image decode(String path, RegionRequest request) throws PictureRefusedException {
        PictureHeader header = null;
        try {
            PictureOrientation orientation = PictureMetadata.orientation(folder, path);
            try (InputStream raw = folder.open(path, FxPictureDecoder.MAX_FILE_BYTES, FxPictureDecoder.TIME_LIMIT)) {
                CheckedPictureStream.CheckedPicture picture = CheckedPictureStream.check(raw);
                header = picture.header();
                PixelRect stored = inside(orientation.storedRegion(request.region(), header.width(), header.height()),
                        header.width(), header.height());
                long heapBytes = STREAM_BYTES + (long) (request.bytes() * HEAP_PER_RESULT_BYTE);
                try (DecodeBudget.Permit heapShare = heap.acquire(heapBytes);
                     DecodeBudget.Permit nativeShare = nativeMemory.acquire(header.nativeDecodeBytes())) {
                    return read(picture.bytes(), stored, request.subsampling(), orientation);
                }
            }
        } catch (OutOfMemoryError e) {
            throw PictureRefusedException.outOfMemory(header == null ? 0 : header.width(), header == null ? 0 : header.height());
        } catch (FileRefusedException e) {
            throw PictureRefusedException.unreadable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "the decode was interrupted");
        } catch (IOException | RuntimeException e) {
            // ImageIO throws its own runtime exceptions on damaged data; the preview stays on show
            throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "the region could not be decoded: " + e);
        }
    }

    private static PixelRect inside(PixelRect region, int width, int height) {
        int x = Math.max(0, Math.min(width - 1, region.x()));
        int y = Math.max(0, Math.min(height - 1, region.y()));
        return new PixelRect(x, y, Math.max(1, Math.min(width - x, region.width())), Math.max(1, Math.min(height - y, region.height())));
    }

    private static Image read(InputStream bytes, PixelRect stored, int subsampling, PictureOrientation orientation)
            throws IOException {
        StoredPixels region = readStored(bytes, stored, subsampling);
        // ImageIO's raster is unreachable by now: the upright copy may take its place
        int[] pixels = orientation.upright(region.pixels(), region.width(), region.height());
        int shownWidth = orientation.shownWidth(region.width(), region.height());
        int shownHeight = orientation.shownHeight(region.width(), region.height());
        // the pixels themselves back the image: no further copy
        return new WritableImage(new PixelBuffer<>(shownWidth, shownHeight, IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance()));
    }

    private record StoredPixels(int[] pixels, int width, int height) {
    }

    private static StoredPixels readStored(InputStream bytes, PixelRect stored, int subsampling) throws IOException {
        BufferedImage region = ImageIoReading.read(bytes, param -> {
            param.setSourceRegion(new Rectangle(stored.x(), stored.y(), stored.width(), stored.height()));
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        });
        return new StoredPixels(argb(region), region.getWidth(), region.getHeight());
    }

    /** The region's pixels as premultiplied ARGB, read straight from the raster for the JPEG decoder's own types. */
    private static int[] argb(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = new int[width * height];
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && image.getRaster().getNumDataElements() == 3 && buffer.getData().length == pixels.length * 3) {
            byte[] bgr = buffer.getData();
            for (int i = 0, j = 0; i < pixels.length; i++, j += 3) {
                pixels[i] = 0xFF000000 | (bgr[j + 2] & 0xFF) << 16 | (bgr[j + 1] & 0xFF) << 8 | (bgr[j] & 0xFF);
            }
        } else if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == pixels.length) {
            byte[] grey = buffer.getData();
            for (int i = 0; i < pixels.length; i++) {
                int g = grey[i] & 0xFF;
                pixels[i] = 0xFF000000 | g << 16 | g << 8 | g;
            }
        } else {
            image.getRGB(0, 0, width, height, pixels, 0, width);
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = premultiplied(pixels[i]);
            }
        }
        return pixels;
    }

    private static int premultiplied(int argb) {
        int alpha = argb >>> 24;
        if (alpha == 0xFF) {
            return argb;
        }
        int r = (argb >> 16 & 0xFF) * alpha / 255;
        int g = (argb >> 8 & 0xFF) * alpha / 255;
        int b = (argb & 0xFF) * alpha / 255;
        return alpha << 24 | r << 16 | g << 8 | b;
    }
}
