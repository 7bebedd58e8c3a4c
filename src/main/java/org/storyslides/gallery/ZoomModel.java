package org.storyslides.gallery;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Optional;

/**
 * How the picture on the stage is zoomed and panned: the scale (screen pixels per picture pixel),
 * and the picture point at the centre of the viewport. It knows nothing of controls or images, so
 * the arithmetic is tested without a toolkit; the view only lays the picture out from
 * {@link #placement()} and forwards the pointer, the wheel and the keys here.
 * <p>
 * The range runs from fit (the whole picture in the viewport) to {@link #MAX_ZOOM} of the picture's
 * own pixels; a zoom about a point keeps that point still (PhotoSwipe's and Loupe's rule); the pan is
 * clamped so the picture never leaves an edge of the viewport uncovered while it is larger than it.
 */
public final class ZoomModel {

    /** 800 %: a picture pixel as eight screen pixels. */
    public static final double MAX_ZOOM = 8;
    /** One wheel notch or key press zooms by this factor (Loupe's wheel step). */
    public static final double STEP = 1.3;
    /** How far an arrow key pans, in screen pixels (PhotoSwipe's 80 px). */
    public static final double PAN_STEP = 80;
    /** A zoom this close to fit snaps to it: "fitted" again, not 101 %. */
    static final double SNAP = 1.05;

    private double viewportWidth;
    private double viewportHeight;
    private double pictureWidth;
    private double pictureHeight;
    private double pixelRatio = 1;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper centreX = new ReadOnlyDoubleWrapper(this, "centreX");
    private final ReadOnlyDoubleWrapper centreY = new ReadOnlyDoubleWrapper(this, "centreY");
    private double fitScale = 1;
    // fitted is a mode, not a scale: a fitted picture follows the viewport as it is resized
    private final ReadOnlyBooleanWrapper fitted = new ReadOnlyBooleanWrapper(this, "fitted", true);
    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(this, "percent", 100);
    // one value a change, published last: a view lays the picture out once per zoom or pan step
    private final ReadOnlyObjectWrapper<Placement> placement = new ReadOnlyObjectWrapper<>(this, "placement");

    // --- what is shown, and where

    /** The viewport's size in screen (scene) pixels. A fitted picture fits it again; a zoomed one keeps its scale. */
    public void setViewport(double width, double height) {
        viewportWidth = Math.max(0, width);
        viewportHeight = Math.max(0, height);
        update(zoomedScale(), centreX.get(), centreY.get());
    }

    /**
     * A new picture, by its own (upright) size in pixels, or none (zero): shown fitted. Also what a
     * move to another slide does.
     */
    public void setPicture(double width, double height) {
        pictureWidth = Math.max(0, width);
        pictureHeight = Math.max(0, height);
        fit();
    }

    /** Device pixels per screen pixel (2 on a HiDPI screen): 100 % is one picture pixel per device pixel. */
    public void setPixelRatio(double ratio) {
        pixelRatio = ratio > 0 ? ratio : 1;
        update(zoomedScale(), centreX.get(), centreY.get());
    }

    // --- commands

    /** Back to the whole picture. */
    public void fit() {
        update(0, 0, 0); // the clamp centres a picture that fits
    }

    /** Between fit and 100 %, keeping the picture point under ({@code x}, {@code y}) in the viewport still. */
    public void toggleActualSize(double x, double y) {
        if (!isFitted()) {
            fit();
            return;
        }
        double actual = actualSizeScale();
        // a picture smaller than its fit has no "100 %" beyond fit: double it instead
        zoomTo(actual > fitScale * SNAP ? actual : fitScale * 2, x, y);
    }

    /** {@link #toggleActualSize(double, double)} about the viewport's centre (the Z key). */
    public void toggleActualSize() {
        toggleActualSize(viewportWidth / 2, viewportHeight / 2);
    }

    /** Zooms by {@code factor} (above 1 closer) about the viewport point ({@code x}, {@code y}). */
    public void zoomBy(double factor, double x, double y) {
        if (factor > 0 && Double.isFinite(factor)) {
            zoomTo(scale.get() * factor, x, y);
        }
    }

