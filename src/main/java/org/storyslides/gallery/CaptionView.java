package org.storyslides.gallery;

import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleConverter;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import org.storyslides.content.Gallery;
import org.storyslides.content.Slide;
import org.storyslides.i18n.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The caption under the slide: the quote set large, the paragraphs, the credit in small type, and
 * on a cover the gallery's photo count. It is a band as tall as the gallery's tallest caption at the
 * width shown (the carousel caps it, {@link #maxShareProperty()}), the same on every slide of the
 * gallery, so the picture above it stays put; a caption taller than the band scrolls, and a fade at
 * the cut edge says there is more.
 */
final class CaptionView extends StackPane {

    /** How many of a gallery's captions are measured for its band: the longest by an estimate from their length. */
    static final int MEASURED = 8;

    private static final PseudoClass COVER = PseudoClass.getPseudoClass("cover");

    private final Messages messages;
    private final CaptionText text;
    private final ScrollPane scroll;
    private final Region fadeTop = new Region();
    private final Region fadeBottom = new Region();

    // the band: the tallest of the gallery's longest captions, measured once per gallery, width and type size
    private Gallery gallery;
    private List<Integer> longest = List.of();
    private double bandWidth = -1;
    private double band;
    // the cap the measuring stopped at (it stops at the first caption as tall as that), or infinity
    private double bandStoppedAt = Double.POSITIVE_INFINITY;

    CaptionView(Messages messages) {
        this.messages = messages;
        this.text = new CaptionText(messages, this::typeChanged);
        this.scroll = new ScrollPane(text);
        initializeParts();
        layoutParts();
        setupBindings();
    }

    private void initializeParts() {
        setId("caption");
        getStyleClass().add("caption");
        fadeTop.getStyleClass().addAll("caption-fade", "caption-fade-top");
        fadeBottom.getStyleClass().addAll("caption-fade", "caption-fade-bottom");
        for (Region fade : new Region[]{fadeTop, fadeBottom}) {
            fade.setMouseTransparent(true);
            fade.setVisible(false);
        }
        setAccessibleRole(AccessibleRole.TEXT);
        setFocusTraversable(false);
    }

    private void layoutParts() {
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setFocusTraversable(false);
        // the fades lie over the text only, not over the scroll bar beside it
        StackPane.setAlignment(fadeTop, Pos.TOP_LEFT);
        StackPane.setAlignment(fadeBottom, Pos.BOTTOM_LEFT);
        getChildren().addAll(scroll, fadeTop, fadeBottom);
    }

    private void setupBindings() {
        InvalidationListener fades = observable -> updateFades();
        scroll.vvalueProperty().addListener(fades);
        scroll.viewportBoundsProperty().addListener(fades);
        text.layoutBoundsProperty().addListener(fades);
        scroll.viewportBoundsProperty().addListener(observable -> {
            fadeTop.setMaxWidth(scroll.getViewportBounds().getWidth());
            fadeBottom.setMaxWidth(scroll.getViewportBounds().getWidth());
        });
    }

    // --- maxShare

    private final SimpleStyleableDoubleProperty maxShare = new SimpleStyleableDoubleProperty(MAX_SHARE, this, "maxShare", 0.4);

    /** The share of the carousel's height the caption may take at most ({@code -caption-max-share} in CSS). */
    DoubleProperty maxShareProperty() {
        return maxShare;
    }

    private static final CssMetaData<CaptionView, Number> MAX_SHARE = new CssMetaData<>("-caption-max-share",
            StyleConverter.getSizeConverter(), 0.4) {
        @Override
        public boolean isSettable(CaptionView caption) {
            return !caption.maxShare.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(CaptionView caption) {
            return caption.maxShare;
        }
    };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> metaData = new ArrayList<>(StackPane.getClassCssMetaData());
        metaData.add(MAX_SHARE);
        CSS_META_DATA = List.copyOf(metaData);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }

    // --- size: the band

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /**
     * The band's height at this width: the same for every slide of the gallery. Measured when the
     * gallery, the width or the type size is new, never on a mere change of slide.
     */
    @Override
    protected double computePrefHeight(double width) {
        double available = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
        if (available <= 0 || gallery == null) {
            return snappedTopInset() + text.prefHeight(available) + snappedBottomInset();
        }
        double cap = cap();
        if (available != bandWidth || cap > bandStoppedAt) {
            band = measureBand(available, cap);
            bandWidth = available;
        }
        return snappedTopInset() + band + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    /**
     * The tallest of the gallery's longest captions, set in a copy of the caption's text that is in
     * the scene only while it is measured (so it takes the caption's styles, and no lookup finds it).
     * It stops at the first as tall as the carousel lets the caption be: the band is capped there anyway.
     */
    private double measureBand(double available, double cap) {
        CaptionText measure = new CaptionText(messages, () -> { });
        measure.setManaged(false);
        measure.setVisible(false);
        getChildren().add(measure);
        double tallest = 0;
        bandStoppedAt = Double.POSITIVE_INFINITY;
        try {
            for (int index : longest) {
                Slide slide = gallery.slides().get(index);
                measure.show(slide, gallery.size(), index == 0, gallery.repeatsTitle(slide));
                measure.applyCss();
                tallest = Math.max(tallest, measure.prefHeight(available));
                if (tallest >= cap) {
                    bandStoppedAt = cap;
                    break;
                }
            }
        } finally {
            getChildren().remove(measure);
        }
        return Math.ceil(tallest);
    }

    /** The most the text may take: the caption's max height less its insets (none set: no cap). */
    private double cap() {
        return getMaxHeight() > 0 ? getMaxHeight() - snappedTopInset() - snappedBottomInset() : Double.POSITIVE_INFINITY;
    }

    /** The type size changed (presenting, a stylesheet): the band is measured again. */
    private void typeChanged() {
        bandWidth = -1;
        requestLayout();
    }

    /**
     * The {@link #MEASURED} captions of the gallery likely to be tallest, by an estimate from their
     * length (the quote counts double, it is set larger; a paragraph ends in part of a line), and the
     * cover. One pass over the gallery: a gallery of 10,000 slides costs a scan, not 10,000 layouts.
     */
    static List<Integer> longestCaptions(Gallery gallery) {
        List<Slide> slides = gallery.slides();
        PriorityQueue<Integer> kept = new PriorityQueue<>(Comparator.comparingDouble(index -> estimate(slides.get(index))));
        for (int i = 1; i < slides.size(); i++) {
            kept.add(i);
            if (kept.size() > MEASURED) {
                kept.poll();
            }
        }
        List<Integer> longest = new ArrayList<>(kept);
        longest.sort(Comparator.comparingDouble((Integer index) -> estimate(slides.get(index))).reversed());
        longest.add(0);
        return List.copyOf(longest);
    }

    private static double estimate(Slide slide) {
        double length = 2.0 * slide.headlineText().map(String::length).orElse(0);
        for (String paragraph : slide.caption()) {
            length += paragraph.length() + 50;
        }
        return length + slide.creditText().map(credit -> 0.7 * credit.length() + 50).orElse(0.0);
    }

    // --- what it shows

    void show(Slide slide, Gallery gallery, boolean cover) {
        if (gallery != this.gallery) { // identity: a record's equals would compare every slide
            this.gallery = gallery;
            longest = longestCaptions(gallery);
            bandWidth = -1;
            requestLayout();
        }
        text.show(slide, gallery.size(), cover, gallery.repeatsTitle(slide));
        setAccessibleText(String.join(" ", slide.headlineText().orElse(""), String.join(" ", slide.caption()),
                slide.creditText().orElse("")).strip());
        scroll.setVvalue(0);
    }

    /**
     * Scrolls a caption taller than its band by a page, {@code direction} 1 down, -1 up. A page ends
     * halfway down the bottom fade (a line there is half faded out), and the next starts at a line's top,
     * set where the caption's first line stands: no line is cut at the top, and none is skipped under the fade.
     */
    void scroll(int direction) {
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = text.getLayoutBounds().getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        double offset = scroll.getVvalue() * hidden;
        double page = viewport - fadeBottom.getHeight() / 2 > 0 ? viewport - fadeBottom.getHeight() / 2 : viewport;
        // where the view starts to show a line at the top as the caption's first line stands, below the padding
        double inset = text.snappedTopInset();
        List<double[]> lines = text.lines();
        double target = direction > 0 ? nextPage(lines, offset, page, inset) : previousPage(lines, offset, page, inset);
        scroll.setVvalue(Math.max(0, Math.min(hidden, target)) / hidden);
    }

    // down: the first line not wholly clear of the fade comes to the top
    private static double nextPage(List<double[]> lines, double offset, double page, double inset) {
        for (double[] line : lines) {
            if (line[1] > offset + page + 0.5 && line[0] - inset > offset + 0.5) {
                return line[0] - inset;
            }
        }
        return offset + page;
    }

    // up: the page that ends where this one starts, from a line's top
    private static double previousPage(List<double[]> lines, double offset, double page, double inset) {
        for (double[] line : lines) {
            if (line[0] - inset >= offset - page - 0.5) {
                return line[0] - inset < offset - 0.5 ? line[0] - inset : offset - page;
            }
        }
        return offset - page;
    }

    /** The scroll position, 0 at the top and 1 at the bottom (tests). */
    double scrollPosition() {
        return scroll.getVvalue();
    }

    private void updateFades() {
        boolean overflows = text.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight() > 0.5;
        fadeTop.setVisible(overflows && scroll.getVvalue() > 0.001);
        fadeBottom.setVisible(overflows && scroll.getVvalue() < 0.999);
    }

    /** The caption's text: what the band shows, and what it is measured with. */
    private static final class CaptionText extends VBox {

        private final Messages messages;
        private final Runnable typeChanged;
        private final Label headline = new Label();
        private final Label photoCount = new Label();
        private final VBox paragraphs = new VBox();
        private final Label credit = new Label();

        CaptionText(Messages messages, Runnable typeChanged) {
            this.messages = messages;
            this.typeChanged = typeChanged;
            getChildren().addAll(headline, photoCount, paragraphs, credit);
            getStyleClass().add("caption-text");
            headline.getStyleClass().add("caption-headline");
            photoCount.getStyleClass().add("caption-photo-count");
            paragraphs.getStyleClass().add("caption-paragraphs");
            credit.getStyleClass().add("caption-credit");
            for (Label label : new Label[]{headline, photoCount, credit}) {
                label.setWrapText(true);
                label.managedProperty().bind(label.visibleProperty());
            }
            // the type size, as the stylesheet sets it (presenting), read from the credit: it is always there and
            // always styled alike. The quote's type changes on a cover, and a paragraph label is new whenever a
            // slide has more paragraphs: neither is a change of type, and neither may cost a measuring on a key press
            credit.fontProperty().addListener(observable -> typeChanged.run());
        }

        /** A cover shows its photo count; a headline that would only repeat the header's title is left out. */
        void show(Slide slide, int galleryPhotos, boolean cover, boolean titleShownAbove) {
            headline.setText(slide.headlineText().orElse(""));
            headline.setVisible(slide.headlineText().isPresent() && !titleShownAbove);
            headline.pseudoClassStateChanged(COVER, cover);
            photoCount.setText(messages.format("carousel.photoCount", galleryPhotos));
            photoCount.setVisible(cover);
            showParagraphs(slide.caption());
            credit.setText(slide.creditText().orElse(""));
            credit.setVisible(slide.creditText().isPresent());
        }

        /** The lines as set, each its top and bottom in this box's coordinates, top to bottom. */
        List<double[]> lines() {
            List<Label> labels = new ArrayList<>(List.of(headline, photoCount));
            paragraphs.getChildren().forEach(paragraph -> labels.add((Label) paragraph));
            labels.add(credit);
            List<double[]> lines = new ArrayList<>();
            for (Label label : labels) {
                if (label.isVisible() && label.lookup(".text") instanceof Text set && !set.getText().isEmpty()) {
                    // the range shape of all its text: a rectangle a line, a MoveTo and the LineTos round it
                    List<double[]> rectangles = new ArrayList<>();
                    for (PathElement element : set.rangeShape(0, set.getText().length())) {
                        if (element instanceof MoveTo move) {
                            rectangles.add(new double[]{move.getY(), move.getY()});
                        } else if (element instanceof LineTo to && !rectangles.isEmpty()) {
                            double[] line = rectangles.get(rectangles.size() - 1);
                            line[0] = Math.min(line[0], to.getY());
                            line[1] = Math.max(line[1], to.getY());
                        }
                    }
                    rectangles.forEach(line -> lines.add(inThisBox(set, line[0], line[1])));
                }
            }
            lines.sort(Comparator.comparingDouble(line -> line[0]));
            return lines;
        }

        private double[] inThisBox(Text set, double top, double bottom) {
            return new double[]{sceneToLocal(set.localToScene(0, top)).getY(), sceneToLocal(set.localToScene(0, bottom)).getY()};
        }

        // labels are reused from slide to slide: a new node costs a CSS pass on every key press
        private void showParagraphs(List<String> caption) {
            var children = paragraphs.getChildren();
            while (children.size() < caption.size()) {
                children.add(paragraph());
            }
            children.remove(caption.size(), children.size());
            for (int i = 0; i < caption.size(); i++) {
                ((Label) children.get(i)).setText(caption.get(i));
            }
        }

        private Label paragraph() {
            Label label = new Label();
            label.setWrapText(true);
            label.getStyleClass().add("caption-paragraph");
            return label;
        }
    }
}
