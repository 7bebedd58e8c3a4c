package org.storyslides.story;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Text;
import javafx.animation.Animation;
import javafx.scene.layout.VBox;
import org.storyslides.content.GalleryInfo;
import org.storyslides.content.Story;
import org.storyslides.content.StoryBlock;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.gallery.SlideImages;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.MotionPreference;

import javafx.util.Duration;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The story pane: headline, "source · dateline · date", then the body in page order, with a card
 * where the page embeds a gallery and muted related headlines for SEE ALSO. When the gallery on
 * show changes, however it changes, the story scrolls its card into view (unless it is whole on
 * screen already): briefly and smoothly, or at once when motion is reduced. Search scrolls it to a
 * paragraph the same way and marks the paragraph for a moment.
 */
public final class StoryView extends ScrollPane {

    /** The story's body size in px at the default text size; the rest of its type is set in em. */
    static final double BASE_TEXT_SIZE = 15.5;
    /** How long a part search went to stays marked. */
    static final Duration FOUND_FOR = Duration.seconds(2.5);

    private final VBox column = new VBox();
    private final VBox page;
    private final CarouselModel carousel;
    private final MotionPreference motion;
    // the first card of each gallery the story embeds
    private final Map<String, Node> cards = new HashMap<>();
    private final Timeline scroll = new Timeline();
    // the wheel's glide, and where it is going (px from the top) while it runs
    private final Timeline wheel = new Timeline();
    private double wheelTarget;
    // a line of body text, measured with the paragraphs' own font (set by CSS, so read when the wheel turns)
    private final Text lineSample = new Text("Mg");
    private final Label firstParagraph;
    // each body block's node by its index in the story, and the headline: search goes to them
    private final List<Node> blocks = new ArrayList<>();
    private final Label headline;
    // a part found by search, marked for a moment
    private final PauseTransition foundFor = new PauseTransition(FOUND_FOR);
    private Node found;
    // the card on show (or a part found) is scrolled to at the next layout, when it has its place and the story its height
    private boolean revealPending;
    private Node toReveal;

