package org.storyslides.presenter;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.gallery.PictureSource;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.PresentationModel;
import org.storyslides.presentation.ScreenCover;

import java.util.Locale;

/**
 * The presenter's screen: the timer bar (elapsed, pause and reset, the pace against the plan, the
 * time of day) over the current slide, large, beside what comes next and the notes. In a window
 * taller than wide it stacks: the current slide over the next slide and the notes. Its type follows
 * the window's size. It only binds and forwards; {@link #dispose()} lets go of every model.
 */
public final class PresenterView extends BorderPane {

    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private static final PseudoClass AHEAD = PseudoClass.getPseudoClass("ahead");
    private static final PseudoClass BEHIND = PseudoClass.getPseudoClass("behind");
    private static final PseudoClass ON_TIME = PseudoClass.getPseudoClass("on-time");
    private static final PseudoClass COVERED = PseudoClass.getPseudoClass("covered");
    private static final PseudoClass WHITE = PseudoClass.getPseudoClass("white");
    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");
    private static final PseudoClass TALL = PseudoClass.getPseudoClass("tall");
    /** The type is a 40th of the window's height, or a 56th of its width when that is less. */
    private static final double TYPE_SHARE_OF_HEIGHT = 1 / 40.0;
    private static final double TYPE_SHARE_OF_WIDTH = 1 / 56.0;
    /** Narrower than this for its height, the view stacks. */
    private static final double TALL_BELOW = 1.2;

    private final CarouselModel carousel;
    private final PresenterModel presenter;
    private final PacingModel pacing;
    private final PresentationModel presentation;
    private final WallClock clock;
    private final Messages messages;
    private final ModelListeners listeners = new ModelListeners();

    private final Label elapsedLabel = new Label();
    private final Label elapsed = new Label();
    private final Label paused = new Label();
    private final Button pause = new Button();
    private final Button reset = new Button();
    private final Label paceLabel = new Label();
    private final Label pacing_ = new Label();
    private final Label plan = new Label();
    private final Label clockLabel = new Label();
    private final Label clockText = new Label();
    private final Label gallery = new Label();
    private final Label counter = new Label();
    private final Label audience = new Label();
    private final Label nextLabel = new Label();
    private final Label notesLabel = new Label();
    private final PresenterPicture current;
    private final PresenterPicture next;
    private final PresenterNotes notes;
    private final GridPane body = new GridPane();
    private final VBox currentBlock = new VBox();
    private final VBox nextBlock = new VBox();
    private final VBox notesBlock = new VBox();
    private Boolean tall;

