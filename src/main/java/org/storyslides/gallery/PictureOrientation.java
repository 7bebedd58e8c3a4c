package org.storyslides.gallery;

/**
 * The eight EXIF orientations: how the stored pixels are turned to show the picture upright. A camera
 * held upright or sideways stores its pixels the same way round and says in its EXIF Orientation tag
 * (values 1 to 8, in this order) how to show them; JavaFX's decoder ignores the tag, so the app turns
 * the pixels itself. The last four swap the sides: a picture stored 4000 x 3000 shows 3000 x 4000.
 */
public enum PictureOrientation {
    /** 1: stored as shown. */
    NORMAL,
    /** 2: mirrored left to right. */
    MIRROR_HORIZONTAL,
    /** 3: turned half a turn. */
    ROTATE_180,
    /** 4: mirrored top to bottom. */
    MIRROR_VERTICAL,
    /** 5: mirrored across the diagonal from the top left: stored rows show as columns. */
    TRANSPOSE,
    /** 6: turned a quarter turn clockwise to show (the camera was turned the other way): the stored left column shows at the top. */
    ROTATE_90_CW,
    /** 7: mirrored across the diagonal from the top right. */
    TRANSVERSE,
    /** 8: turned three quarters clockwise (a quarter anticlockwise) to show: the stored left column shows at the bottom. */
    ROTATE_270_CW;

    private static final PictureOrientation[] BY_EXIF = values();

    /** The orientation of EXIF value {@code value} (1 to 8); any other value, which no camera writes, is {@link #NORMAL}. */
    public static PictureOrientation ofExif(int value) {
        return value >= 1 && value <= BY_EXIF.length ? BY_EXIF[value - 1] : NORMAL;
    }

    /** The EXIF Orientation value, 1 to 8. */
    public int exifValue() {
        return ordinal() + 1;
    }

    /** Whether the picture shows with its width and height swapped (5 to 8). */
    public boolean swapsSides() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /** The width the picture shows at, upright, when it is stored {@code storedWidth} x {@code storedHeight}. */
    public int shownWidth(int storedWidth, int storedHeight) {
        return swapsSides() ? storedHeight : storedWidth;
    }

    /** The height the picture shows at, upright, when it is stored {@code storedWidth} x {@code storedHeight}. */
    public int shownHeight(int storedWidth, int storedHeight) {
        return swapsSides() ? storedWidth : storedHeight;
    }

    /**
     * The stored pixels that show as {@code shown} (a rectangle of the upright picture): cropping the
     * stored pixels at the result and turning the crop upright gives the upright picture cropped at
     * {@code shown}. It is not checked against the picture's bounds.
     */
    public PixelRect storedRegion(PixelRect shown, int storedWidth, int storedHeight) {
        int x = shown.x();
        int y = shown.y();
        int w = shown.width();
        int h = shown.height();
        return switch (this) {
            case NORMAL -> shown;
            case MIRROR_HORIZONTAL -> new PixelRect(storedWidth - x - w, y, w, h);
            case ROTATE_180 -> new PixelRect(storedWidth - x - w, storedHeight - y - h, w, h);
            case MIRROR_VERTICAL -> new PixelRect(x, storedHeight - y - h, w, h);
            case TRANSPOSE -> new PixelRect(y, x, h, w);
            case ROTATE_90_CW -> new PixelRect(y, storedHeight - x - w, h, w);
            case TRANSVERSE -> new PixelRect(storedWidth - y - h, storedHeight - x - w, h, w);
            case ROTATE_270_CW -> new PixelRect(storedWidth - y - h, x, h, w);
        };
    }

    /**
     * Turns stored pixels upright: {@code stored} holds {@code width} x {@code height} pixels row by
     * row; the result holds {@link #shownWidth} x {@link #shownHeight} of them row by row. A new array
     * but for {@link #NORMAL}, which returns {@code stored} itself.
     *
     * @throws IllegalArgumentException when {@code stored} does not hold {@code width} x {@code height} pixels
     */
    public int[] upright(int[] stored, int width, int height) {
        if (width < 0 || height < 0 || stored.length != (long) width * height) {
            throw new IllegalArgumentException(stored.length + " pixels are not " + width + " x " + height);
        }
        if (this == NORMAL) {
            return stored;
        }
        int[] shown = new int[stored.length];
        int shownWidth = shownWidth(width, height);
        int shownHeight = shownHeight(width, height);
        // where the stored pixel shown at (x, y) is: first + x * alongRow + y * downColumn, as the
        // stored column and row are each x or y, or their mirror
        int first = storedIndex(0, 0, width, height);
        int alongRow = storedIndex(1, 0, width, height) - first;
        int downColumn = storedIndex(0, 1, width, height) - first;
        int i = 0;
        for (int y = 0; y < shownHeight; y++) {
            int at = first + y * downColumn;
            for (int x = 0; x < shownWidth; x++) {
                shown[i++] = stored[at];
                at += alongRow;
            }
        }
        return shown;
    }

    private int storedIndex(int x, int y, int width, int height) {
        return storedRow(x, y, height) * width + storedColumn(x, y, width);
    }

    // the stored column and row of the pixel shown at (x, y)
    private int storedColumn(int x, int y, int width) {
        return switch (this) {
            case NORMAL, MIRROR_VERTICAL -> x;
            case MIRROR_HORIZONTAL, ROTATE_180 -> width - 1 - x;
            case TRANSPOSE, ROTATE_90_CW -> y;
            case TRANSVERSE, ROTATE_270_CW -> width - 1 - y;
        };
    }

    private int storedRow(int x, int y, int height) {
        return switch (this) {
            case NORMAL, MIRROR_HORIZONTAL -> y;
            case ROTATE_180, MIRROR_VERTICAL -> height - 1 - y;
            case TRANSPOSE, ROTATE_270_CW -> x;
            case ROTATE_90_CW, TRANSVERSE -> height - 1 - x;
        };
    }
}
