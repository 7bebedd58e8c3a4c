package org.storyslides.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The app's icon: a slide on the app's dark photo stage, a fanned stack of slides behind it, a red
 * sun in the picture and the carousel's page dots beneath. Drawn as vectors on a 512-unit grid and
 * rendered at each size (never scaled from a bitmap); below 48 px the stack and the dots would be
 * mush, so the small sizes keep only the square, the slide and its picture, with heavier lines.
 * Colours are the stylesheet's (slideshow.css): -stage, -stage-panel, -paper, -accent.
 */
final class AppIcon {

    static final Color STAGE = new Color(0x0d0f12);
    static final Color STAGE_PANEL = new Color(0x1f242b);
    static final Color PAPER = new Color(0xfaf8f3);
    static final Color ACCENT = new Color(0xc8412f);
    static final Color MUTED = new Color(0x9aa2ad);

    private static final double GRID = 512;
    /** At this size and above the icon has its full detail. */
    private static final int FULL_DETAIL = 48;

    private AppIcon() {
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = Design.graphics(image);
        g.scale(size / GRID, size / GRID);
        boolean full = size >= FULL_DETAIL;
        background(g, full);
        if (full) {
            stack(g);
            slide(g, onPixels(size, 88, 148, 424, 370), onPixels(size, 14, 1));
            dots(g, 422);
        } else {
            // bigger in the square, with a thicker mount, so it still reads at 16 px
            slide(g, onPixels(size, 64, 128, 448, 384), onPixels(size, 32, 1));
        }
        g.dispose();
        return image;
    }

    /** A rectangle given in grid units, its edges moved to the nearest pixel edge: crisp mount lines at small sizes. */
    private static Rectangle2D onPixels(int size, double x0, double y0, double x1, double y1) {
        double left = onPixels(size, x0, 0);
        double top = onPixels(size, y0, 0);
        return new Rectangle2D.Double(left, top, onPixels(size, x1, 0) - left, onPixels(size, y1, 0) - top);
    }

    /** A length in grid units rounded to whole pixels at this size, and at least {@code minPixels}. */
    private static double onPixels(int size, double units, int minPixels) {
        return Math.max(minPixels, Math.round(units * size / GRID)) * GRID / size;
    }

    /** The rounded square: a 6 % margin all round, like the icons it sits beside in a menu. */
    private static void background(Graphics2D g, boolean full) {
        RoundRectangle2D square = new RoundRectangle2D.Double(16, 16, 480, 480, 112, 112);
        g.setPaint(new GradientPaint(0, 16, STAGE_PANEL, 0, 496, STAGE));
        g.fill(square);
        if (full) {
            // a faint lit top edge lifts the square off a dark panel
            g.setStroke(new BasicStroke(4));
            g.setPaint(new GradientPaint(0, 16, Design.alpha(Color.WHITE, 0.16), 0, 140, Design.alpha(Color.WHITE, 0)));
            g.draw(new RoundRectangle2D.Double(18, 18, 476, 476, 110, 110));
        }
    }

    /** Two slides fanned out behind the front one: "a gallery", not a single picture. */
    private static void stack(Graphics2D g) {
        card(g, -10, new Color(0x3a414b));
        card(g, 7, new Color(0x5d646d));
    }

    private static void card(Graphics2D g, double degrees, Color fill) {
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(degrees), 256, 250);
        Shape card = new RoundRectangle2D.Double(106, 138, 300, 200, 16, 16);
        g.setColor(fill);
        g.fill(card);
        g.setTransform(saved);
    }

    /** The front slide: a paper mount around a dusk landscape with a red sun. */
    private static void slide(Graphics2D g, Rectangle2D frame, double mount) {
        shadow(g, frame);
        g.setColor(PAPER);
        g.fill(new RoundRectangle2D.Double(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight(), 12, 12));
        Rectangle2D picture = new Rectangle2D.Double(frame.getX() + mount, frame.getY() + mount,
                frame.getWidth() - 2 * mount, frame.getHeight() - 2 * mount);
        Shape clip = g.getClip();
        g.clip(picture);
        landscape(g, picture);
        g.setClip(clip);
    }

    /** A soft shadow under the slide, from a few widening translucent outlines (no blur, so no edge effects). */
    private static void shadow(Graphics2D g, Rectangle2D frame) {
        for (int i = 6; i >= 1; i--) {
            double grow = i * 3;
            g.setColor(Design.alpha(Color.BLACK, 0.07));
            g.fill(new RoundRectangle2D.Double(frame.getX() - grow, frame.getY() - grow + 8, frame.getWidth() + 2 * grow,
                    frame.getHeight() + 2 * grow, 12 + grow * 2, 12 + grow * 2));
        }
    }

    private static void landscape(Graphics2D g, Rectangle2D p) {
        double x = p.getX();
        double y = p.getY();
        double w = p.getWidth();
        double h = p.getHeight();
        // dusk sky: the stage's blue-grey at the top warming towards the horizon
        g.setPaint(new GradientPaint(0, (float) y, new Color(0x232a34), 0, (float) (y + h * 0.75), new Color(0x7a4a40)));
        g.fill(p);
        g.setColor(ACCENT);
        double r = h * 0.2;
        g.fill(new Ellipse2D.Double(x + w * 0.66 - r, y + h * 0.42 - r, 2 * r, 2 * r));
        g.setColor(new Color(0x3a414b));
        g.fill(ridge(x, y, w, h, new double[][] {{0, 0.72}, {0.22, 0.48}, {0.42, 0.66}, {0.62, 0.52}, {0.86, 0.70}, {1, 0.60}}));
        g.setColor(STAGE);
        g.fill(ridge(x, y, w, h, new double[][] {{0, 0.86}, {0.18, 0.70}, {0.36, 0.80}, {0.58, 0.62}, {0.80, 0.84}, {1, 0.76}}));
    }

    /** A mountain range: the points as fractions of the picture, closed along its bottom edge. */
    private static Path2D ridge(double x, double y, double w, double h, double[][] points) {
        Path2D path = new Path2D.Double();
        path.moveTo(x, y + h);
        for (double[] point : points) {
            path.lineTo(x + point[0] * w, y + point[1] * h);
        }
        path.lineTo(x + w, y + h);
        path.closePath();
        return path;
    }

    /** The carousel's page dots, the current one in the accent. */
    private static void dots(Graphics2D g, double centreY) {
        double r = 11;
        for (int i = -1; i <= 1; i++) {
            g.setColor(i == 0 ? ACCENT : MUTED);
            g.fill(new Ellipse2D.Double(256 + i * 42 - r, centreY - r, 2 * r, 2 * r));
        }
    }
}
