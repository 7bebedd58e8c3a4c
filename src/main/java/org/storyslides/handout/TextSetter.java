package org.storyslides.handout;

/** What the layout needs of the fonts: how wide a text is set, and the text made safe to set. */
interface TextSetter {

    /** The width of {@code text} in {@code style}, in points; {@code text} must be {@link #printable}. */
    float width(HandoutStyle style, String text);

    /**
     * {@code text} with every character the style's font cannot set (CJK in a Latin font, emoji, control
     * characters) replaced by a visible stand-in, and white space as plain spaces.
     */
    String printable(HandoutStyle style, String text);
}
