package org.storyslides.gallery;

import java.util.Optional;

/**
 * Decodes a slide's picture to fit a size. Called on a decode thread, never the JavaFX thread.
 *
 * @param <P> the decoded picture (JavaFX's Image in the app)
 */
@FunctionalInterface
public interface PictureDecoder<P> {

    /**
     * @param path   the picture, relative to the content folder
     * @param width  the width it is shown at, in pixels
     * @param height the height it is shown at, in pixels
     * @throws PictureRefusedException when it cannot be shown, saying why
     */
    P decode(String path, double width, double height) throws PictureRefusedException;

    /**
     * What the decode of {@code picture} learned of it: its own size upright and how it is stored;
     * empty for a picture this decoder did not decode (or that tells nothing). Any thread.
     */
    default Optional<PictureInfo> info(P picture) {
        return Optional.empty();
    }
}
