package org.storyslides.gallery;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The slide's picture as the {@link ZoomModel} places it: the fitted picture (the preview) drawn
 * through a viewport, and over it, once decoded, the sharp region of a zoomed picture. Nothing is
 * computed here but the mapping of the model's picture pixels onto each image's own pixels.
 */
final class ZoomablePicture extends Region {

    private final ZoomModel zoom;
    private final ImageView preview = new ImageView();
    private final ImageView sharp = new ImageView();
    private final Rectangle clip = new Rectangle();
    private SharpRegion.Tile<Image> tile;

    ZoomablePicture(ZoomModel zoom) {
        this.zoom = zoom;
        preview.setSmooth(true);
        sharp.setMouseTransparent(true);
        getChildren().addAll(preview, sharp);
        setClip(clip);
        setMinSize(0, 0);
        // the model is the viewport: it hears of its size, and every change of it lays the picture out again
        layoutBoundsProperty().addListener((observable, was, now) -> zoom.setViewport(now.getWidth(), now.getHeight()));
        zoom.placementProperty().addListener((observable, was, now) -> requestLayout());
    }

    /** The fitted picture (tests sample its pixels). */
    ImageView imageView() {
        return preview;
    }

    void setImage(Image image) {
        preview.setImage(image);
        requestLayout();
    }

    /** The preview's pixels per picture pixel: how sharp it is when scaled up. */
    double previewScale() {
        Image image = preview.getImage();
        return image == null || zoom.pictureWidth() <= 0 ? 1 : image.getWidth() / zoom.pictureWidth();
    }

    void setTile(SharpRegion.Tile<Image> tile) {
        this.tile = tile;
        sharp.setImage(tile == null ? null : tile.picture());
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        Image image = preview.getImage();
        if (image == null || zoom.pictureWidth() <= 0) {
            return;
        }
        ZoomModel.Placement placement = zoom.placement();
        double ratio = image.getWidth() / zoom.pictureWidth();
        preview.setViewport(new Rectangle2D(placement.sourceX() * ratio, placement.sourceY() * ratio,
                placement.sourceWidth() * ratio, placement.sourceHeight() * ratio));
        preview.setFitWidth(placement.targetWidth());
        preview.setFitHeight(placement.targetHeight());
        preview.relocate(placement.targetX(), placement.targetY());
        sharp.setVisible(tile != null);
        if (tile != null) {
            PixelRect region = tile.request().region();
            double scale = zoom.getScale();
            sharp.setFitWidth(region.width() * scale);
            sharp.setFitHeight(region.height() * scale);
            // at its own pixels or closer, a pixel shows as a square, as photo viewers show it
            sharp.setSmooth(zoom.devicePixelsPerPicturePixel() < 1);
            sharp.relocate(Math.round(placement.targetX() + (region.x() - placement.sourceX()) * scale),
                    Math.round(placement.targetY() + (region.y() - placement.sourceY()) * scale));
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }
}
