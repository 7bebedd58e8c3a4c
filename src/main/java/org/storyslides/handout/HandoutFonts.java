package org.storyslides.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The app's bundled Noto fonts, embedded in one handout document (subsets: only the glyphs the handout
 * uses go into the file), and the one place that knows which characters they can set. A character a
 * font lacks (a CJK caption in Noto Serif, an emoji, a control character) becomes {@link #STAND_IN}, so
 * a hostile caption prints visibly wrong rather than stopping the handout; invisible format characters
 * are left out.
 */
final class HandoutFonts implements TextSetter {

    /** What a character the font cannot set prints as. */
    static final String STAND_IN = "?";
    private static final String FONTS = "/org/storyslides/app/fonts/";

    private final Map<HandoutStyle.Face, PDFont> fonts = new EnumMap<>(HandoutStyle.Face.class);
    private final Map<HandoutStyle.Face, Map<Integer, Boolean>> settable = new EnumMap<>(HandoutStyle.Face.class);

    HandoutFonts(PDDocument document) {
        for (HandoutStyle.Face face : HandoutStyle.Face.values()) {
            String resource = FONTS + face.file;
            try (InputStream in = Objects.requireNonNull(HandoutFonts.class.getResourceAsStream(resource), "missing resource: " + resource)) {
                fonts.put(face, PDType0Font.load(document, in, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            settable.put(face, new HashMap<>());
        }
    }

    PDFont font(HandoutStyle style) {
        return fonts.get(style.face);
    }

    @Override
    public float width(HandoutStyle style, String text) {
        try {
            return font(style).getStringWidth(text) / 1000 * style.size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String printable(HandoutStyle style, String text) {
        StringBuilder out = new StringBuilder(text.length());
        Map<Integer, Boolean> known = settable.get(style.face);
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (Character.getType(c) == Character.FORMAT) {
                // invisible controls (bidi overrides, joiners, soft hyphens): PDFBox neither reorders nor joins,
                // so on paper they do nothing, and left in they turn a reader's copied text round
                return;
            } else if (!Character.isISOControl(c) && known.computeIfAbsent(c, code -> canSet(style.face, code))) {
                out.appendCodePoint(c);
            } else {
                out.append(STAND_IN);
            }
        });
        return out.toString();
    }

    private boolean canSet(HandoutStyle.Face face, int codePoint) {
        try {
            PDFont font = fonts.get(face);
            font.encode(new String(Character.toChars(codePoint)));
            return font.getStringWidth(new String(Character.toChars(codePoint))) >= 0;
        } catch (IllegalArgumentException | IOException e) {
            return false; // "No glyph for U+4E2D in font NotoSerif"
        }
    }
}
