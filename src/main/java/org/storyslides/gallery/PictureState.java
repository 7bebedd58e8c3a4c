package org.storyslides.gallery;

/**
 * What the picture on the stage is doing: being decoded, shown, or refused with its reason.
 *
 * @param <P> the decoded picture (JavaFX's Image in the app)
 */
public sealed interface PictureState<P> {

    record Loading<P>() implements PictureState<P> {
    }

    record Shown<P>(P picture) implements PictureState<P> {
    }

    record Broken<P>(PictureRefusedException why) implements PictureState<P> {
    }
}
