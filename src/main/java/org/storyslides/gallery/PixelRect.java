package org.storyslides.gallery;

/** A rectangle of pixels. */
public record PixelRect(int x, int y, int width, int height) {
}
