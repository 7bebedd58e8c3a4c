package org.storyslides.gallery;

import org.storyslides.content.Slide;

import java.util.concurrent.CompletableFuture;

/**
 * Where the slide on show gets its picture: a promise completed on the JavaFX thread with the
 * picture, or with why it cannot be shown ({@link PictureRefusedException#of}).
 *
 * @param <P> the decoded picture (JavaFX's Image in the app)
 */
public interface PictureSource<P> {

    /** The slide's picture decoded to fit {@code width} x {@code height} (zero or less: not laid out yet). */
    CompletableFuture<P> slide(Slide slide, double width, double height);

    /** Whether a picture decoded for one area is too small for another (then it is decoded again). */
    boolean tooSmall(P picture, double width, double height);
}
