package org.storyslides.tools;

import org.storyslides.tools.Gallery.Slide;
import org.storyslides.tools.MilitaryPhotos.Branch;
import org.storyslides.tools.Scene.Ground;
import org.storyslides.tools.Scene.Light;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;

import static org.storyslides.tools.Design.BOTTOM_LINE;
import static org.storyslides.tools.Design.IVORY;
import static org.storyslides.tools.Design.MARGIN;
import static org.storyslides.tools.Design.alpha;

/**
 * The military gallery's first slide: a carrier group at dusk and the key to the cards' colours. No
 * title and no photo count: the window's header and the cover's caption say those already.
 */
final class Covers {

    private Covers() {
    }

    static BufferedImage military(Gallery gallery) {
        Light light = Light.DUSK;
        BufferedImage image = Design.canvas();
        Graphics2D g = Design.graphics(image);
        Scene.paint(g, light, Ground.OPEN_SEA, 0);
        Stage.FLEET.paint(g, light);
        MilitaryCard.finish(g, light.ink());
        MilitaryCard.standInNote(g);
        float x = MARGIN;
        // The key to the colour system of the cards: only the services that took photos here.
        for (Branch branch : branches(gallery)) {
            g.setColor(branch.color);
            g.fill(new Rectangle2D.Float(x, BOTTOM_LINE - 13, 13, 13));
            x += 24 + Design.text(g, branch.label, Design.label(17), alpha(IVORY, 0.8), x + 24, BOTTOM_LINE) + 30;
        }
        g.dispose();
        return image;
    }

    private static Set<Branch> branches(Gallery gallery) {
        Set<Branch> branches = EnumSet.noneOf(Branch.class);
        for (Slide slide : gallery.slides().subList(1, gallery.slides().size())) {
            branches.add(Branch.ofCredit(slide.credit()));
        }
        return branches;
    }
}
