package org.storyslides.gallery;

/**
 * What decoding a picture to fit an area will take, from its header alone: the size to ask JavaFX for
 * (a picture smaller than the area at its own size, never enlarged), the heap and the native memory
 * the decode holds while it runs, and whether an animation that does not fit is shown still, at its
 * first frame. A JPEG that would not fit the heap at the size asked (a 24-megapixel photo fitted to
 * a 4K screen: libjpeg decodes it whole, 72 MB) is decoded to fit half that size, or a quarter, where
 * libjpeg's scaling makes it fit (the zoom's sharp region fills in the detail); a picture over
 * either budget even so is refused as too large.
 *
 * @param ownSize         decode at the picture's own size (the view scales it)
 * @param width           the width to ask JavaFX to fit (the picture's own when {@code ownSize})
 * @param height          the height to ask JavaFX to fit
 * @param heapBytes       the heap JavaFX's decoder fills, and the copy turned upright if it is
 * @param nativeBytes     the native memory libjpeg takes (a progressive JPEG's coefficients)
 * @param firstFrameOnly  an animated GIF shown still
 */
record DecodeCost(boolean ownSize, double width, double height, long heapBytes, long nativeBytes, boolean firstFrameOnly) {

    /** The smallest a JPEG is shrunk to, to fit the heap: below it, it is refused as too large. */
    static final double LEAST_SHRUNK_SIDE = 960;

    /** A picture shown as it is stored: see {@link #of(PictureHeader, double, double, int, long, long, boolean)}. */
    static DecodeCost of(PictureHeader header, double width, double height, int frames, long heapBudget, long nativeBudget)
            throws PictureRefusedException {
        return of(header, width, height, frames, heapBudget, nativeBudget, false);
    }

    /**
     * @param width   the width to fit, in the picture's stored pixels (a picture shown a quarter turned
     *                fits the shown height here)
     * @param frames  the GIF's frames (1 for other formats)
     * @param turned  whether the decoded pixels are then turned upright ({@link PictureOrientation}):
     *                that takes one more copy of the decoded size (its pixels are read out while the
     *                decoded picture is held, then turned into a new array), so the heap is the
     *                decode's and that copy's: the most held at once, whichever step it is at
     * @throws PictureRefusedException when the decode would not fit the budgets, even at one frame
     */
    static DecodeCost of(PictureHeader header, double width, double height, int frames, long heapBudget, long nativeBudget,
                         boolean turned) throws PictureRefusedException {
        boolean ownSize = header.width() <= width && header.height() <= height;
        double decodeWidth = ownSize ? header.width() : width;
        double decodeHeight = ownSize ? header.height() : height;
        long heapBytes = heapBytes(header, decodeWidth, decodeHeight, frames, turned);
        while (heapBytes > heapBudget && header.format() == PictureHeader.Format.JPEG && !ownSize
                && Math.min(decodeWidth, decodeHeight) / 2 >= LEAST_SHRUNK_SIDE) {
            decodeWidth /= 2;
            decodeHeight /= 2;
            heapBytes = heapBytes(header, decodeWidth, decodeHeight, frames, turned);
        }
        // JavaFX keeps every frame of a GIF: an animation that does not fit is shown at its first
        boolean firstFrameOnly = frames > 1 && heapBytes > heapBudget;
        if (firstFrameOnly) {
            heapBytes = heapBytes(header, decodeWidth, decodeHeight, 1, turned);
        }
        if (heapBytes > heapBudget) {
            throw tooLarge(header, heapBytes, heapBudget);
        }
        long nativeBytes = header.nativeDecodeBytes();
        if (nativeBytes > nativeBudget) {
            throw tooLarge(header, nativeBytes, nativeBudget);
        }
        return new DecodeCost(ownSize, decodeWidth, decodeHeight, heapBytes, nativeBytes, firstFrameOnly);
    }

    private static long heapBytes(PictureHeader header, double width, double height, int frames, boolean turned) {
        long bytes = header.heapDecodeBytes(width, height, frames);
        if (turned) {
            // the decoded picture, its pixels read out, then those turned: one scaled copy more than the decode's
            bytes += header.heapDecodeBytes(width, height, 2) - header.heapDecodeBytes(width, height, 1);
        }
        return bytes;
    }

    private static PictureRefusedException tooLarge(PictureHeader header, long needed, long budgetBytes) {
        return new PictureRefusedException(PictureRefusedException.Reason.TOO_LARGE, String.format(
                "a %d x %d %s would take %d MB to decode, over the %d MB allowed", header.width(), header.height(),
                header.format(), needed >> 20, budgetBytes >> 20), header.width(), header.height());
    }
}
