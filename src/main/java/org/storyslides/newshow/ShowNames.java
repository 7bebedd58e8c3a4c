package org.storyslides.newshow;

import org.storyslides.content.ContentText;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names a new show gives: its gallery's id (lower-case letters, digits and dashes, as the
 * content format has them) and its pictures' file names (a photo's own name where the content
 * format takes it as it is, else one made safe), never two the same.
 */
final class ShowNames {

    /** The longest id made from a title, cut at a dash where it can be. */
    static final int MAX_ID_CHARS = 60;
    /** The longest file name kept (in UTF-8 bytes): file systems allow 255. */
    static final int MAX_NAME_BYTES = 200;
    static final String DEFAULT_ID = "photos";
    private static final String DEFAULT_STEM = "photo";

    private final Set<String> taken = new HashSet<>();

    /** A gallery id from a title: "Café Day, 2024!" gives "cafe-day-2024"; a title of no letters or digits gives "photos". */
    static String galleryId(String title) {
        String id = dashed(title).toLowerCase(Locale.ROOT);
        if (id.length() > MAX_ID_CHARS) {
            id = id.substring(0, MAX_ID_CHARS);
            int dash = id.lastIndexOf('-');
            id = dash > 0 ? id.substring(0, dash) : id;
        }
        return id.isEmpty() ? DEFAULT_ID : id;
    }

    /**
     * Whether the content format takes {@code name} as a picture's file name as it is, and it can be
     * printed as it is: no control character (not even a line feed), nothing the text check refuses,
     * no spaces at its ends, in NFC (the form the content's JSON is compared in).
     */
    static boolean keepable(String name) {
        return !name.isBlank() && !name.equals(".") && !name.equals("..") && name.strip().equals(name)
                && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && !name.startsWith(".")
                && name.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL)
                && ContentText.unsafe(name).isEmpty() && Normalizer.isNormalized(name, Normalizer.Form.NFC)
                && name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_NAME_BYTES;
    }

    /** A file name for {@code name} that the content format takes: letters, digits, dots and dashes, its extension in lower case. */
    static String safe(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? dashed(name.substring(dot + 1)).toLowerCase(Locale.ROOT) : "";
        String stem = dashed(dot > 0 ? name.substring(0, dot) : name);
        if (stem.length() > MAX_ID_CHARS) {
            stem = stem.substring(0, MAX_ID_CHARS);
        }
        return (stem.isEmpty() ? DEFAULT_STEM : stem) + (extension.isEmpty() ? "" : "." + extension);
    }

    /**
     * The name a picture gets in the show: its own when it can keep it, else {@link #safe}; "-2",
     * "-3" and so on before the extension when that is taken already (letter case aside, as some
     * file systems set it aside).
     */
    String pictureName(String name) {
        String wanted = keepable(name) ? name : safe(name);
        int dot = wanted.lastIndexOf('.');
        String stem = dot > 0 ? wanted.substring(0, dot) : wanted;
        String extension = dot > 0 ? wanted.substring(dot) : "";
        String candidate = wanted;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "-" + n + extension;
        }
        return candidate;
    }

    /** Letters and digits (accents taken off), everything else as one dash between them. */
    private static String dashed(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(plain.length());
        boolean dash = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                dash = true;
            }
        }
        return out.toString();
    }
}
