package org.storyslides.folder;

import org.storyslides.content.GalleryInfo;

import java.util.List;

/**
 * Where a reloaded show goes on: the gallery and slide that were on show, or the nearest the edited
 * content still has (a gallery that lost slides shows its last; a gallery gone, the one now in its place).
 *
 * @param gallery the gallery's id, one of the new content's
 * @param slide   the 0-based slide, within the gallery
 */
public record ReloadPlace(String gallery, int slide) {

    /**
     * @param gallery      the id of the gallery that was on show
     * @param slide        its 0-based slide that was on show
     * @param galleryIndex where that gallery stood in the story before the edit
     * @param galleries    the galleries of the edited content, in the story's order (at least one)
     */
    public static ReloadPlace nearest(String gallery, int slide, int galleryIndex, List<GalleryInfo> galleries) {
        if (galleries.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one gallery");
        }
        for (GalleryInfo info : galleries) {
            if (info.id().equals(gallery)) {
                return new ReloadPlace(gallery, clamp(slide, info.size()));
            }
        }
        GalleryInfo inItsPlace = galleries.get(clamp(galleryIndex, galleries.size()));
        return new ReloadPlace(inItsPlace.id(), 0);
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(index, size - 1));
    }
}
