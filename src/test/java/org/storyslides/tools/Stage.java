package org.storyslides.tools;

import org.storyslides.tools.Scene.Light;
import org.storyslides.tools.Silhouettes.Figure;
import org.storyslides.tools.Silhouettes.Gear;
import org.storyslides.tools.Silhouettes.Pose;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import static org.storyslides.tools.Design.HEIGHT;
import static org.storyslides.tools.Design.WIDTH;
import static org.storyslides.tools.Design.alpha;
import static org.storyslides.tools.Design.mix;
import static org.storyslides.tools.Silhouettes.person;

/**
 * What stands in the scene of each military card: the subject's silhouettes placed on the right
 * half of the canvas (the left half keeps the text), with foam, rails and ropes where the photo
 * had them. One constant per kind of photo in the gallery.
 */
enum Stage {
    FIGHTER_IN_FLIGHT, FOOT_PATROL, LOOKOUT, REPLENISHMENT, MISSILE_CHECK, BOAT_ON_TRAILER,
    HELICOPTER_ON_GLACIER, TANKER_IN_FLIGHT, BOAT_TEAM, JET_ON_DECK, BREAKAWAY, TILTROTOR_ON_DECK,
    GUN_MAINTENANCE, ANTENNA_REPAIR, LINE_HANDLING, SIGNALLER, HELICOPTER_ON_DECK, DECK_DIRECTOR, DESTROYER_PATROL,
    /** The gallery cover: a carrier group under a passing pair of fighters. */
    FLEET;

