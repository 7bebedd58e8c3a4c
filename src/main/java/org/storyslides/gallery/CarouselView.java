package org.storyslides.gallery;

import javafx.animation.FadeTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
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

    private final Label galleryTitle = new Label();
    private final FittedImageView slideImage = new FittedImageView();
    private final Label placeholder = new Label();
    private final Label opening = new Label();
    private final GalleryProblemsView galleryProblems;
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

    public CarouselView(CarouselModel model, SlideImages images, Messages messages, MotionPreference motion, AutoplayModel autoplay,
                        FilmstripModel filmstripShown) {
        this.model = model;
        this.images = images;
        this.messages = messages;
        this.motion = motion;
        this.autoplay = autoplay;
        this.caption = new CaptionView(messages);
        this.galleryProblems = new GalleryProblemsView(messages, model.galleryProblemsProperty());
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
        stage.getChildren().addAll(slideImage, placeholder, opening, previous, next, autoplayProgress, galleryProblems);

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
        caption.maxHeightProperty().bind(heightProperty().multiply(0.42));
        // the strip's height is fixed, so the picture shrinks once when it is shown, not from slide to slide; above
        // the bar, not the caption (whose height is each slide's own), it stays put under the pointer from click to click
        getChildren().addAll(header, stage, caption, filmstrip, bar);
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
        // the picture itself: click its left or right part, turn the wheel, swipe
        slideImage.setOnMouseClicked(event -> {
            double third = slideImage.getWidth() / 3;
            if (event.getX() < third) {
                model.showPreviousSlide();
            } else if (event.getX() > 2 * third) {
                model.showNextSlide();
            }
        });
        slideImage.setOnScroll(this::scrollSlides);
        slideImage.setOnSwipeLeft(event -> model.showNextSlide());
        slideImage.setOnSwipeRight(event -> model.showPreviousSlide());
        stage.hoverProperty().addListener((observable, was, over) -> autoplay.setPointerOverPicture(over));
        stage.layoutBoundsProperty().addListener((observable, was, now) -> pictureAreaResized());
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

    /** Lays {@code overlay} over the slide (e.g. the slide number being typed), at the bottom centre. */
    public void addStageOverlay(Node overlay) {
        StackPane.setAlignment(overlay, Pos.BOTTOM_CENTER);
        stage.getChildren().add(overlay);
    }

    /** The controls that step aside in presentation mode (the filmstrip too: it comes back with the pointer). */
    public List<Node> fadingControls() {
        return List.of(previous, next, filmstrip, bar);
    }

    private void showSlide(Slide slide) {
        caption.show(slide, model.getGallery().size(), model.isOnCover());
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
        slideImage.setImage(state instanceof PictureState.Shown<Image> shown ? shown.picture() : null);
        stage.pseudoClassStateChanged(BROKEN, broken);
        stage.pseudoClassStateChanged(LOADING, loading);
        placeholder.setText(state instanceof PictureState.Broken<Image> refused
                ? messages.format("carousel.imageMissing", brokenReason(refused.why()))
                : messages.get("carousel.imageLoading"));
        placeholder.setVisible((broken || loading) && !model.isGridShown());
    }
}
