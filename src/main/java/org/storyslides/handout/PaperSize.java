package org.storyslides.handout;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The paper a handout is set for, in PDF points (1/72 inch). */
public enum PaperSize {
    /** ISO A4, 210 x 297 mm. */
    A4(595.28f, 841.89f),
    /** US Letter, 8.5 x 11 in. */
    LETTER(612, 792);

    /**
     * Where Letter is the usual paper (CLDR's territories for US Letter): the United States and Canada,
     * Mexico and the other countries of the Americas that follow them, and the Philippines.
     */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "PR", "CL", "CO", "CR", "GT",
            "PA", "SV", "VE", "BZ", "NI", "DO");

    private final float width;
    private final float height;

    PaperSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The paper people use where {@code locale} is (its country): Letter in the Americas' Letter countries, else A4. */
    public static PaperSize of(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /** The paper of the user's formatting locale. */
    public static PaperSize ofDefaultLocale() {
        return of(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** The paper named {@code name} on the command line ("a4" or "letter", any case). */
    public static Optional<PaperSize> named(String name) {
        for (PaperSize paper : values()) {
            if (paper.name().equalsIgnoreCase(name)) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }
}
