package org.storyslides.keys;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The keyboard map, declared once as data: key, action, description. The scene's key filter looks
 * keys up here and the help overlay lists these rows, so the two cannot drift apart.
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
        /** done with the mouse or a touchpad, not a key: listed in the help beside the keys */
        POINTER
    }

    /** What the filter needs to know of the app's state to pick a context. */
    public record State(boolean gridShown, boolean typingNumber, boolean zoomed) {
        public State(boolean gridShown, boolean typingNumber) {
            this(gridShown, typingNumber, false);
        }

        boolean allows(Context context) {
            return switch (context) {
                case ALWAYS -> true;
                case SLIDE -> !gridShown;
                case GRID -> gridShown;
                case TYPING -> typingNumber;
                case ZOOMED -> zoomed && !gridShown;
                case POINTER -> false;
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

    /**
     * One row of the map.
     *
     * @param section     the heading it is listed under in the help
     * @param context     where it applies
     * @param keysText    the keys as people read them
     * @param description what it does
     * @param command     what it asks for
     * @param triggers    the keys
     */
    public record Binding(String section, Context context, String keysText, String description, Command command,
                          List<Trigger> triggers) {
        public boolean matches(KeyEvent event) {
            return triggers.stream().anyMatch(trigger -> trigger.matches(event));
        }
    }

    private final List<Binding> bindings = new ArrayList<>();

    public KeyMap() {
        section("Slides");
        bind(Context.SLIDE, "Next slide", Command.NEXT_SLIDE, key(KeyCode.RIGHT), key(KeyCode.PAGE_DOWN), key(KeyCode.SPACE), key(KeyCode.N));
        bind(Context.SLIDE, "Previous slide", Command.PREVIOUS_SLIDE, key(KeyCode.LEFT), key(KeyCode.PAGE_UP),
                shift(KeyCode.SPACE), key(KeyCode.BACK_SPACE));
        bind(Context.SLIDE, "First slide", Command.FIRST_SLIDE, key(KeyCode.HOME));
        bind(Context.SLIDE, "Last slide", Command.LAST_SLIDE, key(KeyCode.END));
        bindAs("0\u20139", Context.ALWAYS, "Type a slide number (Esc cancels)", Command.TYPE_DIGIT, digits());
        bind(Context.TYPING, "Go to the slide typed", Command.GO_TO_TYPED_SLIDE, key(KeyCode.ENTER));
        bind(Context.ALWAYS, "Hide / show the caption", Command.TOGGLE_CAPTION, key(KeyCode.C));
        bind(Context.SLIDE, "Scroll a long caption down", Command.SCROLL_CAPTION_DOWN, shift(KeyCode.DOWN), key(KeyCode.J));
        bind(Context.SLIDE, "Scroll a long caption up", Command.SCROLL_CAPTION_UP, shift(KeyCode.UP), key(KeyCode.K));
        bind(Context.ALWAYS, "Filmstrip on / off", Command.TOGGLE_FILMSTRIP, key(KeyCode.T));
        gesture("Wheel, swipe", "Next / previous slide (while the picture is fitted)", Command.NEXT_SLIDE);

        section("Zoom");
        bind(Context.SLIDE, "Fit \u2194 100 % (the picture's own pixels)", Command.ZOOM_TOGGLE, key(KeyCode.Z));
        bind(Context.SLIDE, "Zoom in", Command.ZOOM_IN, key(KeyCode.I));
        bind(Context.SLIDE, "Zoom out", Command.ZOOM_OUT, key(KeyCode.O));
        bind(Context.ZOOMED, "Pan while zoomed", Command.PAN, key(KeyCode.LEFT), key(KeyCode.RIGHT), key(KeyCode.UP),
                key(KeyCode.DOWN));
        gesture("Ctrl+wheel, pinch", "Zoom about the pointer", Command.ZOOM_IN);
        gesture("Double-click", "Fit \u2194 100 % at the point clicked", Command.ZOOM_TOGGLE);
        gesture("Drag, wheel", "Pan while zoomed (Esc: back to fit)", Command.PAN);

        section("SEE ALL grid");
        bind(Context.ALWAYS, "Grid on / off", Command.TOGGLE_GRID, key(KeyCode.G));
        bind(Context.GRID, "Thumbnail to the left", Command.GRID_LEFT, key(KeyCode.LEFT));
        bind(Context.GRID, "Thumbnail to the right", Command.GRID_RIGHT, key(KeyCode.RIGHT));
        bind(Context.GRID, "Thumbnail above", Command.GRID_UP, key(KeyCode.UP));
        bind(Context.GRID, "Thumbnail below", Command.GRID_DOWN, key(KeyCode.DOWN));
        bind(Context.GRID, "First thumbnail", Command.GRID_FIRST, key(KeyCode.HOME));
        bind(Context.GRID, "Last thumbnail", Command.GRID_LAST, key(KeyCode.END));
        bind(Context.GRID, "Open the thumbnail", Command.GRID_OPEN, key(KeyCode.ENTER), key(KeyCode.SPACE));

        section("Galleries");
        bind(Context.ALWAYS, "Next gallery", Command.NEXT_GALLERY, typed("]"), ctrl(KeyCode.TAB));
        bind(Context.ALWAYS, "Previous gallery", Command.PREVIOUS_GALLERY, typed("["),
                new Pressed(new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN)));

        section("Presenting");
        bind(Context.ALWAYS, "Presentation (full screen) on / off", Command.TOGGLE_PRESENTATION, key(KeyCode.F11), key(KeyCode.F));
        bind(Context.ALWAYS, "Present from the gallery's cover", Command.PRESENT_FROM_COVER, key(KeyCode.F5));
        bind(Context.ALWAYS, "Present from this slide", Command.PRESENT_FROM_HERE, shift(KeyCode.F5));
        bind(Context.ALWAYS, "Close one layer: help, number, screen, zoom, grid, presentation", Command.CLOSE_LAYER,
                key(KeyCode.ESCAPE));
        bind(Context.ALWAYS, "Quit (where you are is remembered)", Command.QUIT, ctrl(KeyCode.Q));
        bind(Context.ALWAYS, "Autoplay on / off", Command.TOGGLE_AUTOPLAY, key(KeyCode.A));
        bind(Context.ALWAYS, "Autoplay faster", Command.AUTOPLAY_FASTER, typed("+"), key(KeyCode.ADD));
        bind(Context.ALWAYS, "Autoplay slower", Command.AUTOPLAY_SLOWER, typed("-"), key(KeyCode.SUBTRACT));
        bind(Context.ALWAYS, "Autoplay loop on / off (the gallery starts again after its last slide)", Command.TOGGLE_LOOP,
                key(KeyCode.L));
        bind(Context.ALWAYS, "Black screen (again to come back)", Command.BLACK_SCREEN, key(KeyCode.B), typed("."));
        bind(Context.ALWAYS, "White screen (again to come back)", Command.WHITE_SCREEN, key(KeyCode.W), typed(","));
        bind(Context.ALWAYS, "Presenter view on / off (a second window)", Command.PRESENTER_VIEW, key(KeyCode.P));
        bind(Context.ALWAYS, "Audience view to the next screen", Command.AUDIENCE_NEXT_SCREEN, shift(KeyCode.P));
        bind(Context.ALWAYS, "Pause / resume the talk's timer", Command.TIMER_PAUSE, shift(KeyCode.T), key(KeyCode.PAUSE));
        bind(Context.ALWAYS, "Reset the talk's timer to 0:00", Command.TIMER_RESET, shift(KeyCode.R));
        bind(Context.ALWAYS, "This help", Command.TOGGLE_HELP, typed("?"), key(KeyCode.F1));

        section("Story");
        bind(Context.ALWAYS, "Story text larger", Command.STORY_TEXT_LARGER,
                new Pressed(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY)),
                ctrl(KeyCode.PLUS), ctrl(KeyCode.ADD));
        bind(Context.ALWAYS, "Story text smaller", Command.STORY_TEXT_SMALLER, ctrl(KeyCode.MINUS), ctrl(KeyCode.SUBTRACT));
        bind(Context.ALWAYS, "Story text default size", Command.STORY_TEXT_DEFAULT, ctrl(KeyCode.DIGIT0), ctrl(KeyCode.NUMPAD0));
    }

    /** Every row, in the order the help lists them: keys and pointer gestures. */
    public List<Binding> bindings() {
        return List.copyOf(bindings);
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

    private void section(String name) {
        section = name;
    }

    private void bind(Context context, String description, Command command, Trigger... triggers) {
        bindAs(Arrays.stream(triggers).map(Trigger::displayText).distinct().collect(Collectors.joining(", ")),
                context, description, command, triggers);
    }

    private void bindAs(String keysText, Context context, String description, Command command, Trigger... triggers) {
        bindings.add(new Binding(section, context, keysText, description, command, List.of(triggers)));
    }

    /** A row for the help: what the mouse or a touchpad does, and the command it amounts to. */
    private void gesture(String gestureText, String description, Command command) {
        bindings.add(new Binding(section, Context.POINTER, gestureText, description, command, List.of()));
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