    public PresenterView(CarouselModel carousel, PresenterModel presenter, PresentationModel presentation, WallClock clock,
                         PictureSource<Image> pictures, Messages messages) {
        this.carousel = carousel;
        this.presenter = presenter;
        this.pacing = presenter.pacing();
        this.presentation = presentation;
        this.clock = clock;
        this.messages = messages;
        String loading = messages.get("app.loading");
        this.current = new PresenterPicture(carousel.slideProperty(), pictures, "", loading,
                messages.get("presenter.current.accessible"), listeners);
        this.next = new PresenterPicture(presenter.nextSlideProperty(), pictures, messages.get("presenter.endOfGallery"), loading,
                messages.get("presenter.next.accessible"), listeners);
        this.notes = new PresenterNotes(carousel.slideProperty(), messages.get("presenter.noNotes"), listeners);
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        setId("presenter-view");
        getStyleClass().add("presenter-view");
        elapsedLabel.setText(messages.get("presenter.elapsed"));
        paceLabel.setText(messages.get("presenter.pace"));
        clockLabel.setText(messages.get("presenter.clock"));
        notesLabel.setText(messages.get("presenter.notes"));
        for (Label label : new Label[]{elapsedLabel, paceLabel, clockLabel, nextLabel, notesLabel}) {
            label.getStyleClass().add("presenter-label");
        }
        elapsed.setId("presenter-elapsed");
        elapsed.getStyleClass().add("presenter-elapsed");
        paused.setId("presenter-paused");
        paused.getStyleClass().add("presenter-paused");
        paused.setText(messages.get("presenter.paused"));
        pause.setId("presenter-pause");
        reset.setId("presenter-reset");
        reset.setText(messages.get("presenter.reset"));
        for (Button button : new Button[]{pause, reset}) {
            button.getStyleClass().add("presenter-button");
            // a click never leaves the focus on it: Space goes on stepping slides
            button.setFocusTraversable(false);
        }
        pacing_.setId("presenter-pacing");
        pacing_.getStyleClass().add("presenter-pacing");
        plan.setId("presenter-plan");
        plan.getStyleClass().add("presenter-plan");
        clockText.setId("presenter-clock");
        clockText.getStyleClass().add("presenter-clock");
        gallery.setId("presenter-gallery");
        gallery.getStyleClass().add("presenter-gallery");
        counter.setId("presenter-counter");
        counter.getStyleClass().add("presenter-counter");
        audience.setId("presenter-audience");
        audience.getStyleClass().add("presenter-audience");
        audience.setWrapText(true);
        nextLabel.setId("presenter-next-label");
        current.setId("presenter-current");
        current.getStyleClass().add("presenter-current");
        next.setId("presenter-next");
        next.getStyleClass().add("presenter-next");
        body.getStyleClass().add("presenter-body");
    }

