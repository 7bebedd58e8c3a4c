package org.storyslides.presenter;

import javafx.beans.value.ObservableObjectValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.storyslides.content.Slide;
import org.storyslides.gallery.PictureSource;
import org.storyslides.gallery.PictureState;
import org.storyslides.gallery.StagePicture;

/**
 * A slide's picture in the presenter view (the current or the next), fitted to the pane, 16:9 when
 * it has room to choose. Decoded at this pane's size once it has one; no slide shows {@code emptyText}.
 */
final class PresenterPicture extends StackPane {

    private static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final double RATIO = 9 / 16.0;

    private final ObservableObjectValue<Slide> slide;
    private final StagePicture<Image> picture;
    private final String emptyText;
    private final String loadingText;
    private final String accessiblePrefix;
    private final ModelListeners listeners;
    private final ImageView image = new ImageView();
    private final Label placeholder = new Label();
    private Slide shownFor;

    /** @param accessiblePrefix what a screen reader says before the slide's words: "Next slide" */
    PresenterPicture(ObservableObjectValue<Slide> slide, PictureSource<Image> pictures, String emptyText, String loadingText,
                     String accessiblePrefix, ModelListeners listeners) {
        this.accessiblePrefix = accessiblePrefix;
        this.slide = slide;
        this.picture = new StagePicture<>(pictures);
        this.emptyText = emptyText;
        this.loadingText = loadingText;
        this.listeners = listeners;
        initializeParts();
        layoutParts();
        setupBindings();
    }

    private void initializeParts() {
        getStyleClass().add("presenter-picture");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        placeholder.getStyleClass().add("presenter-placeholder");
        placeholder.setWrapText(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(0, 0);
    }

    private void layoutParts() {
        getChildren().addAll(image, placeholder);
    }

    private void setupBindings() {
        picture.stateProperty().addListener(observable -> showState());
        widthProperty().addListener(observable -> sizeChanged());
        heightProperty().addListener(observable -> sizeChanged());
        listeners.listen(slide, observable -> showWanted());
    }

    private void showWanted() {
        Slide wanted = slide.get();
        pseudoClassStateChanged(EMPTY, wanted == null);
        setAccessibleText(wanted == null ? emptyText : accessiblePrefix + ": "
                + wanted.headlineText().orElse(wanted.caption().isEmpty() ? wanted.image() : wanted.caption().get(0)));
        if (wanted == null) {
            shownFor = null;
            image.setImage(null);
            placeholder.setText(emptyText);
            placeholder.setVisible(true);
            return;
        }
        if (getWidth() > 0 && getHeight() > 0) {
            shownFor = wanted;
            picture.show(wanted, getWidth(), getHeight());
            showState();
        }
    }

    private void sizeChanged() {
        if (slide.get() != null && shownFor != slide.get()) {
            showWanted();
        } else if (shownFor != null) {
            picture.resize(getWidth(), getHeight());
        }
    }

    private void showState() {
        if (shownFor == null) {
            return;
        }
        PictureState<Image> state = picture.getState();
        Image shown = state instanceof PictureState.Shown<Image> on ? on.picture() : null;
        image.setImage(shown);
        pseudoClassStateChanged(LOADING, state instanceof PictureState.Loading<Image>);
        placeholder.setText(state instanceof PictureState.Broken<Image> broken ? broken.why().getMessage() : loadingText);
        placeholder.setVisible(shown == null);
    }

    /** The slide whose picture this shows (or is decoding), null when there is none. */
    Slide shownSlide() {
        return shownFor;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? width * RATIO : super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        image.setFitWidth(Math.max(1, getWidth() - snappedLeftInset() - snappedRightInset()));
        image.setFitHeight(Math.max(1, getHeight() - snappedTopInset() - snappedBottomInset()));
        super.layoutChildren();
    }
}
