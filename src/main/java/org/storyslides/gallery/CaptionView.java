package org.storyslides.gallery;

import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.storyslides.content.Slide;
import org.storyslides.i18n.Messages;

import java.util.List;

/**
 * The caption under the slide: the quote set large, the paragraphs, the credit in small type, and
 * on a cover the gallery's photo count. It scrolls when a long caption meets a small window.
 */
final class CaptionView extends StackPane {

    private static final PseudoClass COVER = PseudoClass.getPseudoClass("cover");

    private final Messages messages;
    private final Label headline = new Label();
    private final Label photoCount = new Label();
    private final VBox paragraphs = new VBox();
    private final Label credit = new Label();
    private final VBox text = new VBox(headline, photoCount, paragraphs, credit);
    private final ScrollPane scroll = new ScrollPane(text);

    CaptionView(Messages messages) {
        this.messages = messages;
        initializeParts();
        layoutParts();
    }

    private void initializeParts() {
        setId("caption");
        getStyleClass().add("caption");
        headline.getStyleClass().add("caption-headline");
        photoCount.getStyleClass().add("caption-photo-count");
        paragraphs.getStyleClass().add("caption-paragraphs");
        credit.getStyleClass().add("caption-credit");
        text.getStyleClass().add("caption-text");
        for (Label label : new Label[]{headline, photoCount, credit}) {
            label.setWrapText(true);
            label.managedProperty().bind(label.visibleProperty());
        }
        setAccessibleRole(AccessibleRole.TEXT);
        setFocusTraversable(false);
    }

    private void layoutParts() {
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setFocusTraversable(false);
        getChildren().add(scroll);
    }

    // As tall as its wrapped text at the given width; the carousel caps it (maxHeight) and the text scrolls.
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double available = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + text.prefHeight(available) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    void show(Slide slide, int galleryPhotos, boolean cover) {
        headline.setText(slide.headlineText().orElse(""));
        headline.setVisible(slide.headlineText().isPresent());
        headline.pseudoClassStateChanged(COVER, cover);
        photoCount.setText(messages.format("carousel.photoCount", galleryPhotos));
        photoCount.setVisible(cover);
        showParagraphs(slide.caption());
        credit.setText(slide.creditText().orElse(""));
        credit.setVisible(slide.creditText().isPresent());
        setAccessibleText(String.join(" ", slide.headlineText().orElse(""), String.join(" ", slide.caption()),
                slide.creditText().orElse("")).strip());
        scroll.setVvalue(0);
    }

    // labels are reused from slide to slide: a new node costs a CSS pass on every key press
    private void showParagraphs(List<String> caption) {
        var children = paragraphs.getChildren();
        while (children.size() < caption.size()) {
            children.add(paragraph(""));
        }
        children.remove(caption.size(), children.size());
        for (int i = 0; i < caption.size(); i++) {
            ((Label) children.get(i)).setText(caption.get(i));
        }
    }

    private static Label paragraph(String paragraph) {
        Label label = new Label(paragraph);
        label.setWrapText(true);
        label.getStyleClass().add("caption-paragraph");
        return label;
    }
}