    private void layoutParts() {
        HBox elapsedLine = new HBox(elapsed, paused);
        elapsedLine.setAlignment(Pos.BASELINE_LEFT);
        elapsedLine.getStyleClass().add("presenter-elapsed-line");
        VBox elapsedBlock = new VBox(elapsedLabel, elapsedLine);
        HBox buttons = new HBox(pause, reset);
        buttons.getStyleClass().add("presenter-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox paceBlock = new VBox(paceLabel, pacing_, plan);
        VBox clockBlock = new VBox(clockLabel, clockText);
        clockBlock.setAlignment(Pos.TOP_RIGHT);
        for (VBox block : new VBox[]{elapsedBlock, paceBlock, clockBlock}) {
            block.getStyleClass().add("presenter-time-block");
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(elapsedBlock, buttons, paceBlock, gap, clockBlock);
        bar.getStyleClass().add("presenter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);

        HBox where = new HBox(gallery, counter);
        where.getStyleClass().add("presenter-where");
        where.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(gallery, Priority.SOMETIMES);
        gallery.setMinWidth(0);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        currentBlock.getChildren().addAll(where, current, audience);
        currentBlock.getStyleClass().add("presenter-block");
        // as tall as the picture at the column's width where there is room, never a frame of black bands
        VBox.setVgrow(current, Priority.ALWAYS);
        current.setMaxHeight(Region.USE_PREF_SIZE);
        nextBlock.getChildren().addAll(nextLabel, next);
        nextBlock.getStyleClass().add("presenter-block");
        notesBlock.getChildren().addAll(notesLabel, notes);
        notesBlock.getStyleClass().add("presenter-block");
        VBox.setVgrow(notes, Priority.ALWAYS);
        body.getChildren().addAll(currentBlock, nextBlock, notesBlock);
        setCenter(body);
    }

    /** Wide: the current slide on the left, the next slide over the notes on the right. Tall: the current slide over the two. */
    private void arrange(boolean stacked) {
        if (tall != null && tall == stacked) {
            return;
        }
        tall = stacked;
        pseudoClassStateChanged(TALL, stacked);
        body.getColumnConstraints().setAll(column(stacked ? 42 : 62), column(stacked ? 58 : 38));
        if (stacked) {
            body.getRowConstraints().setAll(row(58, Priority.ALWAYS), row(42, Priority.ALWAYS));
            GridPane.setConstraints(currentBlock, 0, 0, 2, 1);
            GridPane.setConstraints(nextBlock, 0, 1, 1, 1);
            GridPane.setConstraints(notesBlock, 1, 1, 1, 1);
        } else {
            body.getRowConstraints().setAll(row(-1, Priority.NEVER), row(-1, Priority.ALWAYS));
            GridPane.setConstraints(currentBlock, 0, 0, 1, 2);
            GridPane.setConstraints(nextBlock, 1, 0, 1, 1);
            GridPane.setConstraints(notesBlock, 1, 1, 1, 1);
        }
        for (VBox block : new VBox[]{currentBlock, nextBlock, notesBlock}) {
            GridPane.setHalignment(block, HPos.LEFT);
            GridPane.setValignment(block, VPos.TOP);
            GridPane.setFillHeight(block, true);
            GridPane.setFillWidth(block, true);
        }
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private static RowConstraints row(double percent, Priority grow) {
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(percent);
        row.setVgrow(grow);
        row.setFillHeight(true);
        return row;
    }

    private void setupBindings() {
        listeners.bind(elapsed.textProperty(), pacing.elapsedTextProperty());
        listeners.bind(pacing_.textProperty(), pacing.paceTextProperty());
        listeners.bind(plan.textProperty(), pacing.planTextProperty());
        listeners.bind(clockText.textProperty(), clock.textProperty());
        listeners.bind(counter.textProperty(), carousel.counterTextProperty());
        listeners.bind(gallery.textProperty(), Bindings.createStringBinding(() -> carousel.getGallery().title(),
                carousel.galleryProperty()));
        listeners.bind(nextLabel.textProperty(), presenter.nextTextProperty());
        listeners.bind(audience.textProperty(), presenter.audienceTextProperty());
        listeners.listen(pacing.runningProperty(), observable -> {
            boolean running = pacing.isRunning();
            pause.setText(messages.get(running ? "presenter.pause" : "presenter.resume"));
            paused.setVisible(!running);
            pseudoClassStateChanged(PAUSED, !running);
        });
        listeners.listen(pacing.paceProperty(), observable -> {
            pacing_.pseudoClassStateChanged(AHEAD, pacing.getPace() == Pace.AHEAD);
            pacing_.pseudoClassStateChanged(BEHIND, pacing.getPace() == Pace.BEHIND);
            pacing_.pseudoClassStateChanged(ON_TIME, pacing.getPace() == Pace.ON_TIME);
        });
        listeners.listen(presentation.coverProperty(), observable -> showAudience());
        listeners.listen(presentation.presentingProperty(), observable -> showAudience());
        // the view's own size: nothing to let go of
        widthProperty().addListener(observable -> fitType());
        heightProperty().addListener(observable -> fitType());
        fitType();
    }

    private void showAudience() {
        boolean covered = presentation.getCover() != ScreenCover.NONE;
        current.pseudoClassStateChanged(COVERED, covered);
        current.pseudoClassStateChanged(WHITE, presentation.getCover() == ScreenCover.WHITE);
        audience.pseudoClassStateChanged(COVERED, covered);
        audience.pseudoClassStateChanged(WHITE, presentation.getCover() == ScreenCover.WHITE);
        audience.pseudoClassStateChanged(OFF, !presentation.isPresenting());
    }

    private void fitType() {
        double width = getWidth() > 0 ? getWidth() : 1280;
        double height = getHeight() > 0 ? getHeight() : 720;
        double size = Math.max(11, Math.min(height * TYPE_SHARE_OF_HEIGHT, width * TYPE_SHARE_OF_WIDTH));
        // Locale.ROOT: a decimal comma is no CSS
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
        arrange(width / height < TALL_BELOW);
    }

    private void setupEventHandlers() {
        pause.setOnAction(event -> pacing.togglePause());
        reset.setOnAction(event -> pacing.reset());
    }

    /** Lets go of every model: the window is closed. */
    public void dispose() {
        listeners.dispose();
    }
}
