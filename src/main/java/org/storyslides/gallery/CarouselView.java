package org.storyslides.gallery;

import javafx.animation.FadeTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.storyslides.content.Slide;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.AutoplayModel;
import org.storyslides.presentation.MotionPreference;

import java.util.List;

/**
 * The carousel: the gallery's title, the slide on a dark stage with previous/next controls, the
 * caption, the filmstrip (when on), and a bar with HIDE/SHOW CAPTION, the "N of M" counter and SEE ALL.
 * It binds to a {@link CarouselModel} and forwards every action to it.
 */
public final class CarouselView extends VBox {

    private static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    private final CarouselModel model;
    private final SlideImages images;
    private final Messages messages;
    private final MotionPreference motion;
    private final AutoplayModel autoplay;
    private final ZoomModel zoom;
    private final PictureClicks clicks;

    private final Label galleryTitle = new Label();
    private final ZoomablePicture slideImage;
    private final Label zoomLevel = new Label();
    private final Label placeholder = new Label();
    private final Label opening = new Label();
    private final ProblemListView galleryProblems;
    private final Button previous = new Button();
    private final Button next = new Button();
    private ThumbnailGrid grid; // built when first opened
    private final StackPane stage = new StackPane();
    private final Filmstrip filmstrip;
    private final CaptionView caption;
    private final Button captionToggle = new Button();
    private final Label counter = new Label();
    private final Button seeAll = new Button();
    private final Button backToSlide = new Button();
    private final Region autoplayProgress = new Region();
    private final HBox bar = new HBox();
    private final FadeTransition fade;
    private double scrollNotches;

    private final StagePicture<Image> picture;
    private final SharpRegion<Image> sharpRegion;
    // where a drag last was, to pan by its moves
    private double dragX;
    private double dragY;

    public CarouselView(CarouselModel model, SlideImages images, Messages messages, MotionPreference motion, AutoplayModel autoplay,
                        ZoomModel zoom, PictureClicks clicks, FilmstripModel filmstripShown) {
        this.model = model;
        this.zoom = zoom;
        this.clicks = clicks;
        this.slideImage = new ZoomablePicture(zoom);
        this.sharpRegion = new SharpRegion<>(images::region);
        this.images = images;
        this.messages = messages;
        this.motion = motion;
        this.autoplay = autoplay;
        this.caption = new CaptionView(messages);
        this.galleryProblems = new ProblemListView(messages, model.galleryProblemsProperty(), ProblemListView.GALLERY);
        this.fade = new FadeTransition(Duration.ZERO, slideImage);
        this.picture = new StagePicture<>(images);
        this.filmstrip = new Filmstrip(model, filmstripShown, images, messages);
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
        showSlide(model.slideProperty().get());
    }

    private void initializeParts() {
        setId("carousel");
        getStyleClass().add("carousel");
        galleryTitle.setId("gallery-title");
        galleryTitle.getStyleClass().add("gallery-title");
        galleryTitle.setWrapText(true);
        slideImage.setId("slide-image");
        slideImage.getStyleClass().add("slide-image");
        slideImage.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        zoomLevel.setId("zoom-level");
        zoomLevel.getStyleClass().add("zoom-level");
        zoomLevel.setMouseTransparent(true);
        placeholder.getStyleClass().add("image-placeholder");
        placeholder.setMouseTransparent(true);
        opening.setId("gallery-opening");
        opening.getStyleClass().add("gallery-opening");
        opening.setMouseTransparent(true);
        stage.getStyleClass().add("photo-stage");
        // the stage takes what the title, caption and bar leave (VGROW); its own wish, e.g. the grid's, must not squeeze the caption
        stage.setMinSize(0, 0);
        stage.setPrefSize(0, 0);

        navigationButton(previous, "previous", "carousel.previous");
        navigationButton(next, "next", "carousel.next");

        autoplayProgress.getStyleClass().add("autoplay-progress");
        autoplayProgress.setMouseTransparent(true);
        autoplayProgress.setManaged(true);

        captionToggle.setId("caption-toggle");
        captionToggle.getStyleClass().addAll("bar-button", "caption-toggle");
        counter.setId("counter");
        counter.getStyleClass().add("counter");
        counter.setAccessibleRole(AccessibleRole.TEXT);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        seeAll.setId("see-all");
        seeAll.setText(messages.get("carousel.seeAll"));
        seeAll.setAccessibleText(messages.get("carousel.seeAll.accessible"));
        seeAll.getStyleClass().add("bar-button");
        backToSlide.setId("back-to-slide");
        backToSlide.setText(messages.get("carousel.backToSlide"));
        backToSlide.getStyleClass().add("bar-button");
    }

