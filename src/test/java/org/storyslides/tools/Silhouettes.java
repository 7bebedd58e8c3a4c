package org.storyslides.tools;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Flat side-view silhouettes of the military cards' subjects, built from plain Java2D shapes.
 * Local coordinates: the subject faces left (towards the card's text), y = 0 is the ground or
 * waterline and up is negative. Vehicles are about 1000 units long, people 180 units tall.
 */
final class Silhouettes {

    private Silhouettes() {
    }

    /** A subject in three layers: the solid near side, parts on its far side, and rotor blur. */
    static final class Figure {
        final Area body = new Area();
        final Area far = new Area();
        final Area blur = new Area();

        Figure body(Shape... shapes) {
            for (Shape shape : shapes) {
                body.add(new Area(shape));
            }
            return this;
        }

        Figure far(Shape... shapes) {
            for (Shape shape : shapes) {
                far.add(new Area(shape));
            }
            return this;
        }

        Figure blur(Shape... shapes) {
            for (Shape shape : shapes) {
                blur.add(new Area(shape));
            }
            return this;
        }

        /** Merges another figure into this one, its origin at (x, y) and shrunk by scale. */
        Figure with(Figure part, double x, double y, double scale) {
            AffineTransform t = new AffineTransform(scale, 0, 0, scale, x, y);
            body.add(part.body.createTransformedArea(t));
            far.add(part.far.createTransformedArea(t));
            blur.add(part.blur.createTransformedArea(t));
            return this;
        }
    }

    // Aircraft

    /** F-22 in level flight: long nose, bubble canopy, twin canted fins. */
    static Figure fighter() {
        Path2D fuselage = new Path2D.Double();
        fuselage.moveTo(0, -52);
        fuselage.quadTo(80, -72, 190, -80);
        fuselage.quadTo(262, -120, 350, -92);
        fuselage.lineTo(700, -90);
        fuselage.lineTo(880, -84);
        fuselage.lineTo(962, -72);
        fuselage.lineTo(962, -52);
        fuselage.lineTo(700, -40);
        fuselage.lineTo(420, -36);
        fuselage.lineTo(250, -42);
        fuselage.quadTo(120, -44, 0, -52);
        fuselage.closePath();
        return new Figure()
                .body(fuselage,
                        poly(380, -48, 640, -52, 790, -10, 700, -8),
                        poly(800, -60, 930, -60, 985, -28, 880, -30),
                        poly(680, -88, 770, -196, 826, -196, 852, -86))
                .far(poly(730, -88, 822, -176, 872, -176, 890, -84));
    }

    /** T-45 Goshawk parked: tandem canopy, single fin, gear down. */
    static Figure trainer() {
        Path2D fuselage = new Path2D.Double();
        fuselage.moveTo(0, -178);
        fuselage.quadTo(100, -214, 230, -226);
        fuselage.quadTo(340, -300, 480, -240);
        fuselage.lineTo(760, -232);
        fuselage.lineTo(980, -222);
        fuselage.lineTo(990, -182);
        fuselage.lineTo(760, -150);
        fuselage.lineTo(300, -140);
        fuselage.quadTo(120, -146, 0, -178);
        fuselage.closePath();
        return new Figure()
                .body(fuselage,
                        poly(760, -232, 880, -382, 950, -382, 962, -222),
                        poly(830, -200, 990, -206, 1000, -186, 860, -182),
                        poly(420, -150, 660, -152, 720, -128, 450, -126),
                        bar(150, -150, 150, -40, 14), bar(570, -140, 570, -44, 16),
                        disc(150, -36, 36), disc(570, -42, 42))
                .far(poly(450, -170, 640, -172, 700, -198, 520, -196), disc(610, -40, 36));
    }

    /** KC-135 Stratotanker in flight: airliner tube, four podded engines, refuelling boom. */
    static Figure tanker() {
        Path2D fuselage = new Path2D.Double();
        fuselage.moveTo(0, -96);
        fuselage.quadTo(6, -128, 70, -132);
        fuselage.lineTo(800, -132);
        fuselage.lineTo(982, -150);
        fuselage.lineTo(996, -122);
        fuselage.lineTo(820, -80);
        fuselage.lineTo(100, -72);
        fuselage.quadTo(10, -74, 0, -96);
        fuselage.closePath();
        return new Figure()
                .body(fuselage,
                        poly(820, -132, 900, -300, 958, -300, 985, -140),
                        poly(900, -134, 1010, -146, 1016, -128, 930, -120),
                        poly(360, -92, 520, -94, 770, -8, 708, -2),
                        rounded(392, -76, 492, -46, 26), rounded(560, -40, 660, -10, 26),
                        bar(890, -82, 1050, -4, 10))
                .far(poly(420, -124, 540, -126, 720, -214, 672, -218),
                        rounded(480, -158, 560, -138, 18), rounded(598, -196, 678, -176, 18));
    }

    /** CH-47 Chinook on the ground: long box fuselage, tandem rotors, ramp lowered. */
    static Figure chinook() {
        Path2D fuselage = new Path2D.Double();
        fuselage.moveTo(40, -120);
        fuselage.quadTo(-4, -170, 40, -232);
        fuselage.lineTo(120, -292);
        fuselage.lineTo(870, -292);
        fuselage.lineTo(932, -262);
        fuselage.lineTo(958, -120);
        fuselage.lineTo(880, -72);
        fuselage.lineTo(120, -72);
        fuselage.quadTo(52, -80, 40, -120);
        fuselage.closePath();
        return new Figure()
                .body(fuselage,
                        poly(120, -290, 236, -290, 218, -334, 140, -334),
                        poly(690, -290, 942, -270, 922, -404, 816, -404),
                        box(166, -352, 186, -330), box(858, -424, 878, -400),
                        poly(930, -122, 1070, -4, 1050, 4, 914, -96),
                        bar(232, -80, 232, -36, 16), bar(796, -80, 796, -36, 16),
                        disc(232, -30, 32), disc(796, -30, 32),
                        rotor(176, -352, 780), rotor(868, -424, 780))
                .blur(rotorDisc(176, -352, 780), rotorDisc(868, -424, 780));
    }

    /** CH-53E Super Stallion: single main rotor, raised tail boom, canted tail fin. */
    static Figure superStallion() {
        Path2D fuselage = new Path2D.Double();
        fuselage.moveTo(20, -130);
        fuselage.quadTo(0, -200, 60, -250);
        fuselage.lineTo(140, -290);
        fuselage.lineTo(620, -300);
        fuselage.lineTo(700, -282);
        fuselage.lineTo(940, -332);
        fuselage.lineTo(962, -302);
        fuselage.lineTo(720, -200);
        fuselage.lineTo(650, -112);
        fuselage.lineTo(80, -96);
        fuselage.quadTo(30, -100, 20, -130);
        fuselage.closePath();
        return new Figure()
                .body(fuselage,
                        poly(300, -298, 620, -300, 600, -350, 330, -352),
                        box(440, -384, 470, -348),
                        poly(900, -322, 960, -472, 1000, -472, 978, -300),
                        rounded(240, -162, 540, -100, 40),
                        bar(140, -100, 140, -40, 16), bar(420, -110, 420, -44, 18),
                        disc(140, -34, 34), disc(420, -38, 38),
                        rotor(455, -388, 1150), bar(950, -470, 1030, -390, 5), bar(950, -390, 1030, -470, 5))
                .blur(rotorDisc(455, -388, 1150), disc(990, -430, 60));
    }

    /** MV-22 Osprey in helicopter mode: nacelle turned up at the wing tip, H tail. */
    static Figure osprey() {
        Path2D fuselage = new Path2D.Double();
        fuselage.moveTo(20, -112);
        fuselage.quadTo(0, -182, 80, -212);
        fuselage.lineTo(160, -242);
        fuselage.lineTo(720, -252);
        fuselage.lineTo(900, -242);
        fuselage.lineTo(920, -200);
        fuselage.lineTo(760, -152);
        fuselage.lineTo(700, -92);
        fuselage.lineTo(90, -80);
        fuselage.quadTo(30, -86, 20, -112);
        fuselage.closePath();
        return new Figure()
                .body(fuselage,
                        box(340, -266, 620, -246),
                        rounded(440, -430, 520, -226, 40),
                        poly(860, -242, 900, -364, 952, -364, 962, -232),
                        rounded(470, -132, 700, -82, 40),
                        bar(150, -86, 150, -40, 14), bar(580, -90, 580, -44, 16),
                        disc(150, -30, 30), disc(580, -36, 36),
                        rotor(480, -440, 760))
                .far(rounded(470, -444, 540, -300, 34))
                .blur(rotorDisc(480, -440, 760), rotorDisc(505, -456, 700));
    }

    /** The blade line of a turning rotor seen edge-on. */
    private static Shape rotor(double cx, double cy, double diameter) {
        return bar(cx - diameter / 2, cy, cx + diameter / 2, cy, 4);
    }

    /** The translucent disc the turning blades sweep. */
    private static Shape rotorDisc(double cx, double cy, double diameter) {
        return oval(cx, cy, diameter, diameter * 0.05);
    }

    // Ships and boats

    /** Arleigh Burke-class destroyer: raked bow, pyramid superstructure, two stacks, hangar aft. */
    static Figure destroyer() {
        Path2D hull = new Path2D.Double();
        hull.moveTo(0, -78);
        hull.lineTo(260, -64);
        hull.lineTo(1000, -50);
        hull.lineTo(992, -8);
        hull.lineTo(980, 0);
        hull.lineTo(70, 0);
        hull.quadTo(30, -40, 0, -78);
        hull.closePath();
        return new Figure().body(hull,
                poly(300, -62, 470, -58, 458, -150, 318, -156),
                poly(330, -154, 450, -148, 440, -188, 342, -192),
                poly(380, -190, 412, -188, 404, -330, 398, -330),
                bar(356, -282, 444, -282, 5), bar(370, -246, 430, -246, 5),
                poly(500, -58, 575, -57, 568, -160, 510, -162), box(504, -172, 572, -158),
                poly(660, -54, 735, -53, 730, -150, 668, -152), box(664, -160, 732, -148),
                poly(560, -57, 780, -53, 780, -106, 575, -110),
                poly(780, -53, 880, -51, 880, -110, 780, -112),
                poly(130, -70, 200, -67, 195, -88, 150, -92), bar(150, -84, 88, -92, 6));
    }

    /** Aircraft carrier: flight deck overhanging the hull, island with its mast aft of midships. */
    static Figure carrier() {
        Path2D hull = new Path2D.Double();
        hull.moveTo(0, -100);
        hull.lineTo(1000, -100);
        hull.lineTo(1000, -82);
        hull.lineTo(960, -76);
        hull.lineTo(950, 0);
        hull.lineTo(90, 0);
        hull.quadTo(40, -50, 0, -86);
        hull.closePath();
        return new Figure().body(hull,
                box(540, -100, 740, -84),
                poly(630, -100, 740, -100, 736, -176, 640, -182),
                poly(646, -182, 730, -176, 726, -226, 656, -232), box(640, -244, 736, -226),
                poly(678, -244, 694, -244, 690, -350, 684, -350),
                bar(654, -312, 718, -312, 5), bar(662, -286, 710, -286, 5), disc(687, -356, 9),
                box(710, -232, 722, -258));
    }

    /** Fleet oiler / dry-cargo ship: long low hull, replenishment kingposts, house aft. */
    static Figure oiler() {
        Path2D hull = new Path2D.Double();
        hull.moveTo(0, -72);
        hull.lineTo(1000, -60);
        hull.lineTo(990, -6);
        hull.lineTo(960, 0);
        hull.lineTo(60, 0);
        hull.quadTo(24, -36, 0, -72);
        hull.closePath();
        Figure ship = new Figure().body(hull,
                poly(760, -62, 940, -60, 936, -190, 780, -200),
                box(790, -222, 930, -198), box(880, -256, 918, -220),
                box(40, -104, 112, -70));
        for (int x : new int[] {250, 420, 590}) {
            ship.body(box(x, -196, x + 16, -66), box(x - 34, -176, x + 50, -166),
                    bar(x + 8, -190, x - 60, -70, 3), bar(x + 8, -190, x + 76, -70, 3));
        }
        return ship;
    }

    /** Rigid-hull inflatable boat: bow-up tube, console, radar arch, and a boarding team standing in it. */
    static Figure rhib() {
        Figure boat = new Figure().body(
                poly(40, -16, 292, -16, 292, 0, 70, 0),
                taper(24, 30, 8, -56, 44, -38, 110, -30, 290, -30),
                box(150, -80, 186, -40), poly(142, -80, 152, -96, 186, -96, 186, -80),
                bar(250, -40, 262, -124, 5), bar(282, -40, 262, -124, 5), box(248, -134, 276, -122));
        double[] crew = {100, 128, 214, 236};
        for (int i = 0; i < crew.length; i++) {
            boat.with(person(i % 2 == 0 ? Pose.STAND : Pose.WALK, Gear.HELMET), crew[i], -24, 0.36);
        }
        return boat;
    }

    /** Harbour patrol boat sitting on its road trailer. */
    static Figure patrolBoatOnTrailer() {
        Path2D hull = new Path2D.Double();
        hull.moveTo(0, -262);
        hull.lineTo(900, -240);
        hull.lineTo(900, -142);
        hull.lineTo(150, -128);
        hull.quadTo(50, -170, 0, -262);
        hull.closePath();
        return new Figure()
                .body(hull,
                        poly(330, -244, 700, -240, 690, -362, 400, -362),
                        box(620, -434, 640, -362), box(560, -444, 700, -430),
                        bar(60, -112, 960, -112, 18), bar(60, -112, -150, -64, 14),
                        box(500, -128, 760, -100),
                        disc(560, -50, 50), disc(700, -50, 50))
                .far(disc(600, -52, 46));
    }

    // Deck equipment

    /** A training missile resting on its handling cart. */
    static Figure missileOnCart() {
        Path2D body = new Path2D.Double();
        body.moveTo(100, -232);
        body.lineTo(700, -232);
        body.lineTo(700, -182);
        body.lineTo(100, -182);
        body.quadTo(10, -190, 0, -207);
        body.quadTo(10, -224, 100, -232);
        body.closePath();
        return new Figure()
                .body(body,
                        poly(636, -232, 700, -232, 736, -274, 694, -274),
                        poly(636, -182, 700, -182, 736, -140, 694, -140),
                        poly(330, -232, 420, -232, 444, -258, 362, -258),
                        box(80, -176, 720, -150),
                        bar(150, -150, 150, -30, 12), bar(650, -150, 650, -30, 12),
                        bar(720, -160, 820, -60, 10),
                        disc(150, -26, 26), disc(650, -26, 26))
                .far(poly(640, -220, 700, -220, 750, -246, 712, -246));
    }

    /** Mk 38 25 mm gun mount on its pedestal, barrel pointing forward. */
    static Figure gunMount() {
        return new Figure().body(
                box(0, -130, 140, 0),
                rounded(-40, -250, 210, -120, 40),
                bar(-40, -196, -330, -196, 18), box(-350, -206, -310, -186),
                box(200, -226, 262, -140),
                rounded(20, -290, 96, -246, 12));
    }

    /** A ship's mast with yardarms, whip antennas, a radome and a work platform. */
    static Figure antennaMast() {
        return new Figure().body(
                box(0, -700, 24, 60),
                box(-160, -520, 184, -506), box(-110, -380, 134, -368),
                bar(-150, -520, -150, -650, 4), bar(174, -520, 174, -640, 4),
                bar(-100, -380, -100, -470, 4), bar(124, -380, 124, -462, 4),
                disc(12, -740, 40),
                box(24, -606, 96, -544),
                box(-90, -300, 114, -288),
                bar(-90, -288, -90, -330, 4), bar(114, -288, 114, -330, 4), bar(-90, -330, 114, -330, 4));
    }

    // People

    /** Body poses in person units (180 tall), facing left. */
    enum Pose {
        // head, shoulder, hip, near elbow, near hand, far elbow, far hand, near knee, near foot, far knee, far foot
        STAND(0, -166, 0, -140, 0, -92, -5, -112, -6, -86, 6, -112, 7, -86, -4, -48, -6, 0, 5, -48, 7, 0),
        WALK(-2, -166, 0, -140, 0, -92, -12, -116, -20, -94, 12, -116, 18, -92, -14, -48, -24, 0, 8, -46, 18, -2),
        BINOCULARS(-3, -166, 0, -140, 1, -92, -22, -138, -22, -162, -12, -130, -18, -158, -4, -48, -6, 0, 5, -48, 7, 0),
        PATROL(-4, -164, -2, -138, 2, -90, -20, -112, -38, -118, 12, -112, -8, -114, -14, -48, -26, 0, 10, -46, 20, 0),
        SIGNAL(0, -166, 0, -140, 0, -92, -22, -160, -36, -188, 22, -160, 36, -188, -8, -48, -14, 0, 8, -48, 14, 0),
        DIRECT(-2, -166, 0, -140, 0, -92, -30, -142, -60, -150, 16, -158, 12, -190, -12, -48, -22, 0, 12, -48, 22, 0),
        HAUL(10, -160, 8, -136, 0, -88, -12, -112, -32, -108, -4, -108, -24, -104, -20, -50, -34, 0, 8, -44, 16, 0),
        KNEEL(-8, -122, -4, -98, 6, -52, -20, -76, -36, -86, -10, -72, -30, -82, -26, -50, -28, 0, 14, 0, 44, -2),
        REACH(-2, -166, 0, -140, 0, -92, -14, -166, -22, -194, 12, -160, 2, -188, -4, -48, -6, 0, 5, -48, 7, 0);

        private final double[] p;

        Pose(double... points) {
            this.p = points;
        }
    }

    /** What the person wears: it tells a sailor from a soldier at a glance. */
    enum Gear { CAP, HELMET, CRANIAL, PACK }

    static Figure person(Pose pose, Gear gear) {
        double[] p = pose.p;
        double hx = p[0];
        double hy = p[1];
        Figure person = new Figure()
                .far(leg(p[4], p[5], p[18], p[19], p[20], p[21]), arm(p[2], p[3], p[10], p[11], p[12], p[13]))
                .body(taper(10, 10, hx + 1, hy, p[2], p[3]),
                        taper(36, 29, p[2], p[3] + 7, p[4], p[5]),
                        disc(hx, hy, 11),
                        leg(p[4], p[5], p[14], p[15], p[16], p[17]),
                        arm(p[2], p[3], p[6], p[7], p[8], p[9]));
        switch (gear) {
            case CAP -> person.body(oval(hx + 1, hy - 6, 24, 13), box(hx - 18, hy - 6, hx - 3, hy - 3));
            case HELMET -> person.body(oval(hx + 1, hy - 4, 32, 24), box(hx - 16, hy - 2, hx + 17, hy + 1));
            case CRANIAL -> person.body(oval(hx + 1, hy - 5, 28, 19), disc(hx + 3, hy + 2, 7));
            case PACK -> person.body(oval(hx + 1, hy - 4, 32, 24),
                    rounded(p[2] + 12, p[3] - 2, p[2] + 38, p[3] + 46, 10));
        }
        switch (pose) {
            case BINOCULARS -> person.body(rounded(hx - 32, hy - 8, hx - 12, hy + 5, 6));
            case PATROL -> person.body(bar(-64, -126, 18, -108, 6), box(8, -114, 22, -98));
            case SIGNAL -> person.body(flag(p[8], p[9], -1), flag(p[12], p[13], 1));
            default -> {
            }
        }
        return person;
    }

    /** A semaphore flag on a short staff, held up from the hand and flying to one side. */
    private static Shape flag(double handX, double handY, double side) {
        Area flag = new Area(bar(handX, handY, handX, handY - 30, 3));
        flag.add(new Area(box(Math.min(handX, handX + side * 22), handY - 32, Math.max(handX, handX + side * 22),
                handY - 12)));
        return flag;
    }

    /** Thigh to boot: tapering from the hip, with a boot pointing forward at the foot. */
    private static Shape leg(double hipX, double hipY, double kneeX, double kneeY, double footX, double footY) {
        Area leg = taper(20, 11, hipX, hipY, kneeX, kneeY, footX, footY - 6);
        leg.add(new Area(rounded(footX - 15, footY - 10, footX + 7, footY, 7)));
        return leg;
    }

    private static Shape arm(double shoulderX, double shoulderY, double elbowX, double elbowY, double handX,
                             double handY) {
        Area arm = taper(12, 8, shoulderX, shoulderY + 5, elbowX, elbowY, handX, handY);
        arm.add(new Area(disc(handX, handY, 5.5)));
        return arm;
    }

    /** A rounded limb through the given joints, its width going from w0 at the first to w1 at the last. */
    private static Area taper(double w0, double w1, double... xy) {
        int joints = xy.length / 2;
        Area limb = new Area();
        for (int i = 0; i < joints; i++) {
            double w = w0 + (w1 - w0) * i / (joints - 1);
            limb.add(new Area(disc(xy[2 * i], xy[2 * i + 1], w / 2)));
            if (i + 1 < joints) {
                double wNext = w0 + (w1 - w0) * (i + 1) / (joints - 1);
                double dx = xy[2 * i + 2] - xy[2 * i];
                double dy = xy[2 * i + 3] - xy[2 * i + 1];
                double length = Math.hypot(dx, dy);
                double nx = -dy / length / 2;
                double ny = dx / length / 2;
                limb.add(new Area(poly(
                        xy[2 * i] + nx * w, xy[2 * i + 1] + ny * w,
                        xy[2 * i + 2] + nx * wNext, xy[2 * i + 3] + ny * wNext,
                        xy[2 * i + 2] - nx * wNext, xy[2 * i + 3] - ny * wNext,
                        xy[2 * i] - nx * w, xy[2 * i + 1] - ny * w)));
            }
        }
        return limb;
    }

    // Shape vocabulary

    static Path2D poly(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    static Shape bar(double x1, double y1, double x2, double y2, double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(new Line2D.Double(x1, y1, x2, y2));
    }

    static Shape disc(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static Shape oval(double cx, double cy, double w, double h) {
        return new Ellipse2D.Double(cx - w / 2, cy - h / 2, w, h);
    }

    static Shape box(double x1, double y1, double x2, double y2) {
        return new Rectangle2D.Double(x1, y1, x2 - x1, y2 - y1);
    }

    static Shape rounded(double x1, double y1, double x2, double y2, double arc) {
        return new RoundRectangle2D.Double(x1, y1, x2 - x1, y2 - y1, arc, arc);
    }
}
