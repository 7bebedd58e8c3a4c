package org.storyslides.gallery;

/**
 * What the decoder learned of a picture: its own size as shown (upright, so a phone's portrait stored
 * sideways is taller than wide here) and how its pixels are stored.
 *
 * @param width       the picture's own width in pixels, upright
 * @param height      the picture's own height in pixels, upright
 * @param orientation how the stored pixels are turned to show it upright
 */
public record PictureInfo(int width, int height, PictureOrientation orientation) {
}
