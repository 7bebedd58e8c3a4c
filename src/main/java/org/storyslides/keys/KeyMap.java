package org.storyslides.keys;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.storyslides.i18n.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The keyboard map and the pointer's gestures, declared once as data: key or gesture, action,
 * description. The scene's key filter looks keys up here and the help overlay lists these rows, so
 * the two cannot drift apart. The words (section headings, descriptions, gestures) are in the message
 * bundle, under {@code keys.*} and {@code gesture.*}.
 */
public final class KeyMap {

    /** Where a binding applies. */
    public enum Context {
        /** anywhere */
        ALWAYS,
        /** while a slide (not the grid) is on show */
        SLIDE,
        /** while the SEE ALL grid is on show */
        GRID,
        /** while a slide number is being typed */
        TYPING,
        /** while the picture on show is zoomed in: these keys come before the slide's own */
        ZOOMED,
        /** while the search field is open: these keys, and {@link #EVERYWHERE}'s, only; the others type */
        SEARCH,
        /** anywhere, the search field included: keys that never type a character */
        EVERYWHERE
    }

    /** What the filter needs to know of the app's state to pick a context. */
    public record State(boolean gridShown, boolean typingNumber, boolean zoomed, boolean searching) {
        public State(boolean gridShown, boolean typingNumber, boolean zoomed) {
            this(gridShown, typingNumber, zoomed, false);
        }

        public State(boolean gridShown, boolean typingNumber) {
            this(gridShown, typingNumber, false);
        }

        boolean allows(Context context) {
            if (searching) {
                return context == Context.SEARCH || context == Context.EVERYWHERE;
            }
            return switch (context) {
                case ALWAYS, EVERYWHERE -> true;
                case SEARCH -> false;
                case SLIDE -> !gridShown;
                case GRID -> gridShown;
                case TYPING -> typingNumber;
                case ZOOMED -> zoomed && !gridShown;
            };
        }
    }

    /** A key: pressed with exact modifiers, or a typed character whatever the keyboard layout. */
    public sealed interface Trigger {
        boolean matches(KeyEvent event);

        String displayText();
    }

    public record Pressed(KeyCombination combination) implements Trigger {
        @Override
        public boolean matches(KeyEvent event) {
            return event.getEventType() == KeyEvent.KEY_PRESSED && combination.match(event);
        }

        @Override
        public String displayText() {
            if (!(combination instanceof KeyCodeCombination code)) {
                return combination.getDisplayText();
            }
            String modifiers = (code.getControl() == KeyCombination.ModifierValue.DOWN
                    || code.getShortcut() == KeyCombination.ModifierValue.DOWN ? "Ctrl+" : "")
                    + (code.getShift() == KeyCombination.ModifierValue.DOWN ? "Shift+" : "");
            return modifiers + keyName(code.getCode());
        }
    }

    /** Key names as printed on keys and in manuals (JavaFX shows arrows and "Back Space"). */
    static String keyName(KeyCode code) {
        return switch (code) {
            case RIGHT -> "Right";
            case LEFT -> "Left";
            case UP -> "Up";
            case DOWN -> "Down";
            case ENTER -> "Enter";
            case ESCAPE -> "Esc";
            case BACK_SPACE -> "Backspace";
            case EQUALS, PLUS -> "Plus";
            case MINUS -> "Minus";
            case ADD -> "Num +";
            case SUBTRACT -> "Num -";
            case NUMPAD0 -> "Num 0";
            default -> code.getName();
        };
    }

    public record Typed(String character) implements Trigger {
        @Override
        public boolean matches(KeyEvent event) {
            return event.getEventType() == KeyEvent.KEY_TYPED && character.equals(event.getCharacter())
                    && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown();
        }

        @Override
        public String displayText() {
            return character;
        }
    }

    /** A row of the help: a key binding or a gesture, under its section's heading. */
    public sealed interface Row permits Binding, Gesture {
        String section();

        String keysText();

        String description();
    }

    /**
     * One key row of the map.
     *
     * @param section     the heading it is listed under in the help
     * @param context     where it applies
     * @param keysText    the keys as people read them
     * @param description what it does
     * @param command     what it asks for
     * @param triggers    the keys
     */
    public record Binding(String section, Context context, String keysText, String description, Command command,
                          List<Trigger> triggers) implements Row {
        public boolean matches(KeyEvent event) {
            return triggers.stream().anyMatch(trigger -> trigger.matches(event));
        }
    }

