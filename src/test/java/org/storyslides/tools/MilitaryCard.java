package org.storyslides.tools;

import org.storyslides.tools.Gallery.Slide;
import org.storyslides.tools.MilitaryPhotos.Card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import static org.storyslides.tools.Design.BOTTOM_LINE;
import static org.storyslides.tools.Design.HEIGHT;
import static org.storyslides.tools.Design.IVORY;
import static org.storyslides.tools.Design.MARGIN;
import static org.storyslides.tools.Design.TOP_LINE;
import static org.storyslides.tools.Design.WIDTH;
import static org.storyslides.tools.Design.alpha;

/**
 * A stand-in for one military photo: a stylised scene of the subject with, over its darkened lower
 * left, the service (in its colour), the subject set big in poster capitals, the place and the date.
 */
final class MilitaryCard {

    /** The subject line may not run into the silhouettes on the right half. */
    private static final float SUBJECT_WIDTH = 720;
    private static final float SUBJECT_SIZE = 150;

    private MilitaryCard() {
    }

    static BufferedImage draw(Slide slide, int number) {
        Card card = MilitaryPhotos.card(slide);
        BufferedImage image = Design.canvas();
        Graphics2D g = Design.graphics(image);
        Scene.paint(g, card.light(), card.ground(), number);
        card.stage().paint(g, card.light());
        finish(g, card.light().ink());

        standInNote(g);
        caption(g, card);
        g.dispose();
        return image;
    }

    /**
     * Darkens where the type sits (the whole lower left, and a band along the top for the labels),
     * then vignette and grain. Shared with the gallery's cover.
     */
    static void finish(Graphics2D g, Color ink) {
        Color shade = Design.mix(ink, Color.BLACK, 0.25);
        g.setPaint(new RadialGradientPaint(0, HEIGHT, 1250, new float[] {0f, 0.55f, 1f},
                new Color[] {alpha(shade, 0.85), alpha(shade, 0.52), alpha(shade, 0)}));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setPaint(new LinearGradientPaint(0, 0, 0, 230, new float[] {0f, 1f},
                new Color[] {alpha(ink, 0.45), alpha(ink, 0)}));
        g.fillRect(0, 0, WIDTH, 230);
        Design.vignette(g, 0.35);
        Design.grain(g, 0.025);
    }

    /** Says discreetly that this is a drawing, so nobody takes it for the photo. */
    static void standInNote(Graphics2D g) {
        Design.textRight(g, "STAND-IN IMAGE", Design.label(14), alpha(IVORY, 0.6), WIDTH - MARGIN, TOP_LINE);
    }

    private static void caption(Graphics2D g, Card card) {
        Design.text(g, card.date().toUpperCase(Locale.ROOT), Design.label(19), alpha(IVORY, 0.82), MARGIN, BOTTOM_LINE);
        Design.text(g, card.place(), Design.serifItalic(46), IVORY, MARGIN, BOTTOM_LINE - 50);

        Subject subject = subject(g, card.subject().toUpperCase(Locale.ROOT));
        float baseline = BOTTOM_LINE - 112;
        g.setColor(Color.WHITE);
        for (int i = subject.lines().size() - 1; i >= 0; i--) {
            subject.lines().get(i).draw(g, MARGIN - 4, baseline);
            if (i > 0) {
                // Bebas' capitals are 0.7 em tall: this leaves a sixth of an em between the lines.
                baseline -= subject.size() * 0.88f;
            }
        }
        float capTop = (float) (baseline + subject.lines().get(0).getBounds().getMinY());
        float kicker = capTop - 30;
        g.setColor(card.branch().color);
        g.fill(new Rectangle2D.Float(MARGIN, kicker - 13, 13, 13));
        Design.text(g, card.branch().label, Design.label(19), card.branch().color, MARGIN + 28, kicker);
    }

    private record Subject(float size, List<TextLayout> lines) {
    }

    /** The subject on one line if it stays big there, else on two balanced lines. */
    private static Subject subject(Graphics2D g, String subject) {
        float oneLineSize = fittedSize(g, subject, SUBJECT_SIZE);
        int space = balancedBreak(subject);
        if (oneLineSize >= 110 || space < 0) {
            return new Subject(oneLineSize, List.of(Design.layout(g, subject, Design.poster(oneLineSize))));
        }
        String first = subject.substring(0, space);
        String second = subject.substring(space + 1);
        float size = Math.min(fittedSize(g, first, 124), fittedSize(g, second, 124));
        return new Subject(size,
                List.of(Design.layout(g, first, Design.poster(size)), Design.layout(g, second, Design.poster(size))));
    }

    private static float fittedSize(Graphics2D g, String text, float maxSize) {
        float width = (float) Design.layout(g, text, Design.poster(maxSize)).getBounds().getWidth();
        return Math.min(maxSize, maxSize * SUBJECT_WIDTH / width);
    }

    /** The space that splits the text into the two most even halves, or -1 if it has none. */
    private static int balancedBreak(String text) {
        int best = -1;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (best < 0 || Math.abs(text.length() - 2 * i) < Math.abs(text.length() - 2 * best)) {
                best = i;
            }
        }
        return best;
    }
}
