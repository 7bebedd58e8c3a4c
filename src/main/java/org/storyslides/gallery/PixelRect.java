package org.storyslides.gallery;

/** A rectangle of pixels: its top left corner and its size. */
public record PixelRect(int x, int y, int width, int height) {
}
