package org.storyslides.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

import static org.storyslides.tools.Design.HEIGHT;
import static org.storyslides.tools.Design.WIDTH;
import static org.storyslides.tools.Design.alpha;
import static org.storyslides.tools.Design.mix;

/**
 * The stylised place behind a military card's subject: sky, sun, clouds and ground, drawn as flat
 * layered gradients in the manner of a travel poster. Far layers fade towards the horizon colour
 * (atmospheric perspective), which is what makes flat shapes read as depth.
 */
final class Scene {

    /** Time of day and weather: the whole palette of a card, silhouette ink included. */
    enum Light {
        DAWN(0x22365E, 0x8C7090, 0xF2B48A, 0xFFE3BC, 1240, 505, 40, 0x5E6685, 0x18233D),
        DAY(0x2A5E93, 0x6E9CC4, 0xD2E2EC, 0xFFF8E6, 1130, 190, 34, 0x4F7FA3, 0x143552),
        HAZE(0x6E8BA1, 0xB3B3A5, 0xE9D7B7, 0xFFF4DC, 980, 230, 50, 0x8E9A98, 0x34505F),
        GOLDEN(0x33507A, 0xB88A70, 0xF4CD90, 0xFFE8B4, 1300, 440, 48, 0x9A8678, 0x22374F),
        DUSK(0x1B1E40, 0x6A3F6C, 0xEC8A56, 0xFFC890, 1000, 528, 58, 0x6E4A60, 0x15162B),
        TWILIGHT(0x0B1532, 0x243D68, 0x7A9CC2, 0xE8EFF8, 1180, 200, 24, 0x36527A, 0x0A1326),
        ARCTIC(0x4C78A4, 0x9AB8D2, 0xE6EEF3, 0xFFFFFF, 520, 170, 34, 0xCFDCE6, 0xEEF3F6);

        final Color skyTop;
        final Color skyMid;
        final Color horizon;
        final Color sun;
        final float sunX;
        final float sunY;
        final float sunRadius;
        final Color waterFar;
        final Color waterNear;

        Light(int skyTop, int skyMid, int horizon, int sun, float sunX, float sunY, float sunRadius,
              int waterFar, int waterNear) {
            this.skyTop = new Color(skyTop);
            this.skyMid = new Color(skyMid);
            this.horizon = new Color(horizon);
            this.sun = new Color(sun);
            this.sunX = sunX;
            this.sunY = sunY;
            this.sunRadius = sunRadius;
            this.waterFar = new Color(waterFar);
            this.waterNear = new Color(waterNear);
        }

        /** The silhouette colour: a near-black taken from the sky, so subjects belong to their scene. */
        Color ink() {
            return mix(skyTop, new Color(0x06080C), 0.78);
        }

        /** The colour of something at this depth (0 = foreground, 1 = lost in the haze). */
        Color at(double depth) {
            return mix(ink(), horizon, Math.min(1, depth));
        }
    }

    /** What lies below the horizon. A city harbour is seen from a ship's deck, which the stage draws. */
    enum Ground {
        OPEN_SEA(560), AERIAL_SEA(620), COAST(560), DESERT(560), GLACIER(610), FLIGHT_DECK(470),
        PORT(560), CITY_HARBOR(560), COUNTRY(600);

        final float horizon;

        Ground(float horizon) {
            this.horizon = horizon;
        }
    }

    /** Where a flight deck's far edge meets the sea beyond it. */
    static final float DECK_EDGE = 610;
    /** Where a quay's edge meets the harbour water. */
    static final float QUAY_EDGE = 700;

    private Scene() {
    }

