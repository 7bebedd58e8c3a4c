package org.storyslides.gallery;

/**
 * Decodes a region of a slide's picture at a subsampling (the zoomed view). Called on a decode
 * thread, never the JavaFX thread.
 *
 * @param <P> the decoded picture (JavaFX's Image in the app)
 */
public interface PictureRegions<P> {

    /**
     * @param path    the picture, relative to the content folder
     * @param request the region, in the picture's upright pixels, and its subsampling
     * @throws PictureRefusedException when it cannot be decoded (the fitted picture stays on show)
     */
    P decode(String path, RegionRequest request) throws PictureRefusedException;

    /** The most bytes a decoded region may take. */
    long maxRegionBytes();
}