    /**
     * What the mouse, a touchpad or a touch screen does: a row of the help beside the keys (the views'
     * handlers do it; a key does the same or nothing does).
     *
     * @param name        the gesture's words in the bundle, {@code gesture.NAME} and {@code gesture.NAME.text}
     * @param keysText    the gesture as people say it
     * @param description what it does
     */
    public record Gesture(String section, String name, String keysText, String description) implements Row {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Binding> bindings = new ArrayList<>();

    private final Messages messages;

    public KeyMap(Messages messages) {
        this.messages = messages;
        section("keys.section.slides");
        bind(Context.SLIDE, "keys.NEXT_SLIDE", Command.NEXT_SLIDE, key(KeyCode.RIGHT), key(KeyCode.PAGE_DOWN), key(KeyCode.SPACE), key(KeyCode.N));
        bind(Context.SLIDE, "keys.PREVIOUS_SLIDE", Command.PREVIOUS_SLIDE, key(KeyCode.LEFT), key(KeyCode.PAGE_UP),
                shift(KeyCode.SPACE), key(KeyCode.BACK_SPACE));
        bind(Context.SLIDE, "keys.FIRST_SLIDE", Command.FIRST_SLIDE, key(KeyCode.HOME));
        bind(Context.SLIDE, "keys.LAST_SLIDE", Command.LAST_SLIDE, key(KeyCode.END));
        bindAs("0\u20139", Context.ALWAYS, "keys.TYPE_DIGIT", Command.TYPE_DIGIT, digits());
        bind(Context.TYPING, "keys.GO_TO_TYPED_SLIDE", Command.GO_TO_TYPED_SLIDE, key(KeyCode.ENTER));
        bind(Context.ALWAYS, "keys.TOGGLE_CAPTION", Command.TOGGLE_CAPTION, key(KeyCode.C));
        bind(Context.SLIDE, "keys.SCROLL_CAPTION_DOWN", Command.SCROLL_CAPTION_DOWN, shift(KeyCode.DOWN), key(KeyCode.J));
        bind(Context.SLIDE, "keys.SCROLL_CAPTION_UP", Command.SCROLL_CAPTION_UP, shift(KeyCode.UP), key(KeyCode.K));
        bind(Context.ALWAYS, "keys.TOGGLE_FILMSTRIP", Command.TOGGLE_FILMSTRIP, key(KeyCode.T));
        gesture("CLICK_ARROWS");
        gesture("CLICK_PICTURE_SIDE");
        gesture("WHEEL_PICTURE");
        gesture("CLICK_CAPTION_TOGGLE");
        gesture("CLICK_FILMSTRIP");
        gesture("WHEEL_FILMSTRIP");

        section("keys.section.zoom");
        bind(Context.SLIDE, "keys.ZOOM_TOGGLE", Command.ZOOM_TOGGLE, key(KeyCode.Z));
        bind(Context.SLIDE, "keys.ZOOM_IN", Command.ZOOM_IN, key(KeyCode.I));
        bind(Context.SLIDE, "keys.ZOOM_OUT", Command.ZOOM_OUT, key(KeyCode.O));
        bind(Context.ZOOMED, "keys.PAN", Command.PAN, key(KeyCode.LEFT), key(KeyCode.RIGHT), key(KeyCode.UP),
                key(KeyCode.DOWN));
        gesture("PINCH");
        gesture("DOUBLE_CLICK");
        gesture("DRAG");

        section("keys.section.see-all-grid");
        bind(Context.ALWAYS, "keys.TOGGLE_GRID", Command.TOGGLE_GRID, key(KeyCode.G));
        bind(Context.GRID, "keys.GRID_LEFT", Command.GRID_LEFT, key(KeyCode.LEFT));
        bind(Context.GRID, "keys.GRID_RIGHT", Command.GRID_RIGHT, key(KeyCode.RIGHT));
        bind(Context.GRID, "keys.GRID_UP", Command.GRID_UP, key(KeyCode.UP));
        bind(Context.GRID, "keys.GRID_DOWN", Command.GRID_DOWN, key(KeyCode.DOWN));
        bind(Context.GRID, "keys.GRID_FIRST", Command.GRID_FIRST, key(KeyCode.HOME));
        bind(Context.GRID, "keys.GRID_LAST", Command.GRID_LAST, key(KeyCode.END));
        bind(Context.GRID, "keys.GRID_OPEN", Command.GRID_OPEN, key(KeyCode.ENTER), key(KeyCode.SPACE));
        gesture("CLICK_SEE_ALL");
        gesture("CLICK_THUMBNAIL");

        section("keys.section.galleries");
        bind(Context.ALWAYS, "keys.NEXT_GALLERY", Command.NEXT_GALLERY, typed("]"), ctrl(KeyCode.TAB));
        bind(Context.ALWAYS, "keys.PREVIOUS_GALLERY", Command.PREVIOUS_GALLERY, typed("["),
                new Pressed(new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN)));
        gesture("CLICK_SEE_GALLERY");

