package org.storyslides.tools;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The system shared by every stand-in image: canvas, margins, type faces, colour arithmetic and
 * the finishing touches (vignette, grain). Both galleries draw through it so they read as one set.
 */
final class Design {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    /** Left/right margin; labels and text blocks of both galleries hang from it. */
    static final float MARGIN = 120;
    /** Baseline of the top labels ("07 / 13", "STAND-IN IMAGE"). */
    static final float TOP_LINE = 118;
    /** Baseline of the lowest line of text on every card. */
    static final float BOTTOM_LINE = 800;

    static final Color IVORY = new Color(0xF4EFE6);

    private static final Set<String> FAMILIES =
            Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());

    private Design() {
    }

    // Fonts: the first installed family wins. DejaVu ships almost everywhere and the logical
    // fonts always exist, so the generator still runs where the nicer faces are missing.

    /** Text serif (EB Garamond, Debian package fonts-ebgaramond). */
    static Font serif(float size) {
        return font(size, new Face("EB Garamond 12", Font.PLAIN), new Face("DejaVu Serif", Font.PLAIN),
                new Face(Font.SERIF, Font.PLAIN));
    }

    static Font serifItalic(float size) {
        return font(size, new Face("EB Garamond 12", Font.ITALIC), new Face("DejaVu Serif", Font.ITALIC),
                new Face(Font.SERIF, Font.ITALIC));
    }

    /** Condensed poster capitals for the military subjects (Bebas Neue, fonts-bebas-neue). */
    static Font poster(float size) {
        return font(size, new Face("Bebas Neue Bold", Font.PLAIN), new Face("DejaVu Sans Condensed", Font.BOLD),
                new Face(Font.SANS_SERIF, Font.BOLD));
    }

    /** Small tracked capitals for labels (Inter Semi Bold, fonts-inter). */
    static Font label(float size) {
        return tracked(font(size, new Face("Inter Semi Bold", Font.PLAIN), new Face("DejaVu Sans", Font.BOLD),
                new Face(Font.SANS_SERIF, Font.BOLD)), 0.2f);
    }

    private record Face(String family, int style) {
    }

    private static Font font(float size, Face... faces) {
        for (Face face : faces) {
            if (FAMILIES.contains(face.family()) || face == faces[faces.length - 1]) {
                Font font = new Font(face.family(), face.style(), 1).deriveFont(size);
                return font.deriveFont(Map.of(
                        TextAttribute.KERNING, TextAttribute.KERNING_ON,
                        TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
            }
        }
        throw new IllegalStateException("no font candidates");
    }

    /** Letter-spacing in ems: capitals set small need air to stay legible. */
    static Font tracked(Font font, float tracking) {
        return font.deriveFont(Map.of(TextAttribute.TRACKING, tracking));
    }

    // Canvas

    static BufferedImage canvas() {
        return new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        return g;
    }

    // Text

    static TextLayout layout(Graphics2D g, String text, Font font) {
        return new TextLayout(text, font, g.getFontRenderContext());
    }

    /** Draws one line with its left edge at x; returns the advance. */
    static float text(Graphics2D g, String text, Font font, Color color, float x, float baseline) {
        TextLayout layout = layout(g, text, font);
        g.setColor(color);
        layout.draw(g, x, baseline);
        return layout.getAdvance();
    }

    /** Draws one line ending at x, measured on its visible ink so tracking leaves no ragged edge. */
    static void textRight(Graphics2D g, String text, Font font, Color color, float x, float baseline) {
        TextLayout layout = layout(g, text, font);
        Rectangle2D ink = layout.getBounds();
        g.setColor(color);
        layout.draw(g, (float) (x - ink.getMaxX()), baseline);
    }

    // Colour

    static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color alpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    // Finish

    /** Darkens the corners so the eye settles on the middle of the card. */
    static void vignette(Graphics2D g, double strength) {
        Point2D centre = new Point2D.Float(WIDTH / 2f, HEIGHT / 2f);
        // Drawn as a circle stretched to the canvas' 16:9 so all four corners fall off alike.
        AffineTransform stretch = new AffineTransform();
        stretch.translate(centre.getX(), centre.getY());
        stretch.scale(1, (double) HEIGHT / WIDTH);
        stretch.translate(-centre.getX(), -centre.getY());
        g.setPaint(new RadialGradientPaint(centre, WIDTH * 0.62f, centre, new float[] {0f, 0.55f, 1f},
                new Color[] {alpha(Color.BLACK, 0), alpha(Color.BLACK, strength * 0.25), alpha(Color.BLACK, strength)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB, stretch));
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }

    /**
     * A faint, fixed-seed film grain: it breaks the banding that smooth dark gradients show in
     * 8-bit JPEG and gives the flat shapes a printed feel. Same seed, same pixels, every run.
     */
    static void grain(Graphics2D g, double strength) {
        BufferedImage tile = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(1600900L);
        for (int y = 0; y < tile.getHeight(); y++) {
            for (int x = 0; x < tile.getWidth(); x++) {
                int grey = random.nextBoolean() ? 255 : 0;
                int alpha = (int) (random.nextDouble() * 255 * strength);
                tile.setRGB(x, y, alpha << 24 | grey << 16 | grey << 8 | grey);
            }
        }
        g.setComposite(AlphaComposite.SrcOver);
        g.setPaint(new TexturePaint(tile, new Rectangle(0, 0, tile.getWidth(), tile.getHeight())));
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }
}