    static void paint(Graphics2D g, Light light, Ground ground, long seed) {
        Random random = new Random(seed);
        sky(g, light, ground.horizon);
        clouds(g, light, ground.horizon, random);
        switch (ground) {
            case OPEN_SEA, AERIAL_SEA -> sea(g, light, ground.horizon, random);
            case COAST -> {
                sea(g, light, ground.horizon, random);
                hills(g, light, ground.horizon, random);
            }
            case DESERT -> desert(g, light, ground.horizon, random);
            case GLACIER -> glacier(g, light, ground.horizon);
            case FLIGHT_DECK -> {
                sea(g, light, ground.horizon, random);
                flightDeck(g, light);
            }
            case PORT -> {
                sea(g, light, ground.horizon, random);
                skyline(g, light, ground.horizon, false, random);
                quay(g, light);
            }
            case CITY_HARBOR -> {
                sea(g, light, ground.horizon, random);
                skyline(g, light, ground.horizon, true, random);
            }
            case COUNTRY -> country(g, light, ground.horizon, random);
        }
    }

    private static void sky(Graphics2D g, Light light, float horizon) {
        g.setPaint(new LinearGradientPaint(0, 0, 0, horizon, new float[] {0f, 0.62f, 1f},
                new Color[] {light.skyTop, light.skyMid, light.horizon}));
        g.fill(new Rectangle2D.Float(0, 0, WIDTH, horizon + 1));
        // The sun (or moon) with a wide, soft halo: the scene's single light source.
        g.setPaint(new RadialGradientPaint(light.sunX, light.sunY, light.sunRadius * 9, new float[] {0f, 0.25f, 1f},
                new Color[] {alpha(light.sun, 0.55), alpha(light.sun, 0.14), alpha(light.sun, 0)}));
        g.fill(new Rectangle2D.Float(0, 0, WIDTH, horizon + 1));
        g.setColor(light.sun);
        g.fill(new Ellipse2D.Float(light.sunX - light.sunRadius, light.sunY - light.sunRadius,
                2 * light.sunRadius, 2 * light.sunRadius));
    }

    /** Long flat cloud banks, paler and thinner towards the horizon. */
    private static void clouds(Graphics2D g, Light light, float horizon, Random random) {
        Color cloud = mix(light.horizon, Color.WHITE, 0.35);
        for (int i = 0; i < 7; i++) {
            float y = 90 + random.nextFloat() * (horizon - 190);
            float width = 220 + random.nextFloat() * 420;
            float x = random.nextFloat() * (WIDTH + width) - width;
            double depth = y / horizon;
            g.setColor(alpha(mix(cloud, light.skyMid, depth * 0.5), 0.5 - depth * 0.3));
            g.fill(cloudBank(x, y, width, 14 + random.nextFloat() * 16));
        }
    }

    /** A poster cloud: a flat-bottomed bar with two soft humps on top. */
    private static Area cloudBank(float x, float y, float width, float height) {
        Area bank = new Area(new RoundRectangle2D.Float(x, y, width, height, height, height));
        bank.add(new Area(new Ellipse2D.Float(x + width * 0.18f, y - height * 0.9f, width * 0.36f, height * 1.9f)));
        bank.add(new Area(new Ellipse2D.Float(x + width * 0.45f, y - height * 0.5f, width * 0.3f, height * 1.5f)));
        return bank;
    }

    private static void sea(Graphics2D g, Light light, float horizon, Random random) {
        g.setPaint(new LinearGradientPaint(0, horizon, 0, HEIGHT, new float[] {0f, 0.35f, 1f},
                new Color[] {mix(light.waterFar, light.horizon, 0.3), light.waterFar, light.waterNear}));
        g.fill(new Rectangle2D.Float(0, horizon, WIDTH, HEIGHT - horizon));
        g.setColor(alpha(light.horizon, 0.6));
        g.fill(new Rectangle2D.Float(0, horizon, WIDTH, 1.5f));
        // Swell: short pale dashes, spaced wider as they come closer.
        g.setStroke(new BasicStroke(1.4f));
        for (float y = horizon + 8, step = 4; y < HEIGHT; y += step, step *= 1.12f) {
            for (int k = 0; k < 6; k++) {
                float x = random.nextFloat() * WIDTH;
                float length = 30 + random.nextFloat() * (60 + (y - horizon) * 0.8f);
                g.setColor(alpha(light.horizon, 0.10));
                g.draw(new Line2D.Float(x, y, x + length, y));
            }
        }
        // The sun's glitter path, widening towards the viewer.
        for (float y = horizon + 3, step = 3; y < HEIGHT; y += step, step *= 1.1f) {
            float spread = 20 + (y - horizon) * 0.55f;
            for (int k = 0; k < 3; k++) {
                float x = light.sunX + (random.nextFloat() - 0.5f) * 2 * spread;
                float length = 8 + random.nextFloat() * (14 + (y - horizon) * 0.25f);
                float fade = 1 - (y - horizon) / (HEIGHT - horizon);
                g.setColor(alpha(light.sun, 0.45 * fade));
                g.fill(new Rectangle2D.Float(x - length / 2, y, length, 1.2f + (y - horizon) * 0.012f));
            }
        }
    }