        section("keys.section.presenting");
        bind(Context.ALWAYS, "keys.TOGGLE_PRESENTATION", Command.TOGGLE_PRESENTATION, key(KeyCode.F11), key(KeyCode.F));
        bind(Context.ALWAYS, "keys.PRESENT_FROM_COVER", Command.PRESENT_FROM_COVER, key(KeyCode.F5));
        bind(Context.ALWAYS, "keys.PRESENT_FROM_HERE", Command.PRESENT_FROM_HERE, shift(KeyCode.F5));
        bind(Context.ALWAYS, "keys.CLOSE_LAYER", Command.CLOSE_LAYER,
                key(KeyCode.ESCAPE));
        bind(Context.EVERYWHERE, "keys.QUIT", Command.QUIT, ctrl(KeyCode.Q));
        bind(Context.ALWAYS, "keys.TOGGLE_AUTOPLAY", Command.TOGGLE_AUTOPLAY, key(KeyCode.A));
        bind(Context.ALWAYS, "keys.AUTOPLAY_FASTER", Command.AUTOPLAY_FASTER, typed("+"), key(KeyCode.ADD));
        bind(Context.ALWAYS, "keys.AUTOPLAY_SLOWER", Command.AUTOPLAY_SLOWER, typed("-"), key(KeyCode.SUBTRACT));
        bind(Context.ALWAYS, "keys.TOGGLE_LOOP", Command.TOGGLE_LOOP,
                key(KeyCode.L));
        bind(Context.ALWAYS, "keys.BLACK_SCREEN", Command.BLACK_SCREEN, key(KeyCode.B), typed("."));
        bind(Context.ALWAYS, "keys.WHITE_SCREEN", Command.WHITE_SCREEN, key(KeyCode.W), typed(","));
        bind(Context.ALWAYS, "keys.PRESENTER_VIEW", Command.PRESENTER_VIEW, key(KeyCode.P));
        bind(Context.ALWAYS, "keys.AUDIENCE_NEXT_SCREEN", Command.AUDIENCE_NEXT_SCREEN, shift(KeyCode.P));
        bind(Context.ALWAYS, "keys.TIMER_PAUSE", Command.TIMER_PAUSE, shift(KeyCode.T), key(KeyCode.PAUSE));
        bind(Context.ALWAYS, "keys.TIMER_RESET", Command.TIMER_RESET, shift(KeyCode.R));
        bind(Context.ALWAYS, "keys.TOGGLE_HELP", Command.TOGGLE_HELP, typed("?"), key(KeyCode.F1));
        gesture("MOVE_POINTER");
        gesture("POINTER_ON_PICTURE");
        gesture("CLICK_PRESENTER_TIMER");

        section("keys.section.search");
        bind(Context.ALWAYS, "keys.OPEN_SEARCH", Command.OPEN_SEARCH, ctrl(KeyCode.F), typed("/"));
        bind(Context.SEARCH, "keys.SEARCH_NEXT.field", Command.SEARCH_NEXT, key(KeyCode.ENTER));
        bind(Context.SEARCH, "keys.SEARCH_PREVIOUS.field", Command.SEARCH_PREVIOUS, shift(KeyCode.ENTER));
        bind(Context.EVERYWHERE, "keys.SEARCH_NEXT", Command.SEARCH_NEXT, key(KeyCode.F3));
        bind(Context.EVERYWHERE, "keys.SEARCH_PREVIOUS", Command.SEARCH_PREVIOUS, shift(KeyCode.F3));
        bind(Context.SEARCH, "keys.SEARCH_LOOK_NEXT", Command.SEARCH_LOOK_NEXT, key(KeyCode.DOWN));
        bind(Context.SEARCH, "keys.SEARCH_LOOK_PREVIOUS", Command.SEARCH_LOOK_PREVIOUS, key(KeyCode.UP));
        bind(Context.SEARCH, "keys.SEARCH_CLOSE", Command.SEARCH_CLOSE, key(KeyCode.ESCAPE));
        gesture("CLICK_RESULT");
        gesture("CLICK_OUTSIDE_SEARCH");