    private void navigationButton(Button button, String id, String accessibleKey) {
        Region arrow = new Region();
        arrow.getStyleClass().add("arrow");
        button.setGraphic(arrow);
        button.setId(id);
        button.getStyleClass().add("slide-nav");
        button.setAccessibleText(messages.get(accessibleKey));
        button.setFocusTraversable(true);
    }

    private void layoutParts() {
        StackPane.setAlignment(previous, Pos.CENTER_LEFT);
        StackPane.setAlignment(next, Pos.CENTER_RIGHT);
        StackPane.setAlignment(autoplayProgress, Pos.BOTTOM_LEFT);
        // a notice, not the picture: it keeps clear of the picture's centre
        StackPane.setAlignment(opening, Pos.TOP_CENTER);
        StackPane.setMargin(opening, new Insets(16, 0, 0, 0));
        StackPane.setAlignment(zoomLevel, Pos.TOP_RIGHT);
        StackPane.setMargin(zoomLevel, new Insets(12, 12, 0, 0));
        stage.getChildren().addAll(slideImage, placeholder, opening, zoomLevel, previous, next, autoplayProgress, galleryProblems);

        Region leftSpacer = new Region();
        Region rightSpacer = new Region();
        HBox.setHgrow(leftSpacer, Priority.ALWAYS);
        HBox.setHgrow(rightSpacer, Priority.ALWAYS);
        StackPane seeAllOrBack = new StackPane(seeAll, backToSlide);
        seeAllOrBack.setAlignment(Pos.CENTER_RIGHT);
        StackPane toggleSide = new StackPane(captionToggle);
        toggleSide.setAlignment(Pos.CENTER_LEFT);
        // both ends equally wide (.bar-side in CSS), so the counter sits in the middle
        toggleSide.getStyleClass().add("bar-side");
        seeAllOrBack.getStyleClass().add("bar-side");
        bar.getChildren().setAll(toggleSide, leftSpacer, counter, rightSpacer, seeAllOrBack);
        bar.getStyleClass().add("carousel-bar");
        bar.setAlignment(Pos.CENTER);

        HBox header = new HBox(galleryTitle);
        header.getStyleClass().add("carousel-header");

        VBox.setVgrow(stage, Priority.ALWAYS);
        // a band of the same height on every slide of a gallery (CaptionView), at most this share of the carousel
        caption.maxHeightProperty().bind(heightProperty().multiply(caption.maxShareProperty()));
        // the strip's height is fixed, so the picture shrinks once when it is shown, not from slide to slide
        getChildren().addAll(header, stage, filmstrip, caption, bar);
    }

