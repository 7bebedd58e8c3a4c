package org.storyslides.content;

/**
 * What the story shows of a gallery before it is opened: its title, its photo count and its cover.
 * Known from a quick read of the gallery file; the gallery's slides are loaded when it is first shown.
 */
public record GalleryInfo(String id, String title, int size, Slide cover) {
}