    void paint(Graphics2D g, Light light) {
        Placer p = new Placer(g, light);
        switch (this) {
            case FIGHTER_IN_FLIGHT -> p.put(Silhouettes.fighter(), 700, 360, 0.86, 0, -3);
            case FOOT_PATROL -> {
                p.put(person(Pose.PATROL, Gear.HELMET), 1420, 636, 0.9, 0.45, 0);
                p.shadow(1060, 1260, 845);
                p.put(person(Pose.PATROL, Gear.HELMET), 1160, 845, 2.5, 0, 0);
            }
            case LOOKOUT -> {
                p.put(person(Pose.BINOCULARS, Gear.CAP), 1180, 960, 3.6, 0, 0);
                p.rail(880, 700, 0);
            }
            case REPLENISHMENT -> {
                p.put(Silhouettes.oiler(), 940, 612, 0.9, 0.38, 0);
                p.put(Silhouettes.destroyer(), 900, 690, 0.86, 0, 0);
                for (int post : new int[] {250, 420, 590}) {
                    p.line(940 + (post + 8) * 0.9, 612 - 196 * 0.9, 900 + (post + 110) * 0.86, 690 - 150 * 0.86, 0.2);
                }
                p.spray(940, 690);
            }
            case MISSILE_CHECK -> {
                p.shadow(900, 1520, 822);
                p.put(person(Pose.STAND, Gear.CRANIAL), 1260, 784, 1.35, 0.12, 0);
                p.put(Silhouettes.missileOnCart(), 980, 820, 0.6, 0, 0);
                p.mirrored(person(Pose.KNEEL, Gear.CRANIAL), 930, 842, 1.45, 0);
            }
            case BOAT_ON_TRAILER -> {
                p.shadow(900, 1560, 852);
                p.put(Silhouettes.patrolBoatOnTrailer(), 980, 850, 0.58, 0, 0);
                p.put(person(Pose.WALK, Gear.CAP), 1560, 864, 1.3, 0, 0);
            }
            case HELICOPTER_ON_GLACIER -> {
                p.shadow(940, 1580, 802);
                p.put(Silhouettes.chinook(), 970, 800, 0.54, 0, 0);
                p.put(person(Pose.WALK, Gear.PACK), 1370, 818, 0.95, 0, 0);
                p.put(person(Pose.STAND, Gear.PACK), 1555, 808, 0.92, 0, 0);
            }
            case TANKER_IN_FLIGHT -> p.put(Silhouettes.tanker(), 640, 380, 0.9, 0, -2);
            case BOAT_TEAM -> {
                p.put(Silhouettes.destroyer(), 1140, 566, 0.3, 0.55, 0);
                p.foam(960 + 292 * 1.7, 728);
                p.put(Silhouettes.rhib(), 960, 728, 1.7, 0, 0);
                p.spray(990, 728);
            }
            case JET_ON_DECK -> {
                p.shadow(900, 1560, 822);
                p.put(person(Pose.WALK, Gear.CRANIAL), 1500, 826, 1.25, 0.1, 0);
                p.put(Silhouettes.trainer(), 900, 820, 0.6, 0, 0);
                p.put(person(Pose.WALK, Gear.CRANIAL), 1160, 852, 1.3, 0, 0);
            }
            case BREAKAWAY -> {
                p.put(Silhouettes.oiler(), 1250, 580, 0.42, 0.5, 0);
                p.foam(880 + 1000 * 0.95, 700);
                p.put(Silhouettes.destroyer(), 880, 700, 0.95, 0, 0);
                p.spray(920, 700);
            }
            case TILTROTOR_ON_DECK -> {
                p.shadow(900, 1500, 832);
                p.put(Silhouettes.osprey(), 900, 830, 0.6, 0, 0);
                p.put(person(Pose.DIRECT, Gear.CRANIAL), 1540, 852, 1.1, 0, 0);
            }
            case GUN_MAINTENANCE -> {
                p.fill(Silhouettes.poly(880, 800, 1600, 780, 1600, 900, 880, 900), 0);
                p.rail(880, 690, 0.15);
                p.put(Silhouettes.gunMount(), 1180, 800, 0.62, 0, 0);
                p.put(person(Pose.KNEEL, Gear.CAP), 1380, 806, 1.4, 0, 0);
            }
            case ANTENNA_REPAIR -> {
                p.put(Silhouettes.destroyer(), 880, 566, 0.2, 0.55, 0);
                p.put(Silhouettes.oiler(), 1380, 566, 0.24, 0.55, 0);
                p.put(Silhouettes.antennaMast(), 1200, 900, 0.95, 0, 0);
                p.put(person(Pose.REACH, Gear.CAP), 1160, 900 - 300 * 0.95, 0.95, 0, 0);
            }
            case LINE_HANDLING -> {
                p.fill(Silhouettes.poly(900, 770, 1600, 735, 1600, 900, 900, 900), 0.05);
                p.rope(new CubicCurve2D.Double(880, 690, 1060, 650, 1240, 700, 1480, 760));
                for (double x : new double[] {1040, 1190, 1340}) {
                    p.put(person(Pose.HAUL, Gear.CAP), x, 800 - (x - 900) * 0.05, 1.45, 0, 0);
                }
            }
            case SIGNALLER -> {
                p.put(Silhouettes.oiler(), 900, 636, 0.6, 0.4, 0);
                p.put(person(Pose.SIGNAL, Gear.CAP), 1220, 930, 2.9, 0, 0);
                p.rail(900, 780, 0);
            }
            case HELICOPTER_ON_DECK -> {
                p.shadow(900, 1600, 812);
                p.put(Silhouettes.superStallion(), 880, 810, 0.58, 0, 0);
                p.mirrored(person(Pose.WALK, Gear.PACK), 1500, 846, 1.1, 0);
                p.mirrored(person(Pose.WALK, Gear.PACK), 1570, 836, 1.05, 0.05);
            }
            case DECK_DIRECTOR -> {
                p.put(Silhouettes.trainer(), 1330, 650, 0.3, 0.45, 0);
                p.shadow(1060, 1300, 902);
                p.put(person(Pose.DIRECT, Gear.CRANIAL), 1180, 905, 2.6, 0, 0);
            }
            case DESTROYER_PATROL -> {
                p.foam(860 + 1000, 700);
                p.put(Silhouettes.destroyer(), 860, 700, 1.0, 0, 0);
                p.spray(900, 700);
            }
            case FLEET -> {
                p.put(Silhouettes.carrier(), 820, 650, 0.76, 0.05, 0);
                for (double x = 870; x < 1300; x += 56) {
                    p.put(Silhouettes.fighter(), x, 650 - 100 * 0.76, 0.05, 0.05, 0);
                }
                p.spray(850, 650);
                p.put(Silhouettes.fighter(), 980, 250, 0.3, 0.1, -4);
                p.put(Silhouettes.fighter(), 1200, 310, 0.27, 0.15, -4);
            }
        }
    }