    private void setupBindings() {
        galleryTitle.textProperty().bind(Bindings.createStringBinding(() -> model.getGallery().title(), model.galleryProperty()));
        counter.textProperty().bind(model.counterTextProperty());
        counter.accessibleTextProperty().bind(model.counterAccessibleTextProperty());

        previous.disableProperty().bind(Bindings.not(model.canGoPreviousProperty()));
        next.disableProperty().bind(Bindings.not(model.canGoNextProperty()));
        previous.visibleProperty().bind(model.gridShownProperty().not());
        next.visibleProperty().bind(model.gridShownProperty().not());

        caption.visibleProperty().bind(model.captionVisibleProperty().and(model.gridShownProperty().not()));
        caption.managedProperty().bind(caption.visibleProperty());
        captionToggle.textProperty().bind(Bindings.when(model.captionVisibleProperty())
                .then(messages.get("caption.hide")).otherwise(messages.get("caption.show")));
        captionToggle.accessibleTextProperty().bind(Bindings.when(model.captionVisibleProperty())
                .then(messages.get("caption.hide.accessible")).otherwise(messages.get("caption.show.accessible")));
        captionToggle.disableProperty().bind(model.gridShownProperty());

        slideImage.visibleProperty().bind(model.gridShownProperty().not());
        zoomLevel.visibleProperty().bind(zoom.fittedProperty().not().and(model.gridShownProperty().not()));
        zoomLevel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("zoom.level", zoom.getPercent()), zoom.percentProperty()));
        slideImage.cursorProperty().bind(Bindings.when(zoom.fittedProperty()).then(Cursor.DEFAULT).otherwise(Cursor.OPEN_HAND));
        opening.visibleProperty().bind(model.openingProperty().isNotNull());
        opening.textProperty().bind(Bindings.createStringBinding(() -> model.getOpening() == null ? ""
                : messages.format("carousel.opening", model.getOpening().title()), model.openingProperty()));
        seeAll.visibleProperty().bind(model.gridShownProperty().not());
        backToSlide.visibleProperty().bind(model.gridShownProperty());
        backToSlide.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.format("carousel.backToSlide.accessible", model.getSlideIndex() + 1), model.slideIndexProperty()));

        autoplayProgress.visibleProperty().bind(autoplay.playingProperty().and(model.gridShownProperty().not()));
        autoplayProgress.maxWidthProperty().bind(stage.widthProperty().multiply(autoplay.remainingProperty()));
        autoplayProgress.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.format("autoplay.progress.accessible",
                        Math.round(autoplay.holdTime().toSeconds() * autoplay.getRemaining())),
                autoplay.remainingProperty(), autoplay.paceProperty(), model.slideProperty()));
    }

    private void setupEventHandlers() {
        previous.setOnAction(event -> model.showPreviousSlide());
        next.setOnAction(event -> model.showNextSlide());
        captionToggle.setOnAction(event -> model.toggleCaption());
        seeAll.setOnAction(event -> model.showGrid());
        backToSlide.setOnAction(event -> model.backToSlide());
        model.slideProperty().addListener((observable, was, slide) -> showSlide(slide));
        model.gridShownProperty().addListener((observable, was, shown) -> {
            if (shown) {
                grid().requestFocus();
                grid.revealCursor();
            }
            updateImageState();
        });
        picture.stateProperty().addListener(observable -> updateImageState());
        setupPictureGestures();
        // each zoom or pan asks for the sharp region it needs (nothing while the preview is enough)
        zoom.placementProperty().addListener((observable, was, now) -> updateSharpRegion());
        sharpRegion.tileProperty().addListener((observable, was, tile) -> slideImage.setTile(tile));
        stage.hoverProperty().addListener((observable, was, over) -> autoplay.setPointerOverPicture(over));
        stage.layoutBoundsProperty().addListener((observable, was, now) -> pictureAreaResized());
    }

    /**
     * The picture: a click on its left or right third, the wheel and a swipe move through slides
     * while it is fitted; Ctrl+wheel and a pinch zoom about the pointer, a double-click toggles fit
     * and 100 % at the point ({@link PictureClicks}), a drag or the wheel pans while zoomed.
     */
    private void setupPictureGestures() {
        slideImage.setOnScroll(event -> {
            if (event.isShortcutDown()) {
                double notch = event.getMultiplierY() > 0 ? event.getMultiplierY() : 40;
                zoom.zoomBy(Math.pow(ZoomModel.STEP, event.getDeltaY() / notch), event.getX(), event.getY());
                event.consume();
            } else if (!zoom.isFitted()) {
                zoom.panBy(event.getDeltaX(), event.getDeltaY());
                event.consume();
            } else {
                scrollSlides(event);
            }
        });
        slideImage.setOnZoom(event -> {
            zoom.zoomBy(event.getZoomFactor(), event.getX(), event.getY());
            event.consume();
        });
        slideImage.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                clicks.click(event.getX(), event.getY(), slideImage.getWidth(), event.getClickCount());
            }
        });
        slideImage.setOnMousePressed(event -> {
            dragX = event.getX();
            dragY = event.getY();
        });
        slideImage.setOnMouseDragged(event -> {
            zoom.panBy(event.getX() - dragX, event.getY() - dragY);
            dragX = event.getX();
            dragY = event.getY();
        });
        slideImage.setOnSwipeLeft(event -> {
            if (zoom.isFitted()) {
                model.showNextSlide();
            }
        });
        slideImage.setOnSwipeRight(event -> {
            if (zoom.isFitted()) {
                model.showPreviousSlide();
            }
        });
    }

    private void updateSharpRegion() {
        sharpRegion.update(zoom, slideImage.previewScale(), images.maxRegionBytes());
    }

    /** Builds the grid ahead of its first use (hidden, so it decodes nothing): call once start-up is done. */
    public void prepareGrid() {
        grid();
    }

    private ThumbnailGrid grid() {
        if (grid == null) {
            grid = new ThumbnailGrid(model, images, messages);
            stage.getChildren().add(stage.getChildren().indexOf(placeholder) + 1, grid);
        }
        return grid;
    }

    /** One slide per wheel notch; a touchpad's small deltas add up to notches. */
    private void scrollSlides(ScrollEvent event) {
        double notch = event.getMultiplierY() > 0 ? event.getMultiplierY() : 40;
        scrollNotches += event.getDeltaY() / notch;
        while (scrollNotches >= 1) {
            model.showPreviousSlide();
            scrollNotches -= 1;
        }
        while (scrollNotches <= -1) {
            model.showNextSlide();
            scrollNotches += 1;
        }
        event.consume();
    }

    /** How many thumbnails a grid row holds (Up/Down move by this many). */
    public int gridColumns() {
        return grid == null ? 1 : grid.columns();
    }

    /** Scrolls a caption taller than its band: 1 down, -1 up. */
    public void scrollCaption(int direction) {
        caption.scroll(direction);
    }

    /** Lays {@code overlay} over the slide (e.g. the slide number being typed) at {@code where}; notices keep off the centre. */
    public void addStageOverlay(Node overlay, Pos where) {
        StackPane.setAlignment(overlay, where);
        stage.getChildren().add(overlay);
    }

    /** The controls that step aside in presentation mode (the filmstrip too: it comes back with the pointer). */
    public List<Node> fadingControls() {
        return List.of(previous, next, filmstrip, bar);
    }

    private void showSlide(Slide slide) {
        // another slide starts fitted, with nothing of the last one's zoom
        zoom.setPicture(0, 0);
        sharpRegion.show(slide);
        caption.show(slide, model.getGallery(), model.isOnCover());
        slideImage.setAccessibleText(caption.getAccessibleText());
        picture.show(slide, stage.getWidth(), stage.getHeight());
        prefetchNeighbours();
        Duration transition = motion.slideTransition();
        if (transition.greaterThan(Duration.ZERO)) {
            fade.stop();
            fade.setDuration(transition);
            fade.setFromValue(0.25);
            fade.setToValue(1);
            fade.playFromStart();
        }
    }

    /** Why a picture could not be shown, in words a reader can use. */
    private String brokenReason(PictureRefusedException failure) {
        return switch (failure.reason()) {
            case NOT_FOUND -> messages.get("carousel.imageMissing.notFound");
            case NOT_A_PICTURE -> messages.get("carousel.imageMissing.notAPicture");
            case TOO_LARGE -> failure.width() > 0
                    ? messages.format("carousel.imageMissing.tooLarge", failure.width(), failure.height())
                    : messages.get("carousel.imageMissing.tooLargeUnknown");
            // refused by the check, or by the decoder after the header passed
            case DAMAGED -> messages.get("carousel.imageMissing.damaged");
            case UNREADABLE -> failure.fileReason().map(reason -> switch (reason) {
                case PERMISSION_DENIED -> messages.get("carousel.imageMissing.permissionDenied");
                case NOT_A_FILE -> messages.get("carousel.imageMissing.notAFile");
                case OUTSIDE -> messages.get("carousel.imageMissing.outside");
                case TOO_LARGE -> messages.get("carousel.imageMissing.fileTooLarge");
                case CHANGED -> messages.get("carousel.imageMissing.changed");
                case TOO_SLOW -> messages.get("carousel.imageMissing.tooSlow");
                case NOT_FOUND -> messages.get("carousel.imageMissing.notFound");
                case UNREADABLE -> messages.format("carousel.imageMissing.unreadable", failure.getMessage());
            }).orElseGet(() -> messages.format("carousel.imageMissing.unreadable", failure.getMessage()));
        };
    }

    /** The picture area grew past what the picture was decoded for (e.g. presenting): decode it again, larger. */
    private void pictureAreaResized() {
        picture.resize(stage.getWidth(), stage.getHeight());
        prefetchNeighbours();
    }

    // only once the picture area has a size: before the first layout it would decode them at screen size
    private void prefetchNeighbours() {
        if (stage.getWidth() > 0) {
            images.prefetchAround(model.getGallery().slides(), model.getSlideIndex(), stage.getWidth(), stage.getHeight());
        }
    }

    private void updateImageState() {
        PictureState<Image> state = picture.getState();
        boolean broken = state instanceof PictureState.Broken<Image>;
        boolean loading = state instanceof PictureState.Loading<Image>;
        Image shown = state instanceof PictureState.Shown<Image> on ? on.picture() : null;
        slideImage.setImage(shown);
        if (shown != null) {
            // its own size, not the size it was decoded at: 100 % is the photo's own pixels
            double width = images.info(shown).map(PictureInfo::width).orElse((int) shown.getWidth());
            double height = images.info(shown).map(PictureInfo::height).orElse((int) shown.getHeight());
            if (zoom.pictureWidth() != width || zoom.pictureHeight() != height) {
                zoom.setPicture(width, height); // a larger copy of the same picture (a resize) keeps the zoom
            }
        }
        stage.pseudoClassStateChanged(BROKEN, broken);
        stage.pseudoClassStateChanged(LOADING, loading);
        placeholder.setText(state instanceof PictureState.Broken<Image> refused
                ? messages.format("carousel.imageMissing", brokenReason(refused.why()))
                : messages.get("carousel.imageLoading"));
        placeholder.setVisible((broken || loading) && !model.isGridShown());
    }
}
