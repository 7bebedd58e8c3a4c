package org.storyslides.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

import static org.storyslides.tools.Design.HEIGHT;
import static org.storyslides.tools.Design.IVORY;
import static org.storyslides.tools.Design.WIDTH;
import static org.storyslides.tools.Design.alpha;
import static org.storyslides.tools.Design.mix;

/**
 * A stand-in for the photo of one Mattis quote slide: a flat, featureless portrait of a speaker
 * (not a likeness) in one of four press settings, rim-lit in the card's accent and marked
 * STAND-IN IMAGE. The quote is not drawn: it is the slide's caption, as on the page, and a
 * picture that repeated it would say it twice on one screen.
 */
final class QuotePortrait {

    static final Color NAVY = new Color(0x102042);
    static final Color CHARCOAL = new Color(0x13161D);

    /** One accent per quote, muted enough to sit calmly on navy, far enough apart to tell apart small. */
    static final Color[] ACCENTS = {
        new Color(0xD9A441), new Color(0xE07A5F), new Color(0x5FB3A8), new Color(0x7FA7D9),
        new Color(0xD48BA0), new Color(0xA3C17E), new Color(0xE8B04B), new Color(0x9D92D6),
        new Color(0xD65F57), new Color(0x62C0DB), new Color(0xC99A66), new Color(0x84CCA6),
        new Color(0xE3C56B),
    };

    /** Where the speaker is: each has its own backdrop and foreground, so a grid is not 13 twins. */
    enum Setting { PODIUM, HEARING, FLAGS, FIELD }

    private QuotePortrait() {
    }

    /** The picture of the quote slide at {@code index} (1 is the first quote; 0 is the cover). */
    static BufferedImage draw(int index) {
        int quote = index - 1;
        Color accent = ACCENTS[quote % ACCENTS.length];
        Setting setting = Setting.values()[quote % Setting.values().length];
        // framing varies on other periods than the setting, so no two cards share all three
        boolean onLeft = (quote / Setting.values().length) % 2 == 1;
        boolean close = (quote / 2) % 2 == 0;
        float head = close ? 250 : 190;
        float cx = WIDTH * (onLeft ? 0.36f : 0.64f);
        float cy = close ? 330 : 385;

        BufferedImage image = Design.canvas();
        Graphics2D g = Design.graphics(image);
        Color ink = backdrop(g, setting, accent, cx, cy, head, onLeft, quote);
        Bust bust = new Bust(cx, cy, head, setting == Setting.FIELD);
        bust.paint(g, ink, accent, onLeft);
        foreground(g, setting, accent, ink, cx, cy, head);
        finish(g, ink);
        g.dispose();
        return image;
    }

    /** The gallery's cover: the thirteen speakers in a row, each in its card's accent; no title (the window shows it). */
    static BufferedImage cover(int quotes) {
        BufferedImage image = Design.canvas();
        Graphics2D g = Design.graphics(image);
        Color ink = curtain(g, ACCENTS[0], WIDTH / 2f, 360, 300);
        float head = 78;
        float step = Math.min(112, (WIDTH - 2 * Design.MARGIN) / Math.max(1, quotes));
        float left = (WIDTH - step * (quotes - 1)) / 2;
        for (int i = 0; i < quotes; i++) {
            // two staggered rows, the back row a little smaller, like a group photograph
            boolean back = i % 2 == 1;
            float size = back ? head * 0.9f : head;
            new Bust(left + i * step, back ? 500 : 560, size, false).paint(g, ink, ACCENTS[i % ACCENTS.length], false);
        }
        // the floor they stand on, so the busts are not cut off mid-air
        g.setPaint(new LinearGradientPaint(0, 700, 0, HEIGHT, new float[] {0f, 1f},
                new Color[] {alpha(ink, 0.0), alpha(ink, 0.95)}));
        g.fillRect(0, 640, WIDTH, HEIGHT - 640);
        finish(g, ink);
        g.dispose();
        return image;
    }

    // Backdrops: each returns the ink (near-black) the speaker is drawn in.

