package org.storyslides.gallery;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableIntegerValue;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.storyslides.content.Slide;
import org.storyslides.i18n.Messages;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

/** One thumbnail of the filmstrip; the slide on show is marked {@code :current}. A click shows its slide. */
final class FilmstripCell extends ListCell<Slide> {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final SlideImages images;
    private final Messages messages;
    private final ObservableIntegerValue current;
    private final ImageView thumbnail = new ImageView();
    private final StackPane frame = new StackPane(thumbnail);
    // weak: the model outlives the cells the strip throws away
    private final InvalidationListener markListener = observable -> updateMark();

    // the strip updates cells on every layout: a cell that keeps its slide keeps its thumbnail
    private Slide thumbnailOf;
    private CompletableFuture<Image> request;

    FilmstripCell(SlideImages images, Messages messages, ObservableIntegerValue current, IntConsumer open) {
        this.images = images;
        this.messages = messages;
        this.current = current;
        getStyleClass().add("filmstrip-cell");
        frame.getStyleClass().add("filmstrip-frame");
        // the picture fits the frame (its size is the stylesheet's), letterboxed, with the frame's rounded corners
        thumbnail.setPreserveRatio(true);
        thumbnail.fitWidthProperty().bind(frame.widthProperty());
        thumbnail.fitHeightProperty().bind(frame.heightProperty());
        Rectangle corners = new Rectangle();
        corners.widthProperty().bind(thumbnail.layoutBoundsProperty().map(bounds -> bounds.getWidth()));
        corners.heightProperty().bind(thumbnail.layoutBoundsProperty().map(bounds -> bounds.getHeight()));
        corners.setArcWidth(6);
        corners.setArcHeight(6);
        thumbnail.setClip(corners);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && !isEmpty()) {
                open.accept(getIndex());
            }
        });
        current.addListener(new WeakInvalidationListener(markListener));
    }

    @Override
    protected void updateItem(Slide slide, boolean empty) {
        super.updateItem(slide, empty);
        setText(null);
        if (empty || slide == null) {
            thumbnailOf = null;
            request = null;
            thumbnail.setImage(null);
            setGraphic(null);
            setAccessibleText(null);
        } else {
            if (slide != thumbnailOf) {
                showThumbnail(slide);
            } else {
                askAgainIfDropped();
            }
            setGraphic(frame);
            setAccessibleText(messages.format("carousel.thumbnail.accessible", getIndex() + 1,
                    slide.headlineText().orElse(slide.caption().isEmpty() ? "" : slide.caption().get(0))));
        }
        updateMark();
    }

    // decoded in the background: shown when it comes, if the cell still shows that slide
    private void showThumbnail(Slide slide) {
        thumbnailOf = slide;
        CompletableFuture<Image> picture = images.thumbnail(slide);
        request = picture;
        thumbnail.setImage(picture.isDone() && !picture.isCompletedExceptionally() ? picture.join() : null);
        if (!picture.isDone()) {
            picture.thenAccept(image -> {
                if (request == picture) {
                    thumbnail.setImage(image);
                }
            });
        }
    }

    /** Asks again for a thumbnail whose decode the strip dropped while this cell was hidden or off screen. */
    void askAgainIfDropped() {
        if (thumbnailOf != null && request.isCancelled()) {
            showThumbnail(thumbnailOf);
        }
    }

    /** The slide whose thumbnail this cell shows, or null. */
    Slide shownSlide() {
        return thumbnailOf;
    }

    private void updateMark() {
        pseudoClassStateChanged(CURRENT, !isEmpty() && getItem() != null && getIndex() == current.get());
    }
}
