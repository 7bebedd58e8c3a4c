package org.storyslides.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import static org.storyslides.tools.Design.HEIGHT;
import static org.storyslides.tools.Design.IVORY;
import static org.storyslides.tools.Design.MARGIN;
import static org.storyslides.tools.Design.WIDTH;
import static org.storyslides.tools.Design.alpha;
import static org.storyslides.tools.Design.mix;

/**
 * A typographic card for one Mattis quote: the words set as large as they fit in a serif, a
 * hanging quotation mark, the attribution and a "07 / 13" marker on a deep navy ground. Each card
 * gets its own accent colour and background motif so a grid of thumbnails is not 13 twins.
 */
final class QuoteCard {

    /** The text block; the decorative quotation mark hangs between the margin and it. */
    static final float TEXT_LEFT = 280;
    static final float TEXT_TOP = 190;
    private static final float TEXT_BOTTOM = 710;
    private static final float TEXT_WIDTH = WIDTH - MARGIN - TEXT_LEFT;
    private static final float MAX_SIZE = 168;
    private static final float LEADING = 1.2f;

    static final Color NAVY = new Color(0x102042);
    static final Color CHARCOAL = new Color(0x13161D);

    /** One accent per quote, muted enough to sit calmly on navy, far enough apart to tell apart small. */
    static final Color[] ACCENTS = {
        new Color(0xD9A441), new Color(0xE07A5F), new Color(0x5FB3A8), new Color(0x7FA7D9),
        new Color(0xD48BA0), new Color(0xA3C17E), new Color(0xE8B04B), new Color(0x9D92D6),
        new Color(0xD65F57), new Color(0x62C0DB), new Color(0xC99A66), new Color(0x84CCA6),
        new Color(0xE3C56B),
    };

    private QuoteCard() {
    }

    static BufferedImage draw(String headline, int number, int count) {
        Color accent = ACCENTS[(number - 1) % ACCENTS.length];
        BufferedImage image = Design.canvas();
        Graphics2D g = Design.graphics(image);
        ground(g, accent, number);

        Design.text(g, String.format("%02d / %02d", number, count), Design.label(19), alpha(IVORY, 0.62),
                MARGIN, Design.TOP_LINE);

        TextFit.Block block = TextFit.fit(g.getFontRenderContext(), quoteText(headline), Design::serif,
                TEXT_WIDTH, TEXT_BOTTOM - TEXT_TOP, 24, MAX_SIZE, LEADING);
        float top = TEXT_TOP + (TEXT_BOTTOM - TEXT_TOP - block.height()) * 0.45f;
        quotationMark(g, accent, MARGIN, top + block.lines().get(0).getAscent() * 0.22f);
        g.setColor(IVORY);
        block.draw(g, TEXT_LEFT, top);

        attribution(g, accent);
        g.dispose();
        return image;
    }

    /** The quote as printed, without its enclosing quotes (the hanging mark stands for them). */
    static String quoteText(String headline) {
        String text = headline.strip();
        if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** The card's ground: navy gradient, accent glow, motif, vignette and grain. Shared with the cover. */
    static void ground(Graphics2D g, Color accent, int motif) {
        background(g, accent);
        motif(g, motif, accent);
        Design.vignette(g, 0.45);
        Design.grain(g, 0.025);
    }

    private static void background(Graphics2D g, Color accent) {
        Color top = mix(NAVY, accent, 0.10);
        g.setPaint(new LinearGradientPaint(0, 0, WIDTH, HEIGHT, new float[] {0f, 1f}, new Color[] {top, CHARCOAL}));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        // A soft pool of the accent behind the quotation mark: the card's light source.
        g.setPaint(new RadialGradientPaint(MARGIN + 80, TEXT_TOP + 40, 900, new float[] {0f, 1f},
                new Color[] {alpha(accent, 0.16), alpha(accent, 0)}));
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }

    /** A faint geometric figure on the right, cycling through four kinds, in the card's accent. */
    private static void motif(Graphics2D g, int number, Color accent) {
        g.setColor(alpha(accent, 0.10));
        switch (number % 4) {
            case 1 -> {
                // Concentric rings rising from the lower right corner.
                g.setStroke(new BasicStroke(1.6f));
                for (int r = 120; r < 1100; r += 64) {
                    g.draw(new Ellipse2D.Float(WIDTH - 150 - r, HEIGHT - 80 - r, 2 * r, 2 * r));
                }
            }
            case 2 -> {
                // Diagonal hatching that fades in across the right half.
                g.setPaint(new LinearGradientPaint(700, 0, 1500, 0, new float[] {0f, 1f},
                        new Color[] {alpha(accent, 0), alpha(accent, 0.12)}));
                g.setStroke(new BasicStroke(1.4f));
                for (int x = 700; x < WIDTH + HEIGHT; x += 26) {
                    g.draw(new Line2D.Float(x, 0, x - HEIGHT, HEIGHT));
                }
            }
            case 3 -> {
                // A dot grid that fades in towards the right edge.
                for (int x = 1000; x < WIDTH; x += 28) {
                    float fade = (x - 1000) / (float) (WIDTH - 1000);
                    g.setColor(alpha(accent, 0.03 + 0.13 * fade));
                    for (int y = 40; y < HEIGHT; y += 28) {
                        g.fill(new Ellipse2D.Float(x - 2.2f, y - 2.2f, 4.4f, 4.4f));
                    }
                }
            }
            default -> {
                // One large disc breaking out of the top right corner, with a thin orbit.
                g.fill(new Ellipse2D.Float(WIDTH - 520, -380, 900, 900));
                g.setColor(alpha(accent, 0.16));
                g.setStroke(new BasicStroke(1.6f));
                g.draw(new Ellipse2D.Float(WIDTH - 640, -500, 1140, 1140));
            }
        }
    }

    /** The large opening mark, its ink starting at x and its top level with the first line's. */
    static void quotationMark(Graphics2D g, Color accent, float x, float firstLineTop) {
        TextLayout mark = Design.layout(g, "\u201C", Design.serif(360));
        Rectangle2D ink = mark.getBounds();
        g.setColor(accent);
        mark.draw(g, (float) (x - ink.getMinX()), (float) (firstLineTop - ink.getMinY()));
    }

    private static void attribution(Graphics2D g, Color accent) {
        float baseline = Design.BOTTOM_LINE;
        g.setColor(accent);
        g.fill(new Rectangle2D.Float(TEXT_LEFT, baseline - 8, 44, 2.5f));
        Design.text(g, "JAMES MATTIS", Design.label(21), IVORY, TEXT_LEFT + 64, baseline);
    }
}
