package org.storyslides.handout;

import java.util.List;

/**
 * One page of the handout as laid out: what goes where, in points from the page's top left, before a byte
 * of PDF is written (so a test can see the layout, and the writer only draws).
 */
record HandoutPage(List<Item> items) {

    HandoutPage {
        items = List.copyOf(items);
    }

    sealed interface Item {
    }

    /** One line of text; {@code baseline} is its baseline's distance from the page's top. */
    record Text(HandoutStyle style, float x, float baseline, String text) implements Item {
    }

    /** A slide's picture, fitted in this box (the box has the picture's own ratio where it is known). */
    record Picture(String path, float x, float top, float width, float height) implements Item {
    }

    /** A thin horizontal rule. */
    record Rule(float x, float y, float width) implements Item {
    }
}
