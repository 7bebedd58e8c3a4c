package org.storyslides.gallery;

import impl.org.controlsfx.skin.GridViewSkin;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.VirtualFlow;
import org.controlsfx.control.GridView;
import org.storyslides.content.Slide;
import org.storyslides.i18n.Messages;

import java.util.HashSet;
import java.util.Set;


/**
 * The SEE ALL grid: a virtualized ControlsFX GridView, so only the cells on screen exist and only
 * their thumbnails decode. Built the first time it is needed, not at start-up. Its columns fill the
 * width it is given (see {@link Columns}), and it lays itself out with the keyboard cursor in view.
 */
final class ThumbnailGrid extends GridView<Slide> {

    // a cell shows its thumbnail inside a 4 px frame (.thumbnail-frame); thumbnails decode at 192x108, for sharpness
    static final double FRAME = 8;
    private static final double PREFERRED_CELL_WIDTH = 176;
    private static final double MIN_CELL_WIDTH = 136;
    private static final double MAX_CELL_WIDTH = 224;
    private static final double SPACING = 6;

    /** What the next layout does about the keyboard cursor. */
    private enum Reveal { NONE, KEEP_IN_VIEW, CENTRE }

    private final CarouselModel model;
    private final SlideImages images;
    // after each layout of the shown grid: thumbnails asked for by cells since scrolled away need not decode
    private final Runnable dropPassedThumbnails = this::dropPassedThumbnails;
    private Reveal reveal = Reveal.NONE;

