package org.storyslides.gallery;

import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;
import org.storyslides.content.Gallery;
import org.storyslides.content.Slide;
import org.storyslides.i18n.Messages;

import java.util.HashSet;
import java.util.Set;

/**
 * The filmstrip: a strip of the gallery's thumbnails under the picture, the slide on show marked
 * and kept in the middle of the strip; a click shows that slide. A horizontal ListView, so only the
 * cells on screen exist and only their thumbnails decode, whatever the gallery's size. Never takes
 * the keyboard focus: the window's keys go on working the slides.
 */
final class Filmstrip extends ListView<Slide> {

    private final CarouselModel model;
    private final SlideImages images;
    // after each layout of the shown strip: thumbnails asked for by cells since scrolled away need not decode
    private final Runnable dropPassedThumbnails = this::dropPassedThumbnails;
    private Scene listening;
    private Gallery shownGallery;
    // the slide on show is scrolled to at the next layout, when the strip knows its width
    private boolean revealPending = true;

    Filmstrip(CarouselModel model, FilmstripModel filmstrip, SlideImages images, Messages messages) {
        this.model = model;
        this.images = images;
        setId("filmstrip");
        getStyleClass().add("filmstrip");
        setOrientation(Orientation.HORIZONTAL);
        // for the mouse: a click never moves the focus here, the scene's key filter keeps the keys
        setFocusTraversable(false);
        // the slide on show is the one mark (:current); a list selection would be a second one
        setSelectionModel(null);
        setFocusModel(null);
        setCellFactory(list -> new FilmstripCell(images, messages, model.slideIndexProperty(), model::showSlide));
        // not laid out while hidden: no cells, no decodes
        visibleProperty().bind(filmstrip.shownProperty().and(model.gridShownProperty().not()));
        managedProperty().bind(visibleProperty());
        showGallery();
        // change listeners: an invalidation listener on a property nobody reads would hear only the first change
        model.positionProperty().addListener((observable, was, now) -> {
            showGallery();
            reveal();
        });
        visibleProperty().addListener((observable, was, shown) -> {
            reveal();
            listenToPulses();
        });
        sceneProperty().addListener((observable, was, now) -> listenToPulses());
        widthProperty().addListener((observable, was, now) -> reveal());
        // the wheel turns the strip, a thumbnail a notch (a horizontal list would take only sideways scrolls)
        addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaX() == 0 && event.getDeltaY() != 0 && flow() instanceof VirtualFlow<?> flow) {
                double notches = event.getDeltaY() / (event.getMultiplierY() > 0 ? event.getMultiplierY() : 40);
                flow.scrollPixels(-notches * Math.max(1, getFixedCellSize()));
                event.consume();
            }
        });
    }

    // the strip reads the gallery's own (immutable) list: no copy, whatever its size
    private void showGallery() {
        if (model.getGallery() != shownGallery) {
            shownGallery = model.getGallery();
            setItems(FXCollections.observableList(shownGallery.slides()));
        }
    }

    private void reveal() {
        revealPending = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // the flow has its size now and lays its cells out after this: they are made where the slide is
        if (revealPending && isVisible() && flow() instanceof VirtualFlow<?> flow && flow.getWidth() > 0) {
            revealPending = false;
            centreOnSlideShown(flow);
        }
    }

    /**
     * Scrolls so the slide on show is in the middle of the strip (at its start or end near the
     * gallery's ends). Cells are all {@code fixedCellSize} wide, so the flow's position, a fraction of
     * what it can scroll, follows from the index alone.
     */
    private void centreOnSlideShown(VirtualFlow<?> flow) {
        double cell = getFixedCellSize();
        double viewport = flow.getWidth();
        double scrollable = getItems().size() * cell - viewport;
        if (cell <= 0 || scrollable <= 0) {
            flow.setPosition(0);
            return;
        }
        double offset = (model.getSlideIndex() + 0.5) * cell - viewport / 2;
        flow.setPosition(Math.max(0, Math.min(1, offset / scrollable)));
    }

    private Node flow() {
        return lookup(".virtual-flow");
    }

    private void listenToPulses() {
        Scene wanted = isVisible() ? getScene() : null;
        if (wanted == listening) {
            return;
        }
        if (listening != null) {
            listening.removePostLayoutPulseListener(dropPassedThumbnails);
        }
        if (wanted != null) {
            wanted.addPostLayoutPulseListener(dropPassedThumbnails);
        }
        listening = wanted;
        if (!isVisible()) {
            images.retainThumbnails(this, Set.of()); // hidden: nothing of the strip's needs to decode
        }
    }

    private void dropPassedThumbnails() {
        Set<Slide> onScreen = new HashSet<>();
        for (Node cell : lookupAll(".filmstrip-cell")) {
            if (cell instanceof FilmstripCell thumbnail && cell.isVisible() && thumbnail.shownSlide() != null) {
                // a cell back on screen with its slide unchanged is not updated: its dropped decode is asked for here
                thumbnail.askAgainIfDropped();
                onScreen.add(thumbnail.shownSlide());
            }
        }
        images.retainThumbnails(this, onScreen);
    }
}
