package org.storyslides.story;

import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.storyslides.content.GalleryInfo;
import org.storyslides.i18n.Messages;

import java.util.concurrent.CompletableFuture;

/**
 * Where the story embeds a gallery: its "RELATED" line, cover thumbnail, title, photo count and a
 * "See Gallery" button. The card of the gallery on show is marked {@code :on-show}.
 */
final class GalleryCard extends VBox {

    private static final PseudoClass ON_SHOW = PseudoClass.getPseudoClass("on-show");

    private final Button seeGallery = new Button();
    private final Label nowShowing = new Label();

    /** @param cover the cover's thumbnail, shown once it is decoded */
    GalleryCard(String relatedLine, GalleryInfo gallery, CompletableFuture<Image> cover, Messages messages, ObservableBooleanValue onShow) {
        getStyleClass().add("gallery-card");
        Label related = new Label(relatedLine);
        related.getStyleClass().add("gallery-card-related");
        related.setWrapText(true);

        ImageView thumbnail = new ImageView();
        cover.thenAccept(thumbnail::setImage);
        thumbnail.getStyleClass().add("gallery-card-cover");
        thumbnail.setFitWidth(144);
        thumbnail.setFitHeight(81);
        thumbnail.setPreserveRatio(true);

        Label title = new Label(gallery.title());
        title.getStyleClass().add("gallery-card-title");
        title.setWrapText(true);
        Label count = new Label(messages.format("carousel.photoCount", gallery.size()));
        count.getStyleClass().add("gallery-card-count");
        nowShowing.setText(messages.get("story.nowShowing"));
        nowShowing.getStyleClass().add("gallery-card-now-showing");
        nowShowing.visibleProperty().bind(onShow);
        nowShowing.managedProperty().bind(nowShowing.visibleProperty());
        HBox countLine = new HBox(count, nowShowing);
        countLine.getStyleClass().add("gallery-card-count-line");
        countLine.setAlignment(Pos.CENTER_LEFT);

        seeGallery.setText(messages.get("story.seeGallery"));
        seeGallery.getStyleClass().add("gallery-link");
        seeGallery.setAccessibleText(messages.format("story.seeGallery.accessible", gallery.title()));

        VBox text = new VBox(title, countLine, seeGallery);
        text.getStyleClass().add("gallery-card-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(thumbnail, text);
        row.getStyleClass().add("gallery-card-row");
        getChildren().addAll(related, row);

        pseudoClassStateChanged(ON_SHOW, onShow.get());
        onShow.addListener((observable, was, now) -> pseudoClassStateChanged(ON_SHOW, now));
    }

    void setOnSeeGallery(Runnable action) {
        seeGallery.setOnAction(event -> action.run());
    }
}
