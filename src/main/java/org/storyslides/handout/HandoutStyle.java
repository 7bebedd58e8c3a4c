package org.storyslides.handout;

/**
 * The handout's kinds of type, set as the app sets them (slideshow.css): the story and the captions in
 * Noto Serif, labels, credits and the footer in Noto Sans, all from the app's bundled fonts.
 *
 * @param leading the distance from one baseline to the next, in points
 * @param grey    the ink: 0 black to 1 white (muted type is grey, never a colour a black printer lacks)
 */
enum HandoutStyle {
    HEADLINE(Face.SERIF_BOLD, 22, 27, 0.07f),
    META(Face.SANS, 8.5f, 12, 0.40f),
    PARAGRAPH(Face.SERIF, 10.5f, 15.5f, 0.10f),
    GALLERY_LABEL(Face.SANS_BOLD, 7.5f, 11, 0.40f),
    GALLERY_TITLE(Face.SERIF_BOLD, 16, 20, 0.07f),
    QUOTE(Face.SERIF_ITALIC, 11.5f, 15, 0.07f),
    CAPTION(Face.SERIF, 9, 12.6f, 0.15f),
    CREDIT(Face.SANS, 7, 10, 0.45f),
    SEE_ALSO_LABEL(Face.SANS_BOLD, 8, 12, 0.40f),
    SEE_ALSO(Face.SERIF_BOLD, 10.5f, 15, 0.10f),
    PLACEHOLDER(Face.SANS, 8, 11, 0.35f),
    FOOTER(Face.SANS, 7.5f, 10, 0.45f);

    /** The bundled font files (src/main/resources/org/storyslides/app/fonts). */
    enum Face {
        SERIF("NotoSerif-Regular.ttf"), SERIF_BOLD("NotoSerif-Bold.ttf"), SERIF_ITALIC("NotoSerif-Italic.ttf"),
        SANS("NotoSans-Regular.ttf"), SANS_BOLD("NotoSans-Bold.ttf");

        final String file;

        Face(String file) {
            this.file = file;
        }
    }

    final Face face;
    final float size;
    final float leading;
    final float grey;

    HandoutStyle(Face face, float size, float leading, float grey) {
        this.face = face;
        this.size = size;
        this.leading = leading;
        this.grey = grey;
    }
}
