package org.storyslides.gallery;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.storyslides.content.Slide;

import java.util.concurrent.CompletableFuture;

/**
 * The sharp part of a zoomed picture: while the fitted preview is shown scaled up, the region on
 * screen is decoded at the detail the zoom needs ({@link ZoomModel#regionToDecode}) and laid over
 * it. One region at a time is on show and one on its way; a request overtaken by the next is
 * dropped before its decode starts. Toolkit-free: the view shows {@link #tileProperty()}.
 *
 * @param <P> the decoded picture (JavaFX's Image in the app)
 */
public final class SharpRegion<P> {

    /** Decodes a region of a slide's picture: completed on the JavaFX thread. */
    @FunctionalInterface
    public interface Source<P> {
        CompletableFuture<P> region(Slide slide, RegionRequest request);
    }

    /** A decoded region and what it covers. */
    public record Tile<P>(RegionRequest request, P picture) {
    }

    private final Source<P> source;
    private final ReadOnlyObjectWrapper<Tile<P>> tile = new ReadOnlyObjectWrapper<>(this, "tile");
    private Slide slide;
    private RegionRequest wantedRequest;
    private CompletableFuture<P> wanted;

    public SharpRegion(Source<P> source) {
        this.source = source;
    }

    /** Another slide (or none): its regions start afresh. */
    public void show(Slide slide) {
        this.slide = slide;
        drop();
    }

    /**
     * The zoom changed: asks for the region it needs, if the one on show does not hold the view.
     * Back at fit the region is let go: the preview shows it all.
     *
     * @param previewScale the preview's pixels per picture pixel
     * @param maxBytes     the most a region may take
     */
    public void update(ZoomModel zoom, double previewScale, long maxBytes) {
        if (slide == null || zoom.isFitted()) {
            drop();
            return;
        }
        Tile<P> onShow = tile.get();
        zoom.regionToDecode(onShow == null ? null : onShow.request(), previewScale, maxBytes).ifPresent(next -> {
            if (next.equals(wantedRequest)) {
                return; // on its way
            }
            cancelWanted();
            CompletableFuture<P> picture = source.region(slide, next);
            wanted = picture;
            wantedRequest = next;
            picture.whenComplete((decoded, failure) -> {
                if (wanted != picture) {
                    return; // overtaken
                }
                wanted = null;
                wantedRequest = null;
                // a region that cannot be decoded leaves the preview on show: nothing is lost but sharpness
                if (failure == null) {
                    tile.set(new Tile<>(next, decoded));
                }
            });
        });
    }

    private void drop() {
        cancelWanted();
        tile.set(null);
    }

    private void cancelWanted() {
        if (wanted != null) {
            CompletableFuture<P> overtaken = wanted;
            wanted = null;
            wantedRequest = null;
            overtaken.cancel(false);
        }
    }

    // --- tile

    /** The sharp region on show, or null. */
    public ReadOnlyObjectProperty<Tile<P>> tileProperty() {
        return tile.getReadOnlyProperty();
    }

    public Tile<P> getTile() {
        return tile.get();
    }

    /** Whether a region is on its way. */
    public boolean isDecoding() {
        return wanted != null;
    }
}
