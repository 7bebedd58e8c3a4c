package org.storyslides.gallery;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.GridCell;
import org.storyslides.content.Slide;
import org.storyslides.i18n.Messages;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/** One thumbnail of the SEE ALL grid, numbered; the slide on show is marked {@code :current}. */
final class ThumbnailCell extends GridCell<Slide> {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final SlideImages images;
    private final Messages messages;
    private final IntSupplier currentIndex;
    private final ImageView thumbnail = new ImageView();
    private final Label number = new Label();
    private final StackPane frame = new StackPane(thumbnail, number);

    ThumbnailCell(SlideImages images, Messages messages, IntSupplier currentIndex, IntConsumer open) {
        this.images = images;
        this.messages = messages;
        this.currentIndex = currentIndex;
        getStyleClass().add("thumbnail-cell");
        number.getStyleClass().add("thumbnail-number");
        frame.getStyleClass().add("thumbnail-frame");
        StackPane.setAlignment(number, javafx.geometry.Pos.TOP_LEFT);
        thumbnail.setPreserveRatio(true);
        thumbnail.fitWidthProperty().bind(widthProperty().subtract(8));
        thumbnail.fitHeightProperty().bind(heightProperty().subtract(8));
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setOnMouseClicked(event -> open.accept(getIndex()));
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                open.accept(getIndex());
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(Slide slide, boolean empty) {
        super.updateItem(slide, empty);
        if (empty || slide == null) {
            thumbnail.setImage(null);
            setGraphic(null);
            setAccessibleText(null);
            pseudoClassStateChanged(CURRENT, false);
            return;
        }
        thumbnail.setImage(images.thumbnail(slide));
        number.setText(Integer.toString(getIndex() + 1));
        setGraphic(frame);
        setAccessibleText(messages.format("carousel.thumbnail.accessible", getIndex() + 1,
                slide.headlineText().orElse(slide.caption().isEmpty() ? "" : slide.caption().get(0))));
        pseudoClassStateChanged(CURRENT, getIndex() == currentIndex.getAsInt());
    }
}
