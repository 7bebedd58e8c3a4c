package org.storyslides.gallery;

import impl.org.controlsfx.skin.GridViewSkin;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import org.controlsfx.control.GridView;
import org.storyslides.content.Slide;
import org.storyslides.i18n.Messages;

import java.util.HashSet;
import java.util.Set;


/**
 * The SEE ALL grid: a virtualized ControlsFX GridView, so only the cells on screen exist and only
 * their thumbnails decode. Built the first time it is needed, not at start-up.
 */
final class ThumbnailGrid extends GridView<Slide> {

    // a cell shows its thumbnail at 168x94 inside a 4 px frame; thumbnails decode a little larger, for sharpness
    private static final double CELL_WIDTH = 176;
    private static final double CELL_HEIGHT = 102;

    private final CarouselModel model;
    private final SlideImages images;
    // after each layout of the shown grid: thumbnails asked for by cells since scrolled away need not decode
    private final Runnable dropPassedThumbnails = this::dropPassedThumbnails;

    ThumbnailGrid(CarouselModel model, SlideImages images, Messages messages) {
        this.model = model;
        this.images = images;
        setId("grid");
        getStyleClass().add("thumbnail-grid");
        setCellWidth(CELL_WIDTH);
        setCellHeight(CELL_HEIGHT);
        setHorizontalCellSpacing(6);
        setVerticalCellSpacing(6);
        setCellFactory(view -> new ThumbnailCell(images, messages, model.slideIndexProperty(), model.gridCursorProperty(),
                model::showSlide));
        // not laid out while hidden: no cells, no decodes, until SEE ALL
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(model.gridShownProperty());
        accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.format("carousel.grid.accessible", model.getGallery().title()), model.galleryProperty()));
        // the grid reads the gallery's own (immutable) list: no copy, whatever its size
        showGallery();
        model.galleryProperty().addListener((observable, was, now) -> showGallery());
        model.gridCursorProperty().addListener((observable, was, now) -> revealCursor());
        visibleProperty().addListener((observable, was, shown) -> {
            if (getScene() != null) {
                if (shown) {
                    getScene().addPostLayoutPulseListener(dropPassedThumbnails);
                } else {
                    getScene().removePostLayoutPulseListener(dropPassedThumbnails);
                }
            }
        });
    }

    private void dropPassedThumbnails() {
        Set<Slide> inCells = new HashSet<>();
        for (Node cell : lookupAll(".thumbnail-cell")) {
            if (cell instanceof ThumbnailCell thumbnail && thumbnail.shownSlide() != null) {
                inCells.add(thumbnail.shownSlide());
            }
        }
        images.retainThumbnails(this, inCells);
    }

    private void showGallery() {
        setItems(FXCollections.observableList(model.getGallery().slides()));
    }

    /** How many thumbnails a row holds (Up/Down move by this many). */
    int columns() {
        return getSkin() instanceof GridViewSkin<?> skin ? Math.max(1, skin.computeMaxCellsInRow()) : 1;
    }

    /**
     * Scrolls the row with the keyboard cursor into view. The first time, before the grid is ever
     * laid out, so its first cells are the ones around the cursor (opening at slide 2,000 never
     * creates, nor decodes, the top rows): the grid first takes the size its layout will give it, or
     * its rows would be counted at one column (a row a slide) and the position lost at that layout.
     */
    void revealCursor() {
        if (getSkin() == null) {
            applyCss();
        }
        if (getWidth() <= 0 && getParent() instanceof Region area && area.getWidth() > 0) {
            resize(area.getWidth() - area.snappedLeftInset() - area.snappedRightInset(),
                    area.getHeight() - area.snappedTopInset() - area.snappedBottomInset());
        }
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(model.getGridCursor() / columns());
        }
    }
}