    /** A headland on the horizon: two layers of soft hills, the nearer one darker. */
    private static void hills(Graphics2D g, Light light, float horizon, Random random) {
        for (int layer = 0; layer < 2; layer++) {
            Path2D ridge = new Path2D.Float();
            ridge.moveTo(-10, horizon);
            float height = 40 + layer * 26;
            for (float x = -10; x <= 1250 - layer * 300; x += 60) {
                ridge.lineTo(x, horizon - height * (0.55 + 0.45 * Math.sin(x / (170.0 + layer * 60) + layer))
                        - random.nextFloat() * 8);
            }
            ridge.lineTo(1330 - layer * 300, horizon);
            ridge.closePath();
            g.setColor(light.at(0.62 - layer * 0.16));
            g.fill(ridge);
        }
    }

    private static void desert(Graphics2D g, Light light, float horizon, Random random) {
        Color sand = mix(light.horizon, new Color(0xB08558), 0.55);
        g.setPaint(new LinearGradientPaint(0, horizon, 0, HEIGHT, new float[] {0f, 1f},
                new Color[] {mix(sand, light.horizon, 0.4), mix(sand, light.ink(), 0.55)}));
        g.fill(new Rectangle2D.Float(0, horizon, WIDTH, HEIGHT - horizon));
        // A low mesa line on the horizon, then a base's blast walls and a watchtower.
        g.setColor(alpha(light.at(0.72), 0.9));
        g.fill(Silhouettes.poly(0, horizon, 0, horizon - 22, 380, horizon - 26, 430, horizon - 12,
                900, horizon - 16, 960, horizon - 6, 1600, horizon - 8, 1600, horizon));
        g.setColor(light.at(0.55));
        for (float x = 160; x < 1500; x += 60 + random.nextFloat() * 90) {
            float width = 30 + random.nextFloat() * 110;
            float height = 6 + random.nextFloat() * 14;
            g.fill(new Rectangle2D.Float(x, horizon - height, width, height));
            x += width;
        }
        g.fill(new Rectangle2D.Float(1450, horizon - 60, 6, 60));
        g.fill(new Rectangle2D.Float(1474, horizon - 60, 6, 60));
        g.fill(new Rectangle2D.Float(1440, horizon - 76, 50, 18));
        // Dune swells crossing the ground, alternately lit and shaded.
        for (int i = 0; i < 4; i++) {
            float y = horizon + 40 + i * i * 26 + i * 30;
            Path2D dune = new Path2D.Float();
            dune.moveTo(0, HEIGHT);
            dune.lineTo(0, y + 20);
            dune.curveTo(WIDTH * 0.3f, y - 30, WIDTH * 0.6f, y + 50, WIDTH, y - 10);
            dune.lineTo(WIDTH, HEIGHT);
            dune.closePath();
            g.setColor(alpha(i % 2 == 0 ? mix(sand, light.sun, 0.2) : mix(sand, light.ink(), 0.4), 0.22));
            g.fill(dune);
        }
    }

