package org.storyslides.gallery;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * An image scaled to fit the room it is given, without distortion, centred. A plain ImageView
 * has no resizable size, so a layout would either clip it or never let it shrink.
 */
final class FittedImageView extends Region {

    private final ImageView view = new ImageView();

    FittedImageView() {
        view.setPreserveRatio(true);
        view.setSmooth(true);
        getChildren().add(view);
        setMinSize(0, 0);
    }

    ImageView imageView() {
        return view;
    }

    void setImage(Image image) {
        view.setImage(image);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        view.setFitWidth(width);
        view.setFitHeight(height);
        layoutInArea(view, snappedLeftInset(), snappedTopInset(), width, height, 0, HPos.CENTER, VPos.CENTER);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }
}
