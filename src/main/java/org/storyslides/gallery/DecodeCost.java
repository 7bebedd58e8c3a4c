package org.storyslides.gallery;

/**
 * What decoding a picture to fit an area will take, from its header alone: the size to ask JavaFX for
 * (a picture smaller than the area at its own size, never enlarged), the heap and the native memory
 * the decode holds while it runs, and whether an animation that does not fit is shown still, at its
 * first frame. A picture over either budget is refused as too large.
 *
 * @param ownSize         decode at the picture's own size (the view scales it)
 * @param heapBytes       the heap JavaFX's decoder fills, and the copy turned upright if it is
 * @param nativeBytes     the native memory libjpeg takes (a progressive JPEG's coefficients)
 * @param firstFrameOnly  an animated GIF shown still
 */
record DecodeCost(boolean ownSize, long heapBytes, long nativeBytes, boolean firstFrameOnly) {

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
        long heapBytes = header.heapDecodeBytes(decodeWidth, decodeHeight, frames);
        // JavaFX keeps every frame of a GIF: an animation that does not fit is shown at its first
        boolean firstFrameOnly = frames > 1 && heapBytes > heapBudget;
        if (firstFrameOnly) {
            heapBytes = header.heapDecodeBytes(decodeWidth, decodeHeight, 1);
        }
        if (turned) {
            // the decoded picture, its pixels read out, then those turned: one scaled copy more than the decode's
            heapBytes += header.heapDecodeBytes(decodeWidth, decodeHeight, 2) - header.heapDecodeBytes(decodeWidth, decodeHeight, 1);
        }
        if (heapBytes > heapBudget) {
            throw tooLarge(header, heapBytes, heapBudget);
        }
        long nativeBytes = header.nativeDecodeBytes();
        if (nativeBytes > nativeBudget) {
            throw tooLarge(header, nativeBytes, nativeBudget);
        }
        return new DecodeCost(ownSize, heapBytes, nativeBytes, firstFrameOnly);
    }

    private static PictureRefusedException tooLarge(PictureHeader header, long needed, long budgetBytes) {
        return new PictureRefusedException(PictureRefusedException.Reason.TOO_LARGE, String.format(
                "a %d x %d %s would take %d MB to decode, over the %d MB allowed", header.width(), header.height(),
                header.format(), needed >> 20, budgetBytes >> 20), header.width(), header.height());
    }
}