    /**
     * A snowfield under a great peak (Mount Foraker over the Kahiltna): the massif in shadow blue,
     * its sun-facing flanks in white, split along gullies, with a paler range behind.
     */
    private static void glacier(Graphics2D g, Light light, float horizon) {
        Color shade = mix(light.skyMid, new Color(0x39557A), 0.55);
        Color lit = mix(light.horizon, Color.WHITE, 0.6);
        g.setColor(mix(shade, light.horizon, 0.55));
        g.fill(Silhouettes.poly(-20, horizon, 140, 400, 260, 440, 380, 350, 520, 420, 640, horizon));
        g.setColor(mix(lit, light.horizon, 0.5));
        g.fill(Silhouettes.poly(-20, horizon, 140, 400, 170, 470, 120, horizon));
        g.fill(Silhouettes.poly(230, horizon, 380, 350, 400, 440, 360, horizon));
        g.setColor(shade);
        g.fill(Silhouettes.poly(260, horizon, 520, 420, 700, 250, 780, 190, 850, 150, 930, 220, 1010, 260,
                1100, 240, 1200, 330, 1330, 300, 1460, 380, 1620, 420, 1620, horizon));
        g.setColor(lit);
        g.fill(Silhouettes.poly(260, horizon, 520, 420, 700, 250, 780, 190, 850, 150, 836, 240, 872, 320, 818, 420,
                850, 500, 800, horizon));
        g.fill(Silhouettes.poly(1010, 260, 1100, 240, 1080, 320, 1034, 410, 1046, 330));
        g.fill(Silhouettes.poly(1200, 330, 1330, 300, 1306, 372, 1250, 440, 1262, 380));
        g.setPaint(new LinearGradientPaint(0, horizon, 0, HEIGHT, new float[] {0f, 1f},
                new Color[] {lit, mix(lit, shade, 0.55)}));
        g.fill(new Rectangle2D.Float(0, horizon, WIDTH, HEIGHT - horizon));
        // Wind-carved drifts: long soft bands of shadow across the snow.
        for (int i = 0; i < 4; i++) {
            float y = horizon + 30 + i * i * 30 + i * 20;
            g.setColor(alpha(shade, 0.10));
            g.fill(new Ellipse2D.Float(-200 + i * 310, y, 1100, 26 + i * 10));
        }
    }

    /** A carrier's flight deck seen from on deck: painted lines, tie-down grid, the sea beyond. */
    private static void flightDeck(Graphics2D g, Light light) {
        Color deck = mix(new Color(0x4A4F57), light.ink(), 0.45);
        g.setPaint(new LinearGradientPaint(0, DECK_EDGE, 0, HEIGHT, new float[] {0f, 1f},
                new Color[] {mix(deck, light.horizon, 0.25), mix(deck, Color.BLACK, 0.35)}));
        g.fill(new Rectangle2D.Float(0, DECK_EDGE, WIDTH, HEIGHT - DECK_EDGE));
        g.setColor(alpha(light.horizon, 0.5));
        g.fill(new Rectangle2D.Float(0, DECK_EDGE, WIDTH, 2));
        // Tie-down points: a grid that tightens towards the deck edge.
        g.setColor(alpha(Color.BLACK, 0.28));
        for (float y = DECK_EDGE + 12, step = 10; y < HEIGHT; y += step, step *= 1.28f) {
            float size = 1.5f + (y - DECK_EDGE) * 0.02f;
            float spacing = 30 + (y - DECK_EDGE) * 0.5f;
            for (float x = 800 % spacing; x < WIDTH; x += spacing) {
                g.fill(new Ellipse2D.Float(x, y, size * 2, size));
            }
        }
        // The landing area's yellow centreline and white foul lines, converging on a far point.
        float vx = 1900;
        float vy = DECK_EDGE - 40;
        Color paint = new Color(0xE0B43C);
        g.setColor(alpha(paint, 0.75));
        g.fill(perspectiveBand(vx, vy, -600, 10));
        g.setColor(alpha(Color.WHITE, 0.4));
        g.fill(perspectiveBand(vx, vy, -1500, 7));
        g.fill(perspectiveBand(vx, vy, 300, 7));
    }

    /** A painted deck line from the bottom edge (at x) towards the vanishing point. */
    private static Path2D perspectiveBand(float vx, float vy, float x, float halfWidth) {
        float t = (DECK_EDGE - HEIGHT) / (vy - HEIGHT);
        float farLeft = x - halfWidth + (vx - (x - halfWidth)) * t;
        float farRight = x + halfWidth + (vx - (x + halfWidth)) * t;
        return Silhouettes.poly(x - halfWidth, HEIGHT, x + halfWidth, HEIGHT, farRight, DECK_EDGE, farLeft, DECK_EDGE);
    }

