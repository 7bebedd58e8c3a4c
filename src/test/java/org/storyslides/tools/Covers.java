package org.storyslides.tools;

import org.storyslides.tools.Gallery.Slide;
import org.storyslides.tools.MilitaryPhotos.Branch;
import org.storyslides.tools.Scene.Ground;
import org.storyslides.tools.Scene.Light;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static org.storyslides.tools.Design.BOTTOM_LINE;
import static org.storyslides.tools.Design.IVORY;
import static org.storyslides.tools.Design.MARGIN;
import static org.storyslides.tools.Design.alpha;

/** The first slide of each gallery: its title set large, and its photo count, in the gallery's own language. */
final class Covers {

    private Covers() {
    }

    /** Like a quote card: the title in the serif under a hanging quotation mark, with every card's accent in a row. */
    static BufferedImage quotes(Gallery gallery) {
        Color accent = QuoteCard.ACCENTS[0];
        BufferedImage image = Design.canvas();
        Graphics2D g = Design.graphics(image);
        QuoteCard.ground(g, accent, 0);

        float top = QuoteCard.TEXT_TOP + 20;
        TextFit.Block title = TextFit.fit(g.getFontRenderContext(), gallery.title(),
                Design::serif, 1000, 380, 40, 150, 1.08f);
        QuoteCard.quotationMark(g, accent, MARGIN, top + title.lines().get(0).getAscent() * 0.22f);
        g.setColor(IVORY);
        title.draw(g, QuoteCard.TEXT_LEFT, top);

        // One swatch per quote card, in order: a table of contents in colour.
        float y = top + title.height() + 70;
        for (int i = 0; i < gallery.photoSlides(); i++) {
            g.setColor(QuoteCard.ACCENTS[i % QuoteCard.ACCENTS.length]);
            g.fill(new Rectangle2D.Float(QuoteCard.TEXT_LEFT + i * 52, y, 40, 6));
        }
        count(g, gallery, accent, QuoteCard.TEXT_LEFT);
        g.dispose();
        return image;
    }

    /** Like a military card: a carrier group at dusk, the title in poster capitals, the services' colours as a key. */
    static BufferedImage military(Gallery gallery) {
        Light light = Light.DUSK;
        BufferedImage image = Design.canvas();
        Graphics2D g = Design.graphics(image);
        Scene.paint(g, light, Ground.OPEN_SEA, 0);
        Stage.FLEET.paint(g, light);
        MilitaryCard.finish(g, light.ink());
        MilitaryCard.standInNote(g);
        TextFit.Block title = TextFit.fit(g.getFontRenderContext(), gallery.title().toUpperCase(Locale.ROOT),
                Design::poster, 820, 430, 60, 190, 0.9f);
        g.setColor(Color.WHITE);
        title.draw(g, MARGIN - 4, BOTTOM_LINE - 80 - title.height());

        float x = count(g, gallery, Branch.NAVY.color, MARGIN) + 56;
        // The key to the colour system of the cards: only the services that took photos here.
        for (Branch branch : branches(gallery)) {
            g.setColor(branch.color);
            g.fill(new Rectangle2D.Float(x, BOTTOM_LINE - 13, 13, 13));
            x += 24 + Design.text(g, branch.label.replace("U.S. ", ""), Design.label(17), alpha(IVORY, 0.8),
                    x + 24, BOTTOM_LINE) + 30;
        }
        g.dispose();
        return image;
    }

    /** "14 PHOTOS" after a short accent rule, on the bottom line; returns where it ends. */
    private static float count(Graphics2D g, Gallery gallery, Color accent, float x) {
        g.setColor(accent);
        g.fill(new Rectangle2D.Float(x, BOTTOM_LINE - 8, 44, 2.5f));
        String label = gallery.slides().size() + " PHOTOS";
        return x + 64 + Design.text(g, label, Design.label(21), IVORY, x + 64, BOTTOM_LINE);
    }

    private static Set<Branch> branches(Gallery gallery) {
        Set<Branch> branches = EnumSet.noneOf(Branch.class);
        for (Slide slide : gallery.slides().subList(1, gallery.slides().size())) {
            branches.add(Branch.ofCredit(slide.credit()));
        }
        return branches;
    }
}
