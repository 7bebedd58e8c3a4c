package org.storyslides.tools;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Sets a text as large as it fits in a box. The size is searched by measuring the wrapped lines
 * with TextLayout; then the measure is narrowed as far as it goes without adding a line, so the
 * lines come out even and no word is left alone on the last one.
 */
final class TextFit {

    /** The set lines, ready to draw from the top of the box. */
    record Block(float size, List<TextLayout> lines, float height, float gap) {

        /** Draws the lines left-aligned at x, the first line's ascent starting at top. */
        void draw(Graphics2D g, float x, float top) {
            float y = top;
            for (TextLayout line : lines) {
                y += line.getAscent();
                line.draw(g, x, y);
                y += line.getDescent() + line.getLeading() + gap;
            }
        }
    }

    private TextFit() {
    }

    /**
     * @param face    the font at a given size
     * @param leading line spacing as a multiple of the size (1 = the font's own)
     */
    static Block fit(FontRenderContext frc, String text, Function<Float, Font> face,
                     float width, float height, float minSize, float maxSize, float leading) {
        float size = maxSize;
        if (!fits(wrap(frc, text, face, size, width, leading), height)) {
            float low = minSize;
            float high = maxSize;
            while (high - low > 0.25f) {
                float mid = (low + high) / 2;
                if (fits(wrap(frc, text, face, mid, width, leading), height)) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            size = low;
        }
        Block widest = wrap(frc, text, face, size, width, leading);
        if (widest == null) {
            throw new IllegalStateException("cannot set '" + text + "' in a " + width + " px measure");
        }
        float narrow = width * 0.4f;
        float wide = width;
        while (wide - narrow > 2) {
            float mid = (narrow + wide) / 2;
            Block candidate = wrap(frc, text, face, size, mid, leading);
            if (fits(candidate, height) && candidate.lines().size() == widest.lines().size()) {
                wide = mid;
            } else {
                narrow = mid;
            }
        }
        return wrap(frc, text, face, size, wide, leading);
    }

    private static boolean fits(Block block, float height) {
        return block != null && block.height() <= height;
    }

    /**
     * Greedy wrap at spaces only. (LineBreakMeasurer's break rules would split a word after an
     * apostrophe and "a--holes" at its dashes.) Null if one word alone is too wide.
     */
    private static Block wrap(FontRenderContext frc, String text, Function<Float, Font> face,
                              float size, float width, float leading) {
        Font font = face.apply(size);
        List<TextLayout> lines = new ArrayList<>();
        String line = null;
        for (String word : text.split(" ")) {
            String longer = line == null ? word : line + " " + word;
            if (new TextLayout(longer, font, frc).getAdvance() <= width) {
                line = longer;
            } else if (line == null) {
                return null;
            } else {
                lines.add(new TextLayout(line, font, frc));
                line = word;
            }
        }
        TextLayout last = new TextLayout(line, font, frc);
        if (last.getAdvance() > width) {
            return null;
        }
        lines.add(last);
        float gap = size * (leading - 1);
        float height = -(last.getLeading() + gap);
        for (TextLayout layout : lines) {
            height += layout.getAscent() + layout.getDescent() + layout.getLeading() + gap;
        }
        return new Block(size, lines, height, gap);
    }
}