    /** A far shore: a city of towers for San Diego, a low port with cranes elsewhere. */
    private static void skyline(Graphics2D g, Light light, float horizon, boolean city, Random random) {
        Color building = light.at(0.55);
        Color window = mix(light.sun, new Color(0xFFD48A), 0.6);
        float x = -20;
        while (x < WIDTH) {
            float width = 30 + random.nextFloat() * 60;
            float height = city ? 30 + random.nextFloat() * random.nextFloat() * 190 : 12 + random.nextFloat() * 28;
            g.setColor(building);
            g.fill(new Rectangle2D.Float(x, horizon - height, width, height + 1));
            if (city) {
                g.setColor(alpha(window, 0.55));
                for (float wy = horizon - height + 8; wy < horizon - 6; wy += 11) {
                    for (float wx = x + 5; wx < x + width - 6; wx += 9) {
                        if (random.nextFloat() < 0.3f) {
                            g.fill(new Rectangle2D.Float(wx, wy, 3, 4));
                        }
                    }
                }
            }
            x += width + (city ? 2 : 14 + random.nextFloat() * 40);
        }
        if (!city) {
            g.setColor(building);
            g.setStroke(new BasicStroke(5));
            for (float cx : new float[] {520, 640, 1380}) {
                g.draw(new Line2D.Float(cx, horizon, cx, horizon - 110));
                g.draw(new Line2D.Float(cx - 70, horizon - 100, cx + 30, horizon - 100));
            }
        }
    }

    /** The concrete quay in the foreground of a harbour scene. */
    private static void quay(Graphics2D g, Light light) {
        Color concrete = mix(new Color(0x6B6660), light.ink(), 0.5);
        g.setPaint(new LinearGradientPaint(0, QUAY_EDGE, 0, HEIGHT, new float[] {0f, 1f},
                new Color[] {mix(concrete, light.horizon, 0.2), mix(concrete, Color.BLACK, 0.4)}));
        g.fill(new Rectangle2D.Float(0, QUAY_EDGE, WIDTH, HEIGHT - QUAY_EDGE));
        g.setColor(alpha(light.horizon, 0.45));
        g.fill(new Rectangle2D.Float(0, QUAY_EDGE, WIDTH, 2));
    }

    /** Hilly land far below an aircraft: ridges fading into haze, with a low cloud deck. */
    private static void country(Graphics2D g, Light light, float horizon, Random random) {
        Color land = mix(new Color(0x6D7452), light.ink(), 0.3);
        g.setPaint(new LinearGradientPaint(0, horizon, 0, HEIGHT, new float[] {0f, 1f},
                new Color[] {mix(land, light.horizon, 0.6), mix(land, light.ink(), 0.45)}));
        g.fill(new Rectangle2D.Float(0, horizon, WIDTH, HEIGHT - horizon));
        for (int layer = 0; layer < 4; layer++) {
            float base = horizon + 10 + layer * layer * 24 + layer * 20;
            Path2D ridge = new Path2D.Float();
            ridge.moveTo(0, HEIGHT);
            for (float x = 0; x <= WIDTH; x += 40) {
                ridge.lineTo(x, base - 18 * Math.sin(x / (90.0 + layer * 50) + layer * 2) - random.nextFloat() * 6);
            }
            ridge.lineTo(WIDTH, HEIGHT);
            ridge.closePath();
            g.setColor(mix(land, light.horizon, 0.5 - layer * 0.12));
            g.fill(ridge);
        }
        // Cumulus far below, seen from above: flattened, growing as they come closer.
        for (int i = 0; i < 5; i++) {
            float y = horizon + 30 + i * 50;
            float width = 240 + i * 60 + random.nextFloat() * 200;
            float x = random.nextFloat() * WIDTH - width / 3;
            g.setColor(alpha(mix(light.horizon, Color.WHITE, 0.4), 0.28 + i * 0.05));
            g.fill(cloudBank(x, y, width, 10 + i * 4));
        }
    }
}