    /** Paints figures and props in the scene's ink, paler with distance, with a rim of light from the sun. */
    private record Placer(Graphics2D g, Light light) {

        void put(Figure figure, double x, double baseline, double scale, double depth, double pitchDegrees) {
            draw(figure, transform(x, baseline, scale, pitchDegrees, false), depth);
        }

        /** Same, facing right. */
        void mirrored(Figure figure, double x, double baseline, double scale, double depth) {
            draw(figure, transform(x, baseline, scale, 0, true), depth);
        }

        private AffineTransform transform(double x, double baseline, double scale, double pitch, boolean mirror) {
            AffineTransform t = AffineTransform.getTranslateInstance(x, baseline);
            t.rotate(Math.toRadians(pitch));
            t.scale(mirror ? -scale : scale, scale);
            return t;
        }

        private void draw(Figure figure, AffineTransform t, double depth) {
            g.setColor(alpha(light.at(Math.min(1, depth + 0.2)), 0.55));
            g.fill(t.createTransformedShape(figure.blur));
            g.setColor(light.at(depth + 0.1));
            g.fill(t.createTransformedShape(figure.far));
            Area body = new Area(t.createTransformedShape(figure.body));
            // The rim: the same shape nudged towards the sun, left showing only at the lit edge.
            double towardsSun = Math.signum(light.sunX - body.getBounds2D().getCenterX());
            Area rim = body.createTransformedArea(AffineTransform.getTranslateInstance(towardsSun * 2, -2));
            g.setColor(alpha(mix(light.sun, light.horizon, 0.4), 0.55 * (1 - depth)));
            g.fill(rim);
            g.setColor(light.at(depth));
            g.fill(body);
        }

        /** The soft shadow a grounded subject casts on the deck, snow or sand under it. */
        void shadow(double fromX, double toX, double y) {
            g.setColor(alpha(light.ink(), 0.35));
            g.fill(new Ellipse2D.Double(fromX, y - 10, toX - fromX, 20));
        }

        void fill(Path2D shape, double depth) {
            g.setColor(light.at(depth));
            g.fill(shape);
        }

        /** A ship's guard rail across the right of the foreground. */
        void rail(double fromX, double top, double depth) {
            g.setColor(light.at(depth));
            g.fill(new Rectangle2D.Double(fromX, top, WIDTH - fromX, 9));
            g.fill(new Rectangle2D.Double(fromX, top + 70, WIDTH - fromX, 6));
            for (double x = fromX + 20; x < WIDTH; x += 150) {
                g.fill(new Rectangle2D.Double(x, top, 10, HEIGHT - top));
            }
        }

        void line(double x1, double y1, double x2, double y2, double depth) {
            g.setColor(alpha(light.at(depth), 0.8));
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        void rope(CubicCurve2D curve) {
            g.setColor(light.at(0));
            g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(curve);
        }

        /** A wake: a pale wedge of foam spreading from the stern to the right edge. */
        void foam(double sternX, double waterline) {
            Color foam = mix(light.horizon, Color.WHITE, 0.6);
            double length = Math.max(120, WIDTH - sternX);
            g.setColor(alpha(foam, 0.55));
            g.fill(Silhouettes.poly(sternX - 30, waterline - 4, sternX + length, waterline - 18,
                    sternX + length, waterline + 26, sternX - 30, waterline + 3));
            g.setColor(alpha(foam, 0.3));
            g.fill(Silhouettes.poly(sternX, waterline + 3, sternX + length, waterline + 26,
                    sternX + length, waterline + 52, sternX + length * 0.3, waterline + 14));
        }

        /** Bow spray where the hull cuts the water. */
        void spray(double x, double waterline) {
            Color foam = mix(light.horizon, Color.WHITE, 0.7);
            g.setColor(alpha(foam, 0.7));
            g.fill(Silhouettes.poly(x - 30, waterline + 2, x + 10, waterline - 26, x + 70, waterline - 6,
                    x + 140, waterline + 4));
            g.setColor(alpha(foam, 0.35));
            g.fill(Silhouettes.poly(x - 70, waterline + 6, x - 10, waterline - 12, x + 160, waterline + 10));
        }
    }
}