    public void zoomIn() {
        zoomBy(STEP, viewportWidth / 2, viewportHeight / 2);
    }

    public void zoomOut() {
        zoomBy(1 / STEP, viewportWidth / 2, viewportHeight / 2);
    }

    /** Moves the picture by ({@code dx}, {@code dy}) screen pixels, as a drag does; clamped to the picture. */
    public void panBy(double dx, double dy) {
        if (!isFitted()) {
            double s = scale.get();
            update(s, centreX.get() - dx / s, centreY.get() - dy / s);
        }
    }

    /** An arrow key's pan: shows more of the picture in that direction ({@code dx}, {@code dy} are -1, 0 or 1). */
    public void panStep(int dx, int dy) {
        panBy(-dx * PAN_STEP, -dy * PAN_STEP);
    }

    private void zoomTo(double wanted, double x, double y) {
        if (pictureWidth <= 0 || pictureHeight <= 0 || viewportWidth <= 0 || viewportHeight <= 0) {
            return;
        }
        double fit = fitScale;
        double next = Math.max(fit, Math.min(maxScale(), wanted));
        if (next <= fit * SNAP && wanted < scale.get()) {
            fit(); // zooming out near fit lands on it
            return;
        }
        double s = scale.get();
        // the picture point under (x, y) stays under (x, y)
        double pointX = centreX.get() + (x - viewportWidth / 2) / s;
        double pointY = centreY.get() + (y - viewportHeight / 2) / s;
        update(next, pointX - (x - viewportWidth / 2) / next, pointY - (y - viewportHeight / 2) / next);
    }

    /** @param zoomed the scale asked for, 0 for fitted */
    private void update(double zoomed, double wantedX, double wantedY) {
        double fit = pictureWidth > 0 && pictureHeight > 0 && viewportWidth > 0 && viewportHeight > 0
                ? Math.min(viewportWidth / pictureWidth, viewportHeight / pictureHeight) : 1;
        fitScale = fit;
        double s = Math.max(fit, Math.min(maxScale(), zoomed));
        // the scale last: a listener to it reads a state that is already whole
        centreX.set(clamp(wantedX, pictureWidth, viewportWidth / s));
        centreY.set(clamp(wantedY, pictureHeight, viewportHeight / s));
        percent.set((int) Math.round(s * pixelRatio * 100));
        fitted.set(s <= fit);
        scale.set(s);
        placement.set(placement());
    }

    /** A centre that keeps the view inside the picture; a picture narrower than the view is centred. */
    private static double clamp(double centre, double picture, double view) {
        if (picture <= view) {
            return picture / 2;
        }
        return Math.max(view / 2, Math.min(picture - view / 2, centre));
    }

    /** The scale asked for while zoomed, 0 while fitted. */
    private double zoomedScale() {
        return fitted.get() ? 0 : scale.get();
    }

    private double actualSizeScale() {
        return 1 / pixelRatio;
    }

    private double maxScale() {
        return Math.max(fitScale, MAX_ZOOM * actualSizeScale());
    }

    // --- derived

    /**
     * Which part of the picture is on screen and where it lands: the source rectangle in picture
     * pixels (never outside the picture) and the target rectangle in viewport pixels.
     */
    public Placement placement() {
        double s = scale.get();
        double halfWidth = viewportWidth / s / 2;
        double halfHeight = viewportHeight / s / 2;
        double sourceX = Math.max(0, centreX.get() - halfWidth);
        double sourceY = Math.max(0, centreY.get() - halfHeight);
        double sourceWidth = Math.min(pictureWidth, centreX.get() + halfWidth) - sourceX;
        double sourceHeight = Math.min(pictureHeight, centreY.get() + halfHeight) - sourceY;
        double targetX = viewportWidth / 2 + (sourceX - centreX.get()) * s;
        double targetY = viewportHeight / 2 + (sourceY - centreY.get()) * s;
        return new Placement(sourceX, sourceY, sourceWidth, sourceHeight, targetX, targetY, sourceWidth * s, sourceHeight * s);
    }

