package org.storyslides.gallery;

/**
 * A part of a picture to decode sharp for the zoom on show: the region in the picture's own
 * (upright) pixels, read at every {@code subsampling}-th pixel (1: every pixel).
 */
public record RegionRequest(PixelRect region, int subsampling) {

    /** Bytes the decoded region takes (4 a pixel). */
    public long bytes() {
        return decodedWidth() * (long) decodedHeight() * 4;
    }

    public int decodedWidth() {
        return (region.width() + subsampling - 1) / subsampling;
    }

    public int decodedHeight() {
        return (region.height() + subsampling - 1) / subsampling;
    }

    /** Whether the region holds the rectangle ({@code x}, {@code y}, {@code width}, {@code height}) of picture pixels. */
    public boolean contains(double x, double y, double width, double height) {
        return x >= region.x() && y >= region.y() && x + width <= region.x() + region.width()
                && y + height <= region.y() + region.height();
    }
}