    public StoryView(CarouselModel carousel, StoryTextSize textSize, SlideImages images, Messages messages,
                     MotionPreference motion) {
        this.carousel = carousel;
        this.motion = motion;
        setId("story");
        getStyleClass().add("story");
        column.getStyleClass().add("story-column");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // a measure comfortable to read: the column stops growing (CSS max-width) and stays centred
        page = new VBox(column);
        page.getStyleClass().add("story-page");
        page.setAlignment(Pos.TOP_CENTER);
        setContent(page);
        column.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_TEXT_SIZE * textSize.getScale()),
                textSize.scaleProperty()));

        Story story = carousel.content().story();
        headline = text(story.headline(), "story-headline");
        Label meta = text(messages.format("story.meta", story.source(), story.dateline(),
                story.published().format(DateTimeFormatter.ofPattern("MMM d, yyyy", messages.locale()))), "story-meta");
        column.getChildren().addAll(headline, meta);
        for (StoryBlock block : story.body()) {
            Node node = switch (block.type()) {
                case PARAGRAPH -> text(block.text(), "story-paragraph");
                case SEE_ALSO -> seeAlso(block.text(), messages);
                case GALLERY -> galleryCard(block, carousel, images, messages);
            };
            blocks.add(node);
            column.getChildren().add(node);
        }
        firstParagraph = (Label) blocks.stream().filter(node -> node.getStyleClass().contains("story-paragraph")).findFirst()
                .orElse(headline);
        addEventFilter(ScrollEvent.SCROLL, this::scrollByWheel);
        carousel.galleryProperty().addListener((observable, was, now) -> revealLater(null));
        foundFor.setOnFinished(event -> unmark());
        // a part found while the window was still changing size (leaving full screen under a window manager, the
        // first layout comes at the old size) is scrolled to again at the size the story settles at
        viewportBoundsProperty().addListener((observable, was, now) -> {
            if (found != null && was.getHeight() != now.getHeight()) {
                revealLater(found);
            }
        });
    }

    /**
     * Scrolls the story to a part of it and marks it for a moment (search went there).
     *
     * @param block the part's index in the story's body, -1 for the headline
     */
    public void reveal(int block) {
        Node part = block < 0 ? headline : blocks.get(block);
        unmark();
        found = part;
        part.getStyleClass().add("found");
        foundFor.playFromStart();
        revealLater(part);
    }

    /** A wheel notch: three lines of body text, gliding unless motion is reduced (a pinch or a sideways scroll: the pane's own). */
    private void scrollByWheel(ScrollEvent event) {
        double scrollable = page.getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        if (event.getDeltaY() == 0 || event.getMultiplierY() <= 0 || event.isShortcutDown() || scrollable <= 0) {
            return;
        }
        event.consume();
        scroll.stop();
        revealPending = false;
        lineSample.setFont(firstParagraph.getFont());
        double line = lineSample.getLayoutBounds().getHeight() + firstParagraph.getLineSpacing();
        double from = wheel.getStatus() == Animation.Status.RUNNING ? wheelTarget : getVvalue() * scrollable;
        wheelTarget = WheelScroll.target(from, event.getDeltaY() / event.getMultiplierY(), line, scrollable);
        double vvalue = wheelTarget / scrollable;
        wheel.stop();
        if (motion.wheelScroll().toMillis() == 0) {
            setVvalue(vvalue);
        } else {
            wheel.getKeyFrames().setAll(new KeyFrame(motion.wheelScroll(), new KeyValue(vvalueProperty(), vvalue, Interpolator.EASE_OUT)));
            wheel.playFromStart();
        }
    }

    /** Goes back to a scroll position (search brings the story back where it was), nothing marked. */
    public void scrollBackTo(double vvalue) {
        unmark();
        revealPending = false;
        scroll.stop();
        wheel.stop();
        setVvalue(vvalue);
    }

    private void unmark() {
        foundFor.stop();
        if (found != null) {
            found.getStyleClass().remove("found");
            found = null;
        }
    }

    /** @param node what to scroll to at the next layout; null: the card of the gallery on show */
    private void revealLater(Node node) {
        toReveal = node;
        revealPending = true;
        requestLayout();
    }

    private Node galleryCard(StoryBlock block, CarouselModel carousel, SlideImages images, Messages messages) {
        GalleryInfo gallery = carousel.content().info(block.gallery()).orElseThrow();
        GalleryCard card = new GalleryCard(block.text(), gallery, images.cover(gallery.cover()), messages,
                Bindings.createBooleanBinding(() -> carousel.getGallery().id().equals(gallery.id()), carousel.galleryProperty()));
        card.setOnSeeGallery(() -> carousel.showGallery(gallery.id()));
        cards.putIfAbsent(gallery.id(), card);
        return card;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // away (presenting) there is no layout: the story catches up when it comes back
        if (revealPending && getScene() != null && getViewportBounds().getHeight() > 0) {
            revealPending = false;
            page.layout(); // the cards where this pass puts them (the card on show may have grown a line)
            Node node = toReveal != null ? toReveal : cards.get(carousel.getGallery().id());
            toReveal = null;
            if (node != null) { // null: a gallery the story does not embed
                scrollToShow(node);
            }
        }
    }

    private void scrollToShow(Node card) {
        Bounds bounds = page.sceneToLocal(card.localToScene(card.getBoundsInLocal()));
        double target = ScrollToReveal.vvalue(bounds.getMinY(), bounds.getMaxY(), page.getLayoutBounds().getHeight(),
                getViewportBounds().getHeight(), getVvalue());
        scroll.stop();
        if (target == getVvalue()) {
            return;
        }
        if (motion.storyScroll().toMillis() == 0) {
            setVvalue(target);
        } else {
            scroll.getKeyFrames().setAll(new KeyFrame(motion.storyScroll(), new KeyValue(vvalueProperty(), target, Interpolator.EASE_BOTH)));
            scroll.playFromStart();
        }
    }

    private static Node seeAlso(String headline, Messages messages) {
        VBox box = new VBox(text(messages.get("story.seeAlso"), "see-also-label"), text(headline, "see-also-headline"));
        box.getStyleClass().add("see-also");
        return box;
    }

    private static Label text(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
