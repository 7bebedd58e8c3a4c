package org.storyslides.gallery;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import org.storyslides.content.Content;
import org.storyslides.content.Slide;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives the pictures of slides, decoded on the decode threads ({@link DecodeQueue}), never on the
 * JavaFX thread, and at the size they are shown: the picture area's size rounded up to a step of
 * {@link #SIZE_STEP} px (so small resizes reuse it), never more than the largest screen; thumbnails
 * at the grid cell's size. Each is a promise completed on the JavaFX thread. Decoded pictures are
 * kept in caches bounded by bytes, so memory stays flat however big the gallery; a decode no longer
 * wanted before its turn is dropped. Used on the JavaFX thread.
 */
public final class SlideImages implements PictureSource<Image> {

    private static final System.Logger LOG = System.getLogger(SlideImages.class.getName());
    static final int THUMBNAIL_WIDTH = 192;
    static final int THUMBNAIL_HEIGHT = 108;
    static final long SLIDE_CACHE_BYTES = 24L << 20;
    static final long THUMBNAIL_CACHE_BYTES = 8L << 20;
    static final long PREVIEW_CACHE_BYTES = 16L << 20;
    static final int SIZE_STEP = 256;
    private static final String THUMBNAIL = "thumbnail:";
    private static final String COVER = "cover:";
    private static final String PREVIEW = "preview:";

    private final PictureDecoder<Image> decoder;
    private final PictureRegions<Image> regions;
    private final DecodeQueue queue;
    private final Executor javafx;
    private final double slideWidth;
    private final double slideHeight;
    private final ImageCache<CompletableFuture<Image>> slides = new ImageCache<>(SLIDE_CACHE_BYTES);
    private final ImageCache<CompletableFuture<Image>> thumbnails = new ImageCache<>(THUMBNAIL_CACHE_BYTES);
    // the presenter view's pictures: kept apart, so the carousel's prefetching never drops them
    private final ImageCache<CompletableFuture<Image>> previews = new ImageCache<>(PREVIEW_CACHE_BYTES);
    // a broken picture is logged once, not at every decode of it (slide, thumbnail, larger size)
    private final Set<String> refusedLogged = new HashSet<>();
    // the picture last asked for to be on show, whatever size it was asked at: never dropped as passed
    private String onShowKey = "";
    // decodes that ran (one dropped before its turn never does)
    private final AtomicLong thumbnailsDecoded = new AtomicLong();
    // the size each picture in use was decoded to fit (written on the decode threads)
    private final Map<Image, Dimension2D> askedSizes = Collections.synchronizedMap(new WeakHashMap<>());
    // the thumbnails each user of them has on screen (see retainThumbnails)
    private final Map<Object, Set<String>> retained = new IdentityHashMap<>();

    /** @param javafx runs a decoded picture's delivery on the JavaFX thread ({@code Platform::runLater}) */
    public SlideImages(Content content, Executor javafx) {
        this(content, new DecodeBudget(PictureHeader.DECODE_BUDGET_BYTES), new DecodeBudget(FxPictureDecoder.NATIVE_BUDGET_BYTES),
                javafx);
    }

    // whole pictures and regions share the budgets: what decodes at once never adds up past them
    private SlideImages(Content content, DecodeBudget heap, DecodeBudget nativeMemory, Executor javafx) {
        this(new FxPictureDecoder(content.files(), heap, nativeMemory), new RegionDecoder(content.files(), heap, nativeMemory),
                new DecodeQueue(), javafx, largestScreen());
    }

    /** @param decodeBound the largest size, in pixels, a slide is ever shown at */
    SlideImages(PictureDecoder<Image> decoder, DecodeQueue queue, Executor javafx, Rectangle2D decodeBound) {
        this(decoder, NO_REGIONS, queue, javafx, decodeBound);
    }

    SlideImages(PictureDecoder<Image> decoder, PictureRegions<Image> regions, DecodeQueue queue, Executor javafx,
                Rectangle2D decodeBound) {
        this.decoder = decoder;
        this.regions = regions;
        this.queue = queue;
        this.javafx = javafx;
        this.slideWidth = decodeBound.getWidth();
        this.slideHeight = decodeBound.getHeight();
    }

    /** Without a screen (never in the app): a common one. */
    static final Rectangle2D NO_SCREEN = new Rectangle2D(0, 0, 1920, 1200);

    // the fitted picture is decoded for the largest screen's own pixels (a 4K screen presents it sharp);
    // a photo too large to decode that big is decoded smaller (DecodeCost) and the zoom fills in its detail
    private static Rectangle2D largestScreen() {
        return Screen.getScreens().stream()
                .map(screen -> new Rectangle2D(0, 0, screen.getBounds().getWidth() * screen.getOutputScaleX(),
                        screen.getBounds().getHeight() * screen.getOutputScaleY()))
                .max((a, b) -> Double.compare(a.getWidth() * a.getHeight(), b.getWidth() * b.getHeight()))
                .orElse(NO_SCREEN);
    }

    private static final PictureRegions<Image> NO_REGIONS = new PictureRegions<>() {
        @Override
        public Image decode(String path, RegionRequest request) throws PictureRefusedException {
            throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "no regions are decoded here");
        }

        @Override
        public long maxRegionBytes() {
            return 0;
        }
    };

    /**
     * A region of the slide's picture for the zoom on show, decoded before anything else waiting.
     * Not cached: the zoom holds the one on show; a region no longer wanted is cancelled by its asker.
     */
    public CompletableFuture<Image> region(Slide slide, RegionRequest request) {
        CompletableFuture<Image> region = new CompletableFuture<>();
        region.whenComplete((image, failure) -> {
            if (failure != null && !(failure instanceof CancellationException) && refusedLogged.add("region:" + slide.image())) {
                LOG.log(System.Logger.Level.WARNING, () -> slide.image() + ": zoomed region not decoded, the picture stays as fitted ("
                        + PictureRefusedException.of(failure).getMessage() + ")");
            }
        });
        queue.submit(DecodeQueue.Priority.ON_SHOW, region, javafx, () -> regions.decode(slide.image(), request));
        return region;
    }

    /** The most a decoded region may take. */
    public long maxRegionBytes() {
        return regions.maxRegionBytes();
    }

    @Override
    public CompletableFuture<Image> slide(Slide slide, double shownWidth, double shownHeight) {
        return slide(slide, shownWidth, shownHeight, DecodeQueue.Priority.ON_SHOW);
    }

    private CompletableFuture<Image> slide(Slide slide, double shownWidth, double shownHeight, DecodeQueue.Priority priority) {
        double width = decodeSize(shownWidth, slideWidth);
        double height = decodeSize(shownHeight, slideHeight);
        if (priority == DecodeQueue.Priority.ON_SHOW) {
            onShowKey = slideKey(slide, width, height);
        }
        return request(slides, slideKey(slide, width, height), slide.image(), width, height, priority, new AtomicLong());
    }

    private static String slideKey(Slide slide, double width, double height) {
        return slide.image() + "@" + (int) width + "x" + (int) height;
    }

    @Override
    public boolean tooSmall(Image image, double shownWidth, double shownHeight) {
        // a picture turned upright is an image made of its pixels, whose "requested" size is only its
        // size: its own size upright and the size it was asked for tell instead
        Optional<PictureInfo> own = info(image);
        Dimension2D asked = askedSizes.get(image);
        // a picture decoded at its own size (asked for no size) has no more pixels to give
        boolean ownSize = own.isPresent() ? image.getWidth() >= own.get().width() && image.getHeight() >= own.get().height()
                : image.getRequestedWidth() == 0 && image.getRequestedHeight() == 0;
        double askedWidth = asked == null ? image.getRequestedWidth() : asked.getWidth();
        double askedHeight = asked == null ? image.getRequestedHeight() : asked.getHeight();
        return !ownSize && (askedWidth < decodeSize(shownWidth, slideWidth) || askedHeight < decodeSize(shownHeight, slideHeight));
    }

    /**
     * What the decode of {@code picture} learned of it: its own size upright (as it shows at 100 %) and
     * how it is stored; empty for a picture these did not decode.
     */
    public Optional<PictureInfo> info(Image picture) {
        return decoder.info(picture);
    }

    private static double decodeSize(double shown, double screen) {
        return shown <= 0 ? screen : Math.min(screen, Math.ceil(shown / SIZE_STEP) * SIZE_STEP);
    }

    /**
     * Slide pictures for a view beside the carousel (the presenter's current and next slide), decoded
     * at that view's size as soon as the picture on show: cached apart from the carousel's, never
     * dropped by its prefetching, and never taken for the picture on show.
     */
    public PictureSource<Image> previews() {
        return new PictureSource<>() {
            @Override
            public CompletableFuture<Image> slide(Slide slide, double shownWidth, double shownHeight) {
                double width = decodeSize(shownWidth, slideWidth);
                double height = decodeSize(shownHeight, slideHeight);
                return request(previews, PREVIEW + slideKey(slide, width, height), slide.image(), width, height,
                        DecodeQueue.Priority.ON_SHOW, new AtomicLong());
            }

            @Override
            public boolean tooSmall(Image picture, double shownWidth, double shownHeight) {
                return SlideImages.this.tooSmall(picture, shownWidth, shownHeight);
            }
        };
    }

    /** A gallery's cover for its card in the story: a thumbnail no grid scrolls away. */
    public CompletableFuture<Image> cover(Slide cover) {
        return request(thumbnails, COVER + cover.image(), cover.image(), THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT,
                DecodeQueue.Priority.THUMBNAIL, new AtomicLong());
    }

    public CompletableFuture<Image> thumbnail(Slide slide) {
        return request(thumbnails, THUMBNAIL + slide.image(), slide.image(), THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT,
                DecodeQueue.Priority.THUMBNAIL, thumbnailsDecoded);
    }

    /**
     * The thumbnails {@code owner} (the grid, the filmstrip) has on screen now. Thumbnails on no
     * owner's screen whose decode has not started never will; one owner never drops what another shows.
     */
    void retainThumbnails(Object owner, Set<Slide> onScreen) {
        Set<String> shown = new HashSet<>();
        onScreen.forEach(slide -> shown.add(THUMBNAIL + slide.image()));
        retained.put(owner, shown);
        Set<String> keep = new HashSet<>();
        retained.values().forEach(keep::addAll);
        thumbnails.removeIf((key, picture) -> key.startsWith(THUMBNAIL) && !keep.contains(key) && picture.cancel(false));
    }

    /**
     * Starts decoding the neighbours of slide {@code index}, so stepping to them shows them at once,
     * and drops the decodes, not yet started, of slides the reader has passed.
     */
    public void prefetchAround(List<Slide> gallery, int index, double shownWidth, double shownHeight) {
        double width = decodeSize(shownWidth, slideWidth);
        double height = decodeSize(shownHeight, slideHeight);
        Set<String> wanted = new HashSet<>();
        for (int neighbour : new int[]{index, index + 1, index + 2, index - 1}) {
            if (neighbour >= 0 && neighbour < gallery.size()) {
                wanted.add(slideKey(gallery.get(neighbour), width, height));
            }
        }
        slides.removeIf((key, picture) -> !wanted.contains(key) && !key.equals(onShowKey) && picture.cancel(false));
        for (int neighbour : new int[]{index + 1, index + 2, index - 1}) {
            if (neighbour >= 0 && neighbour < gallery.size()) {
                slide(gallery.get(neighbour), shownWidth, shownHeight, DecodeQueue.Priority.AHEAD);
            }
        }
    }

    /** Stops decoding: what is queued is dropped (the window is closed). */
    public void close() {
        queue.shutdown();
        // the pictures go with the window, even while something of it is still referenced (a test's stage)
        for (ImageCache<CompletableFuture<Image>> cache : List.of(slides, thumbnails, previews)) {
            cache.removeIf((key, picture) -> true);
        }
    }

    /** Thumbnails decoded so far: the grid decodes only those it shows. */
    public long thumbnailDecodes() {
        return thumbnailsDecoded.get();
    }

    /** Bytes of decoded pixels held by both caches (at most: the size each was asked for). */
    public long cachedBytes() {
        return slides.usedBytes() + thumbnails.usedBytes() + previews.usedBytes();
    }

    private CompletableFuture<Image> request(ImageCache<CompletableFuture<Image>> cache, String key, String path, double width,
                                             double height, DecodeQueue.Priority priority, AtomicLong decoded) {
        CompletableFuture<Image> picture = cache.get(key, pixelBytes(width, height), k -> {
            CompletableFuture<Image> decoding = new CompletableFuture<>();
            decoding.whenComplete((image, failure) -> {
                if (failure instanceof CancellationException) {
                    return;
                }
                if (failure != null && refusedLogged.add(path)) {
                    LOG.log(System.Logger.Level.WARNING, () -> path + ": picture not shown ("
                            + PictureRefusedException.of(failure).getMessage() + ")");
                }
            });
            return decoding;
        });
        if (!picture.isDone()) {
            // a slide decoded ahead that is now on show is asked for again, sooner; the first to run decodes it
            queue.submit(priority, picture, javafx, () -> {
                decoded.incrementAndGet();
                Image image = decoder.decode(path, width, height);
                askedSizes.put(image, new Dimension2D(width, height));
                return image;
            });
        }
        return picture;
    }

    private static long pixelBytes(double width, double height) {
        return (long) Math.ceil(width) * (long) Math.ceil(height) * 4;
    }
}