    ThumbnailGrid(CarouselModel model, SlideImages images, Messages messages) {
        this.model = model;
        this.images = images;
        setId("grid");
        getStyleClass().add("thumbnail-grid");
        setHorizontalCellSpacing(SPACING);
        setVerticalCellSpacing(SPACING);
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
        model.gridCursorProperty().addListener((observable, was, now) -> keepCursorInView());
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

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FillingSkin(this);
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

    /** How many thumbnails a row holds (Up/Down move by this many): the columns on screen. */
    int columns() {
        return getSkin() instanceof GridViewSkin<?> skin ? Math.max(1, skin.computeMaxCellsInRow()) : 1;
    }

    /**
     * Shows the row with the keyboard cursor, in the middle of the grid where it can be: called as the
     * grid opens. The next layout does it, the first one too, once the grid has its size and its
     * columns: its first cells are then the ones around the cursor (opening at slide 2,000 never
     * creates, nor decodes, the top rows).
     */
    void revealCursor() {
        reveal = Reveal.CENTRE;
        requestLayout();
    }

    // the cursor moved: scroll no more than it takes to show its row whole
    private void keepCursorInView() {
        if (reveal == Reveal.NONE) {
            reveal = Reveal.KEEP_IN_VIEW;
        }
        requestLayout();
    }

    /**
     * How the thumbnails fill a band of the grid's width: {@code count} columns of cells near the
     * preferred width, in whole pixels (crisp frames), their thumbnails at the pictures' 16:9.
     * {@code leftOver} is what whole pixels leave of the band, under a pixel a column, for the sides.
     */
    record Columns(int count, double cellWidth, double cellHeight, double leftOver) {

        static Columns filling(double band) {
            int count = Math.max(1, (int) Math.round(band / (PREFERRED_CELL_WIDTH + 2 * SPACING)));
            if (band / count - 2 * SPACING > MAX_CELL_WIDTH) {
                count++;
            } else if (count > 1 && band / count - 2 * SPACING < MIN_CELL_WIDTH) {
                count--;
            }
            // a band too narrow (or too wide) for any count: the cells keep their bounds, centred
            double width = Math.max(FRAME + 16, Math.min(MAX_CELL_WIDTH, Math.floor(band / count - 2 * SPACING)));
            double height = Math.round((width - FRAME) * 9 / 16) + FRAME;
            return new Columns(count, width, height, Math.max(0, band - count * (width + 2 * SPACING)));
        }

        double rowHeight() {
            return cellHeight + 2 * SPACING;
        }

        int rows(int items) {
            return (items + count - 1) / count;
        }
    }

    /**
     * Lays the grid out with columns that fill its width, and with the keyboard cursor in view. The
     * scroll bar keeps to the grid's right edge; the columns sit between the grid's padding on the
     * left and as much again before the scroll bar, so the margins match at both sides.
     */
    private static final class FillingSkin extends GridViewSkin<Slide> {

        // what rows hold: set at each layout (the super constructor asks before this is set, hence max(1, ...))
        private int columns = 1;

        FillingSkin(ThumbnailGrid grid) {
            super(grid);
        }

        @Override
        public int computeMaxCellsInRow() {
            return Math.max(1, columns);
        }

        @Override
        protected void layoutChildren(double x, double y, double width, double height) {
            ThumbnailGrid grid = (ThumbnailGrid) getSkinnable();
            VirtualFlow<?> flow = getVirtualFlow();
            int items = grid.getItems() == null ? 0 : grid.getItems().size();
            Columns fit = Columns.filling(width);
            if (fit.rows(items) * fit.rowHeight() > height) {
                // the flow will show its scroll bar (its rows are taller than it): the columns keep left of it
                fit = Columns.filling(width - verticalBarWidth(flow));
            }
            if (fit.cellHeight() != grid.getCellHeight() && grid.reveal == Reveal.NONE) {
                // resized: the rows grow or shrink under the cursor, which stays in view
                grid.reveal = Reveal.KEEP_IN_VIEW;
            }
            // every row is this tall: the flow need not measure rows by filling a spare one with cells,
            // which would ask for (and decode) the thumbnails of rows it never shows
            flow.setFixedCellSize(fit.rowHeight());
            grid.setCellHeight(fit.cellHeight());
            grid.setCellWidth(fit.cellWidth());
            if (fit.count() != columns) {
                // other slides in each row: the cursor's row is shown again as on opening
                grid.reveal = Reveal.CENTRE;
                columns = fit.count();
                // the flow lays its cells out at once when its row count changes: at no size it makes (and decodes) none
                flow.resize(0, 0);
                updateItemCount();
            }
            double shift = Math.floor(fit.leftOver() / 2);
            flow.resizeRelocate(x + shift, y, grid.getWidth() - x - shift, height);
            if (grid.reveal != Reveal.NONE && grid.isVisible() && width > 0 && height > 0) {
                reveal(flow, grid, fit, height);
            }
        }

        /** Lays the flow out now with the cursor's row in view, so the very next frame shows it. */
        private <C extends IndexedCell<?>> void reveal(VirtualFlow<C> flow, ThumbnailGrid grid, Columns fit, double viewport) {
            boolean centre = grid.reveal == Reveal.CENTRE;
            grid.reveal = Reveal.NONE;
            int row = grid.model.getGridCursor() / columns;
            double rowHeight = fit.rowHeight();
            double room = fit.rows(grid.getItems().size()) * rowHeight - viewport;
            double centred = (viewport - rowHeight) / 2;
            if (centre && room > 0) {
                // where the flow's own estimate of its rows would put the row, as all rows are the same height
                flow.setPosition(Math.max(0, Math.min(1, (row * rowHeight - centred) / room)));
            }
            flow.layout();
            C cell = flow.getVisibleCell(row);
            if (cell == null) {
                // far off (a jump, or sizes the flow still has from before): its own scroll, now it has its size
                flow.scrollTo(row);
                flow.layout();
                cell = flow.getVisibleCell(row);
            }
            if (cell != null) {
                if (centre) {
                    flow.scrollPixels(cell.getLayoutY() - centred);
                }
                flow.scrollTo(cell);
            }
        }

        private double verticalBarWidth(VirtualFlow<?> flow) {
            for (Node child : flow.getChildrenUnmodifiable()) {
                if (child instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                    return flow.snapSizeX(bar.prefWidth(-1));
                }
            }
            return 0;
        }
    }
}