    private static Color backdrop(Graphics2D g, Setting setting, Color accent, float cx, float cy, float head,
                                  boolean onLeft, int seed) {
        return switch (setting) {
            case PODIUM -> {
                Color ink = curtain(g, accent, cx, cy, head);
                seal(g, accent, onLeft ? WIDTH * 0.76f : WIDTH * 0.24f, 330);
                yield ink;
            }
            case HEARING -> panelling(g, accent, cx, cy, head);
            case FLAGS -> {
                Color ink = plain(g, accent, cx, cy, head);
                float x = onLeft ? WIDTH * 0.70f : WIDTH * 0.16f;
                flag(g, x, true);
                flag(g, x + 190, false);
                yield ink;
            }
            case FIELD -> {
                Scene.paint(g, Scene.Light.HAZE, Scene.Ground.DESERT, seed);
                g.setPaint(new RadialGradientPaint(cx, cy, 700, new float[] {0f, 1f},
                        new Color[] {alpha(accent, 0.22), alpha(accent, 0)}));
                g.fillRect(0, 0, WIDTH, HEIGHT);
                yield Scene.Light.HAZE.ink();
            }
        };
    }

    /** A stage curtain in folds, lit from behind the speaker. */
    private static Color curtain(Graphics2D g, Color accent, float cx, float cy, float head) {
        Color base = mix(NAVY, accent, 0.12);
        g.setPaint(new LinearGradientPaint(0, 0, 0, HEIGHT, new float[] {0f, 1f}, new Color[] {base, CHARCOAL}));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int x = 0; x < WIDTH; x += 64) {
            g.setPaint(new LinearGradientPaint(x, 0, x + 64, 0, new float[] {0f, 0.5f, 1f},
                    new Color[] {alpha(Color.BLACK, 0.22), alpha(Color.WHITE, 0.035), alpha(Color.BLACK, 0.22)}));
            g.fillRect(x, 0, 64, HEIGHT);
        }
        glow(g, accent, cx, cy, head, 0.26);
        return mix(CHARCOAL, Color.BLACK, 0.5);
    }

    /** A committee room's wood panelling behind a witness. */
    private static Color panelling(Graphics2D g, Color accent, float cx, float cy, float head) {
        Color wood = mix(new Color(0x3B2A1F), accent, 0.08);
        g.setPaint(new LinearGradientPaint(0, 0, 0, HEIGHT, new float[] {0f, 1f},
                new Color[] {wood, mix(wood, Color.BLACK, 0.55)}));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int x = -60; x < WIDTH; x += 230) {
            g.setColor(alpha(Color.BLACK, 0.35));
            g.fill(new Rectangle2D.Float(x, 0, 6, HEIGHT));
            g.setColor(alpha(Color.WHITE, 0.05));
            g.draw(new RoundRectangle2D.Float(x + 34, 90, 160, 420, 10, 10));
            g.draw(new RoundRectangle2D.Float(x + 34, 560, 160, 300, 10, 10));
        }
        glow(g, accent, cx, cy, head, 0.18);
        return mix(wood, Color.BLACK, 0.82);
    }

    /** A plain dark backdrop, for the flags to stand against. */
    private static Color plain(Graphics2D g, Color accent, float cx, float cy, float head) {
        Color base = mix(CHARCOAL, accent, 0.10);
        g.setPaint(new LinearGradientPaint(0, 0, WIDTH, HEIGHT, new float[] {0f, 1f},
                new Color[] {mix(base, NAVY, 0.4), CHARCOAL}));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        glow(g, accent, cx, cy, head, 0.22);
        return mix(CHARCOAL, Color.BLACK, 0.5);
    }

    /** The card's light source: a soft pool of its accent behind the speaker's head. */
    private static void glow(Graphics2D g, Color accent, float cx, float cy, float head, double strength) {
        g.setPaint(new RadialGradientPaint(cx, cy, head * 3.2f, new float[] {0f, 1f},
                new Color[] {alpha(accent, strength), alpha(accent, 0)}));
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }

    /** A generic emblem on the curtain: rings and a star, no real seal. */
    private static void seal(Graphics2D g, Color accent, float x, float y) {
        g.setColor(alpha(accent, 0.28));
        g.setStroke(new BasicStroke(5));
        g.draw(new Ellipse2D.Float(x - 150, y - 150, 300, 300));
        g.setStroke(new BasicStroke(2));
        g.draw(new Ellipse2D.Float(x - 122, y - 122, 244, 244));
        g.fill(star(x, y, 72, 29));
    }

    private static Shape star(float x, float y, float outer, float inner) {
        Path2D star = new Path2D.Float();
        for (int i = 0; i < 10; i++) {
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double r = i % 2 == 0 ? outer : inner;
            double px = x + r * Math.cos(angle);
            double py = y + r * Math.sin(angle);
            if (i == 0) {
                star.moveTo(px, py);
            } else {
                star.lineTo(px, py);
            }
        }
        star.closePath();
        return star;
    }

    /** A flag hanging from its pole: stripes with a canton, or a plain service blue with a fringe. */
    private static void flag(Graphics2D g, float x, boolean stripes) {
        float top = 150;
        g.setColor(new Color(0xB8954A));
        g.fill(new Rectangle2D.Float(x - 4, top - 10, 8, HEIGHT - top));
        g.fill(new Ellipse2D.Float(x - 12, top - 34, 24, 24));
        GeneralPath cloth = new GeneralPath();
        cloth.moveTo(x + 4, top);
        cloth.curveTo(x + 60, top + 20, x + 120, top + 10, x + 150, top + 30);
        cloth.curveTo(x + 140, top + 220, x + 110, top + 420, x + 70, top + 560);
        cloth.curveTo(x + 50, top + 540, x + 30, top + 560, x + 4, top + 520);
        cloth.closePath();
        Shape clip = g.getClip();
        g.clip(cloth);
        if (stripes) {
            for (int i = 0; i < 13; i++) {
                g.setColor(i % 2 == 0 ? new Color(0x8E2A2E) : new Color(0xC9C2B4));
                g.fill(new Rectangle2D.Float(x, top + i * 45, 200, 45));
            }
            g.setColor(new Color(0x1F2C55));
            g.fill(new Rectangle2D.Float(x, top, 200, 250));
        } else {
            g.setColor(new Color(0x1E2E5E));
            g.fill(new Rectangle2D.Float(x, top, 200, 600));
            g.setColor(new Color(0xB8954A));
            g.fill(star(x + 80, top + 200, 40, 16));
        }
        // folds: darker and lighter bands running down the cloth
        for (int i = 0; i < 5; i++) {
            float fx = x + 4 + i * 32;
            g.setPaint(new LinearGradientPaint(fx, 0, fx + 32, 0, new float[] {0f, 0.5f, 1f},
                    new Color[] {alpha(Color.BLACK, 0.45), alpha(Color.WHITE, 0.08), alpha(Color.BLACK, 0.45)}));
            g.fill(new Rectangle2D.Float(fx, top, 32, 600));
        }
        // the flags stand in the dim part of the room
        g.setColor(alpha(Color.BLACK, 0.3));
        g.fill(new Rectangle2D.Float(x, top, 200, 600));
        g.setClip(clip);
    }

    // Foregrounds

    private static void foreground(Graphics2D g, Setting setting, Color accent, Color ink, float cx, float cy,
                                   float head) {
        switch (setting) {
            case PODIUM -> lectern(g, accent, ink, cx, cy + head * 1.75f, head);
            case HEARING -> witnessTable(g, accent, ink, cx, cy + head * 1.6f, head);
            default -> {
            }
        }
    }

    private static void lectern(Graphics2D g, Color accent, Color ink, float cx, float top, float head) {
        Color wood = mix(ink, accent, 0.16);
        microphone(g, ink, accent, cx - head * 0.3f, top, cx - head * 0.12f, top - head * 0.62f);
        microphone(g, ink, accent, cx + head * 0.3f, top, cx + head * 0.12f, top - head * 0.62f);
        Path2D body = new Path2D.Float();
        body.moveTo(cx - head * 1.2f, top);
        body.lineTo(cx + head * 1.2f, top);
        body.lineTo(cx + head * 1.0f, HEIGHT + 10);
        body.lineTo(cx - head * 1.0f, HEIGHT + 10);
        body.closePath();
        g.setPaint(new LinearGradientPaint(cx - head, 0, cx + head, 0, new float[] {0f, 0.6f, 1f},
                new Color[] {mix(wood, Color.BLACK, 0.3), wood, mix(wood, Color.BLACK, 0.4)}));
        g.fill(body);
        g.setColor(mix(wood, IVORY, 0.18));
        g.fill(new Rectangle2D.Float(cx - head * 1.25f, top - 6, head * 2.5f, 12));
        // the emblem on the lectern's front, echoing the curtain
        g.setColor(alpha(accent, 0.35));
        g.setStroke(new BasicStroke(3));
        g.draw(new Ellipse2D.Float(cx - head * 0.32f, top + head * 0.35f, head * 0.64f, head * 0.64f));
    }

    private static void witnessTable(Graphics2D g, Color accent, Color ink, float cx, float top, float head) {
        microphone(g, ink, accent, cx + head * 0.5f, top + 4, cx + head * 0.2f, top - head * 0.4f);
        Color cloth = mix(new Color(0x1C3327), accent, 0.06);
        g.setPaint(new LinearGradientPaint(0, top, 0, HEIGHT, new float[] {0f, 1f},
                new Color[] {cloth, mix(cloth, Color.BLACK, 0.5)}));
        g.fill(new Rectangle2D.Float(0, top, WIDTH, HEIGHT - top));
        g.setColor(mix(cloth, IVORY, 0.25));
        g.fill(new Rectangle2D.Float(0, top, WIDTH, 4));
        // a blank name plate: a stand-in names nobody
        Path2D plate = new Path2D.Float();
        float px = cx - head * 1.3f;
        plate.moveTo(px, top + 20);
        plate.lineTo(px + head * 0.9f, top + 20);
        plate.lineTo(px + head * 0.95f, top + 20 + head * 0.28f);
        plate.lineTo(px - head * 0.05f, top + 20 + head * 0.28f);
        plate.closePath();
        g.setColor(mix(IVORY, ink, 0.25));
        g.fill(plate);
    }

    /** A microphone on a gooseneck, from its foot up to its head. */
    private static void microphone(Graphics2D g, Color ink, Color accent, float footX, float footY, float x, float y) {
        g.setColor(mix(ink, IVORY, 0.12));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Float(footX, footY, footX, y + (footY - y) * 0.3f, x, y));
        g.setColor(mix(ink, accent, 0.2));
        g.fill(new RoundRectangle2D.Float(x - 13, y - 26, 26, 40, 22, 22));
    }

    /** Darkens the band the labels sit on, then vignette, grain and the stand-in note. */
    private static void finish(Graphics2D g, Color ink) {
        g.setPaint(new LinearGradientPaint(0, 0, 0, 230, new float[] {0f, 1f},
                new Color[] {alpha(ink, 0.55), alpha(ink, 0)}));
        g.fillRect(0, 0, WIDTH, 230);
        Design.vignette(g, 0.4);
        Design.grain(g, 0.025);
        MilitaryCard.standInNote(g);
    }

    /**
     * Head and shoulders facing the viewer, in units of the head's height: a silhouette with a rim
     * of light on one side, in a suit and tie, or in field uniform.
     */
    private record Bust(float cx, float cy, float head, boolean uniform) {

        void paint(Graphics2D g, Color ink, Color accent, boolean lightFromLeft) {
            Area figure = outline();
            Color lit = mix(ink, accent, 0.22);
            float from = lightFromLeft ? cx - head * 1.5f : cx + head * 1.5f;
            float to = lightFromLeft ? cx + head * 1.5f : cx - head * 1.5f;
            g.setPaint(new LinearGradientPaint(from, 0, to, 0, new float[] {0f, 1f}, new Color[] {lit, ink}));
            g.fill(figure);
            front(g, ink, accent);
            // the rim: the outline stroked in the accent, only on the side the light comes from
            Shape clip = g.getClip();
            g.clip(lightFromLeft
                    ? new Rectangle2D.Float(0, 0, cx - head * 0.05f, HEIGHT)
                    : new Rectangle2D.Float(cx + head * 0.05f, 0, WIDTH, HEIGHT));
            g.setColor(alpha(accent, 0.75));
            g.setStroke(new BasicStroke(Math.max(2.5f, head * 0.028f)));
            g.draw(figure);
            g.setClip(clip);
        }

        private Area outline() {
            Area figure = new Area(new Ellipse2D.Float(cx - head * 0.37f, cy - head * 0.5f, head * 0.74f, head));
            Area hair = new Area(new Ellipse2D.Float(cx - head * 0.39f, cy - head * 0.56f, head * 0.78f, head * 0.7f));
            hair.intersect(new Area(new Rectangle2D.Float(cx - head, cy - head, head * 2, head * 0.84f)));
            figure.add(hair);
            for (float side : new float[] {-1, 1}) {
                figure.add(new Area(new Ellipse2D.Float(cx + side * head * 0.355f - head * 0.05f, cy - head * 0.08f,
                        head * 0.1f, head * 0.2f)));
            }
            figure.add(new Area(new Rectangle2D.Float(cx - head * 0.17f, cy + head * 0.25f, head * 0.34f, head * 0.5f)));
            Path2D torso = new Path2D.Float();
            torso.moveTo(cx - head * 1.55f, cy + head * 3.4f);
            torso.lineTo(cx - head * 1.45f, cy + head * 1.45f);
            torso.curveTo(cx - head * 1.35f, cy + head * 0.95f, cx - head * 0.75f, cy + head * 0.78f,
                    cx - head * 0.3f, cy + head * 0.68f);
            torso.lineTo(cx + head * 0.3f, cy + head * 0.68f);
            torso.curveTo(cx + head * 0.75f, cy + head * 0.78f, cx + head * 1.35f, cy + head * 0.95f,
                    cx + head * 1.45f, cy + head * 1.45f);
            torso.lineTo(cx + head * 1.55f, cy + head * 3.4f);
            torso.closePath();
            figure.add(new Area(torso));
            return figure;
        }

        /** The shirt's V under the collar, and the tie or the uniform's open collar. */
        private void front(Graphics2D g, Color ink, Color accent) {
            Path2D vee = new Path2D.Float();
            vee.moveTo(cx - head * 0.22f, cy + head * 0.7f);
            vee.lineTo(cx + head * 0.22f, cy + head * 0.7f);
            vee.lineTo(cx, cy + head * 1.55f);
            vee.closePath();
            g.setColor(uniform ? mix(ink, new Color(0x6B6A4E), 0.35) : mix(ink, IVORY, 0.38));
            g.fill(vee);
            if (uniform) {
                return;
            }
            Path2D tie = new Path2D.Float();
            tie.moveTo(cx - head * 0.06f, cy + head * 0.74f);
            tie.lineTo(cx + head * 0.06f, cy + head * 0.74f);
            tie.lineTo(cx + head * 0.09f, cy + head * 1.42f);
            tie.lineTo(cx, cy + head * 1.55f);
            tie.lineTo(cx - head * 0.09f, cy + head * 1.42f);
            tie.closePath();
            g.setColor(mix(ink, accent, 0.55));
            g.fill(tie);
            // lapels: a lighter edge down each side of the V
            g.setColor(mix(ink, IVORY, 0.1));
            g.setStroke(new BasicStroke(Math.max(2, head * 0.015f)));
            for (float side : new float[] {-1, 1}) {
                Path2D lapel = new Path2D.Float();
                lapel.moveTo(cx + side * head * 0.22f, cy + head * 0.7f);
                lapel.lineTo(cx + side * head * 0.5f, cy + head * 1.02f);
                lapel.lineTo(cx + side * head * 0.08f, cy + head * 1.75f);
                g.draw(lapel);
            }
        }
    }
}