        section("keys.section.story");
        bind(Context.ALWAYS, "keys.STORY_TEXT_LARGER", Command.STORY_TEXT_LARGER,
                new Pressed(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY)),
                ctrl(KeyCode.PLUS), ctrl(KeyCode.ADD));
        bind(Context.ALWAYS, "keys.STORY_TEXT_SMALLER", Command.STORY_TEXT_SMALLER, ctrl(KeyCode.MINUS), ctrl(KeyCode.SUBTRACT));
        bind(Context.ALWAYS, "keys.STORY_TEXT_DEFAULT", Command.STORY_TEXT_DEFAULT, ctrl(KeyCode.DIGIT0), ctrl(KeyCode.NUMPAD0));
        gesture("WHEEL_STORY");

        section("keys.section.handout");
        bind(Context.ALWAYS, "keys.EXPORT_HANDOUT", Command.EXPORT_HANDOUT, ctrl(KeyCode.P), ctrl(KeyCode.E));

        section("keys.section.folder");
        bind(Context.ALWAYS, "keys.OPEN_FOLDER", Command.OPEN_FOLDER, ctrl(KeyCode.O));
        gesture("DROP_FOLDER");
    }

    /** Every row, in the order the help lists them: keys and gestures. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The key rows, in the help's order. */
    public List<Binding> bindings() {
        return List.copyOf(bindings);
    }

    /** The gesture rows, in the help's order. */
    public List<Gesture> gestures() {
        return rows.stream().filter(Gesture.class::isInstance).map(Gesture.class::cast).toList();
    }

    /** The binding for this key event in this state, if any: while zoomed, the zoom's keys come first. */
    public Optional<Binding> find(KeyEvent event, State state) {
        return bindings.stream()
                .filter(binding -> binding.context() == Context.ZOOMED && state.allows(binding.context()) && binding.matches(event))
                .findFirst()
                .or(() -> bindings.stream().filter(binding -> state.allows(binding.context()) && binding.matches(event)).findFirst());
    }

    /** Which way a {@link Command#PAN} key pans: {dx, dy}, each -1, 0 or 1. */
    public static int[] panDirection(KeyEvent event) {
        return switch (event.getCode()) {
            case LEFT -> new int[]{-1, 0};
            case RIGHT -> new int[]{1, 0};
            case UP -> new int[]{0, -1};
            case DOWN -> new int[]{0, 1};
            default -> new int[]{0, 0};
        };
    }

    /** The digit a {@link Command#TYPE_DIGIT} key stands for. */
    public static int digitOf(KeyEvent event) {
        String name = event.getCode().getName();
        return Character.digit(name.charAt(name.length() - 1), 10);
    }

    // --- declaring

    private String section = "";

    private void section(String nameKey) {
        section = messages.get(nameKey);
    }

    private void bind(Context context, String descriptionKey, Command command, Trigger... triggers) {
        bindAs(Arrays.stream(triggers).map(Trigger::displayText).distinct().collect(Collectors.joining(", ")),
                context, descriptionKey, command, triggers);
    }

    private void bindAs(String keysText, Context context, String descriptionKey, Command command, Trigger... triggers) {
        Binding binding = new Binding(section, context, keysText, messages.get(descriptionKey), command, List.of(triggers));
        bindings.add(binding);
        rows.add(binding);
    }

    /** A row for the help: what the mouse, a touchpad or a touch screen does here (its handler is in a view). */
    private void gesture(String name) {
        rows.add(new Gesture(section, name, messages.get("gesture." + name + ".text"), messages.get("gesture." + name)));
    }

    private static Trigger key(KeyCode code) {
        return new Pressed(new KeyCodeCombination(code));
    }

    private static Trigger shift(KeyCode code) {
        return new Pressed(new KeyCodeCombination(code, KeyCombination.SHIFT_DOWN));
    }

    private static Trigger ctrl(KeyCode code) {
        return new Pressed(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN));
    }

    private static Trigger typed(String character) {
        return new Typed(character);
    }

    private static Trigger[] digits() {
        return Arrays.stream(KeyCode.values()).filter(KeyCode::isDigitKey).map(KeyMap::key).toArray(Trigger[]::new);
    }
}
