package org.storyslides.gallery;

import org.storyslides.content.ContentFolder;
import org.storyslides.content.FileRefusedException;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

/**
 * A slide's picture decoded for print (the handout), with no JavaFX: upright for its EXIF orientation and
 * no larger than the pixels the page needs. It lives here, not in the handout package, because it goes
 * through the same guard, header check and orientation reading as every picture the window shows.
 * ImageIO reads the file at a subsampling (every n-th pixel of every n-th row), so a 24-megapixel photo
 * is never held whole: only the subsampled pixels, at most twice the size asked for each way, then
 * scaled down to it.
 */
public final class PrintPicture {

    /** Pictures with more pixels than this are not read for print (a header may claim anything). */
    static final long MAX_PIXELS = 200_000_000L;

    private PrintPicture() {
    }

    /**
     * How picture {@code path} of {@code folder} shows, upright, as height / width, from its header and
     * metadata alone (nothing decoded): what the handout sizes its box by.
     *
     * @throws PictureRefusedException when its file or header cannot be read
     */
    public static double shownRatio(ContentFolder folder, String path) throws PictureRefusedException {
        try (InputStream raw = folder.open(path, FxPictureDecoder.MAX_FILE_BYTES, FxPictureDecoder.TIME_LIMIT)) {
            PictureHeader header = CheckedPictureStream.check(raw).header();
            PictureOrientation orientation = orientation(folder, path, header);
            return (double) orientation.shownHeight(header.width(), header.height()) / orientation.shownWidth(header.width(), header.height());
        } catch (PictureRefusedException e) {
            throw e;
        } catch (FileRefusedException e) {
            throw PictureRefusedException.unreadable(e);
        } catch (IOException | RuntimeException e) {
            throw PictureRefusedException.of(e);
        }
    }

    /**
     * The picture {@code path} of {@code folder}, upright, fitted inside {@code maxWidth} x {@code maxHeight}
     * pixels (ratio kept, never scaled up), as an opaque RGB image (transparency on white). Never on the
     * JavaFX thread.
     *
     * @throws PictureRefusedException when it cannot be read, with the reason in words
     */
    public static BufferedImage read(ContentFolder folder, String path, int maxWidth, int maxHeight) throws PictureRefusedException {
        PictureHeader header = null;
        try {
            try (InputStream raw = folder.open(path, FxPictureDecoder.MAX_FILE_BYTES, FxPictureDecoder.TIME_LIMIT)) {
                CheckedPictureStream.CheckedPicture picture = CheckedPictureStream.check(raw);
                header = picture.header();
                if ((long) header.width() * header.height() > MAX_PIXELS) {
                    throw new PictureRefusedException(PictureRefusedException.Reason.TOO_LARGE,
                            "too large to print (" + header.width() + " x " + header.height() + " pixels)", header.width(), header.height());
                }
                PictureOrientation orientation = orientation(folder, path, header);
                // the stored pixels fit the area turned as they will be shown
                int fitWidth = orientation.swapsSides() ? maxHeight : maxWidth;
                int fitHeight = orientation.swapsSides() ? maxWidth : maxHeight;
                double scale = Math.min(1, Math.min((double) fitWidth / header.width(), (double) fitHeight / header.height()));
                int subsampling = Math.max(1, (int) Math.floor(1 / scale));
                BufferedImage stored = ImageIoReading.read(picture.bytes(), param -> param.setSourceSubsampling(subsampling, subsampling, 0, 0));
                int width = Math.max(1, (int) Math.round(header.width() * scale));
                int height = Math.max(1, (int) Math.round(header.height() * scale));
                return upright(stored, orientation, width, height);
            }
        } catch (PictureRefusedException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw PictureRefusedException.outOfMemory(header == null ? 0 : header.width(), header == null ? 0 : header.height());
        } catch (FileRefusedException e) {
            throw PictureRefusedException.unreadable(e);
        } catch (IOException | RuntimeException e) {
            // ImageIO throws its own runtime exceptions on damaged data
            throw PictureRefusedException.of(e);
        }
    }

    /** The orientation a JPEG's or PNG's metadata says (the other formats carry none here). */
    private static PictureOrientation orientation(ContentFolder folder, String path, PictureHeader header) throws FileRefusedException {
        return header.format() == PictureHeader.Format.JPEG || header.format() == PictureHeader.Format.PNG
                ? PictureMetadata.orientation(folder, path) : PictureOrientation.NORMAL;
    }

    /** The stored pixels scaled to {@code width} x {@code height} (stored sides), then turned upright, on white. */
    private static BufferedImage upright(BufferedImage stored, PictureOrientation orientation, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(stored, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        if (orientation == PictureOrientation.NORMAL) {
            return scaled;
        }
        int[] pixels = scaled.getRGB(0, 0, width, height, null, 0, width);
        int[] shown = orientation.upright(pixels, width, height);
        int shownWidth = orientation.shownWidth(width, height);
        int shownHeight = orientation.shownHeight(width, height);
        BufferedImage upright = new BufferedImage(shownWidth, shownHeight, BufferedImage.TYPE_INT_RGB);
        upright.setRGB(0, 0, shownWidth, shownHeight, shown, 0, shownWidth);
        return upright;
    }
}
