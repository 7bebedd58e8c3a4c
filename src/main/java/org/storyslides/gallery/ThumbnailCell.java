package org.storyslides.gallery;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableIntegerValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.GridCell;
import org.storyslides.content.Slide;
import org.storyslides.i18n.Messages;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

/**
 * One thumbnail of the SEE ALL grid, numbered. The slide on show is marked {@code :current} and its
 * number carries a NOW SHOWING badge (as the story's card of the gallery on show does); the thumbnail
 * under the keyboard cursor is {@code :cursor}, which the stylesheet rings as a focus ring.
 */
final class ThumbnailCell extends GridCell<Slide> {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");

    private final SlideImages images;
    private final Messages messages;
    private final ObservableIntegerValue current;
    private final ObservableIntegerValue cursor;
    private final ImageView thumbnail = new ImageView();
    private final Label number = new Label();
    private final StackPane frame = new StackPane(thumbnail, number);
    // made the first time this cell shows the slide on show: one cell of the grid needs it, not every one
    private Label badge;
    // what the accessible text says now: every cell's marks are updated on each cursor move, its words seldom change
    private Described described;
    // weak: the model outlives the cells the grid throws away
    private final InvalidationListener markListener = observable -> updateMarks();

    // the grid updates cells on every layout: a cell that keeps its slide keeps its thumbnail
    private Slide thumbnailOf;

    ThumbnailCell(SlideImages images, Messages messages, ObservableIntegerValue current, ObservableIntegerValue cursor,
                  IntConsumer open) {
        this.images = images;
        this.messages = messages;
        this.current = current;
        this.cursor = cursor;
        getStyleClass().add("thumbnail-cell");
        number.getStyleClass().add("thumbnail-number");
        frame.getStyleClass().add("thumbnail-frame");
        StackPane.setAlignment(number, Pos.TOP_LEFT);
        thumbnail.setPreserveRatio(true);
        thumbnail.fitWidthProperty().bind(widthProperty().subtract(8));
        thumbnail.fitHeightProperty().bind(heightProperty().subtract(8));
        setAccessibleRole(AccessibleRole.BUTTON);
        setOnMouseClicked(event -> open.accept(getIndex()));
        current.addListener(new WeakInvalidationListener(markListener));
        cursor.addListener(new WeakInvalidationListener(markListener));
    }

    @Override
    protected void updateItem(Slide slide, boolean empty) {
        super.updateItem(slide, empty);
        if (empty || slide == null) {
            thumbnailOf = null;
            thumbnail.setImage(null);
            setGraphic(null);
            setAccessibleText(null);
            described = null;
        } else {
            if (slide != thumbnailOf) {
                showThumbnail(slide);
            }
            number.setText(Integer.toString(getIndex() + 1));
            setGraphic(frame);
        }
        updateMarks();
    }

    // decoded in the background: shown when it comes, if the cell still shows that slide
    private void showThumbnail(Slide slide) {
        thumbnailOf = slide;
        CompletableFuture<Image> picture = images.thumbnail(slide);
        boolean decoded = picture.isDone() && !picture.isCompletedExceptionally();
        thumbnail.setImage(decoded ? picture.join() : null);
        if (!picture.isDone()) {
            picture.thenAccept(image -> {
                if (thumbnailOf == slide) {
                    thumbnail.setImage(image);
                }
            });
        }
    }

    /** The slide whose thumbnail this cell shows, or null. */
    Slide shownSlide() {
        return thumbnailOf;
    }

    private void updateMarks() {
        Slide slide = getItem();
        boolean filled = !isEmpty() && slide != null;
        boolean isCurrent = filled && getIndex() == current.get();
        pseudoClassStateChanged(CURRENT, isCurrent);
        pseudoClassStateChanged(CURSOR, filled && getIndex() == cursor.get());
        // the badge follows the number, in the number's chip: the two read as one mark
        number.setGraphic(isCurrent ? badge() : null);
        if (filled) {
            describe(slide, isCurrent);
        }
    }

    private record Described(Slide slide, int index, boolean current) {
    }

    private void describe(Slide slide, boolean isCurrent) {
        if (described != null && described.slide() == slide && described.index() == getIndex() && described.current() == isCurrent) {
            return;
        }
        described = new Described(slide, getIndex(), isCurrent);
        setAccessibleText(messages.format(isCurrent ? "grid.thumbnail.nowShowing.accessible" : "carousel.thumbnail.accessible",
                getIndex() + 1, slide.headlineText().orElse(slide.caption().isEmpty() ? "" : slide.caption().get(0))));
    }

    private Label badge() {
        if (badge == null) {
            badge = new Label(messages.get("grid.nowShowing"));
            badge.getStyleClass().add("thumbnail-now-showing");
        }
        return badge;
    }
}