    /**
     * @param sourceX, sourceY, sourceWidth, sourceHeight the part of the picture shown, in its own pixels
     * @param targetX, targetY, targetWidth, targetHeight where it is drawn in the viewport
     */
    public record Placement(double sourceX, double sourceY, double sourceWidth, double sourceHeight,
                            double targetX, double targetY, double targetWidth, double targetHeight) {
    }

    /**
     * What to decode so the zoomed picture is sharp, if anything new: nothing while fitted, while the
     * preview already has as many pixels as the screen shows ({@code previewScale}: its pixels per
     * picture pixel), or while {@code onScreen} (the region last decoded, or null) still holds the view
     * at the wanted detail. Otherwise the view plus a margin of an eighth of it on each side (so a
     * short pan needs no new decode), at the coarsest subsampling that still gives a pixel per device
     * pixel; a region over {@code maxBytes} loses its margin, then detail.
     */
    public Optional<RegionRequest> regionToDecode(RegionRequest onScreen, double previewScale, long maxBytes) {
        double detail = Math.min(1, devicePixelsPerPicturePixel());
        if (isFitted() || detail <= previewScale * SNAP) {
            return Optional.empty();
        }
        int subsampling = Math.max(1, (int) Math.floor(1 / detail));
        Placement view = placement();
        if (onScreen != null && onScreen.subsampling() == subsampling
                && onScreen.contains(view.sourceX(), view.sourceY(), view.sourceWidth(), view.sourceHeight())) {
            return Optional.empty();
        }
        RegionRequest wanted = around(view, view.sourceWidth() / 8, view.sourceHeight() / 8, subsampling);
        if (wanted.bytes() > maxBytes) {
            wanted = around(view, 0, 0, subsampling);
        }
        while (wanted.bytes() > maxBytes && (wanted.decodedWidth() > 1 || wanted.decodedHeight() > 1)) {
            wanted = around(view, 0, 0, wanted.subsampling() + 1);
        }
        return Optional.of(wanted);
    }

    /** The view's source rectangle grown by a margin, out to whole pixels, inside the picture. */
    private RegionRequest around(Placement view, double marginX, double marginY, int subsampling) {
        int left = (int) Math.max(0, Math.floor(view.sourceX() - marginX));
        int top = (int) Math.max(0, Math.floor(view.sourceY() - marginY));
        int right = (int) Math.min(pictureWidth, Math.ceil(view.sourceX() + view.sourceWidth() + marginX));
        int bottom = (int) Math.min(pictureHeight, Math.ceil(view.sourceY() + view.sourceHeight() + marginY));
        return new RegionRequest(new PixelRect(left, top, Math.max(1, right - left), Math.max(1, bottom - top)), subsampling);
    }

    /** Device pixels drawn per picture pixel at the current zoom. */
    public double devicePixelsPerPicturePixel() {
        return scale.get() * pixelRatio;
    }

    public double pictureWidth() {
        return pictureWidth;
    }

    public double pictureHeight() {
        return pictureHeight;
    }

    public double viewportWidth() {
        return viewportWidth;
    }

    public double viewportHeight() {
        return viewportHeight;
    }

    public double pixelRatio() {
        return pixelRatio;
    }

    // --- placement

    /** Where the picture is drawn: set once for each change, after every other property. */
    public ReadOnlyObjectProperty<Placement> placementProperty() {
        return placement.getReadOnlyProperty();
    }

    // --- scale

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double getScale() {
        return scale.get();
    }

    public double getFitScale() {
        return fitScale;
    }

    // --- centre

    public ReadOnlyDoubleProperty centreXProperty() {
        return centreX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty centreYProperty() {
        return centreY.getReadOnlyProperty();
    }

    public double getCentreX() {
        return centreX.get();
    }

    public double getCentreY() {
        return centreY.get();
    }

    // --- fitted

    /** True while the whole picture is shown: the zoom level is hidden, keys and wheel move through slides. */
    public ReadOnlyBooleanProperty fittedProperty() {
        return fitted.getReadOnlyProperty();
    }

    public boolean isFitted() {
        return fitted.get();
    }

    // --- percent

    /** The zoom level people read: 100 is the picture's own pixels. */
    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public int getPercent() {
        return percent.get();
    }
}
