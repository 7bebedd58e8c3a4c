package org.storyslides.keys;

import org.junit.jupiter.api.Test;
import org.storyslides.i18n.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pointer handler the app installs (a click, the wheel, a pinch, a swipe, a drag, a drop, the
 * pointer's moves) is a gesture row of the help, and every gesture row is a handler the app installs:
 * the handlers are found in the main sources, so a new one without a row fails here, as does a row
 * (or a handler) removed.
 */
class GestureRowsTest {

    static final Path SOURCES = Path.of("src/main/java/org/storyslides");

    /** What installs a pointer handler: a setOn... of a pointer event or a button, an event filter or handler, the hover. */
    static final Pattern HANDLER = Pattern.compile("((?:[\\w]+(?:\\(\\))?\\.)?(?:setOn(?:Mouse|Scroll|Zoom|Swipe|Rotat|Touch|Drag|Action)\\w*"
            + "|add(?:EventFilter|EventHandler)\\(\\s*[\\w.]+|hoverProperty\\(\\)))");

    /** Each handler (its file and the code installing it) and the gestures of the help it does. */
    static final Map<String, List<String>> HANDLERS = Map.ofEntries(
            entry("gallery/CarouselView.java previous.setOnAction", List.of("CLICK_ARROWS")),
            entry("gallery/CarouselView.java next.setOnAction", List.of("CLICK_ARROWS")),
            entry("gallery/CarouselView.java slideImage.setOnMouseClicked", List.of("CLICK_PICTURE_SIDE", "DOUBLE_CLICK")),
            entry("gallery/CarouselView.java slideImage.setOnScroll", List.of("WHEEL_PICTURE", "PINCH", "DRAG")),
            entry("gallery/CarouselView.java slideImage.setOnSwipeLeft", List.of("WHEEL_PICTURE")),
            entry("gallery/CarouselView.java slideImage.setOnSwipeRight", List.of("WHEEL_PICTURE")),
            entry("gallery/CarouselView.java captionToggle.setOnAction", List.of("CLICK_CAPTION_TOGGLE")),
            entry("gallery/FilmstripCell.java setOnMouseClicked", List.of("CLICK_FILMSTRIP")),
            entry("gallery/Filmstrip.java addEventFilter(ScrollEvent.SCROLL", List.of("WHEEL_FILMSTRIP")),
            entry("gallery/CarouselView.java slideImage.setOnZoom", List.of("PINCH")),
            entry("gallery/CarouselView.java slideImage.setOnMousePressed", List.of("DRAG")),
            entry("gallery/CarouselView.java slideImage.setOnMouseDragged", List.of("DRAG")),
            entry("gallery/CarouselView.java seeAll.setOnAction", List.of("CLICK_SEE_ALL")),
            entry("gallery/CarouselView.java backToSlide.setOnAction", List.of("CLICK_SEE_ALL")),
            entry("gallery/ThumbnailCell.java setOnMouseClicked", List.of("CLICK_THUMBNAIL")),
            entry("story/GalleryCard.java seeGallery.setOnAction", List.of("CLICK_SEE_GALLERY")),
            entry("app/PresentationMode.java scene.addEventFilter(MouseEvent.MOUSE_MOVED", List.of("MOVE_POINTER")),
            entry("app/PresentationMode.java scene.addEventFilter(MouseEvent.MOUSE_DRAGGED", List.of("MOVE_POINTER")),
            entry("gallery/CarouselView.java stage.hoverProperty()", List.of("POINTER_ON_PICTURE")),
            entry("presenter/PresenterView.java pause.setOnAction", List.of("CLICK_PRESENTER_TIMER")),
            entry("presenter/PresenterView.java reset.setOnAction", List.of("CLICK_PRESENTER_TIMER")),
            entry("search/SearchOverlay.java cell.setOnMouseClicked", List.of("CLICK_RESULT")),
            entry("search/SearchOverlay.java scene.addEventFilter(MouseEvent.MOUSE_PRESSED", List.of("CLICK_OUTSIDE_SEARCH")),
            entry("story/StoryView.java addEventFilter(ScrollEvent.SCROLL", List.of("WHEEL_STORY")),
            entry("app/SlideshowWindow.java scene.setOnDragOver", List.of("DROP_FOLDER")),
            entry("app/SlideshowWindow.java scene.setOnDragDropped", List.of("DROP_FOLDER")));

    /** Handlers that are no gesture of their own, and why. */
    static final Map<String, String> NO_ROW = Map.of(
            "keys/HelpOverlay.java setOnMouseClicked", "a click outside the help closes it: the help's own hint says so",
            "app/KeyboardInput.java scene.addEventFilter(MouseEvent.MOUSE_PRESSED", "a press hides the keyboard's focus ring",
            "app/SlideshowWindow.java scene.addEventFilter(acted", "the rehearsal stops at the reader's first key, click or gesture");

    /** Files of other windows, whose buttons say what they do. */
    static final Set<String> OTHER_WINDOWS = Set.of("app/ProblemsWindow.java", "app/ProblemList.java");

    final KeyMap keyMap = new KeyMap(new Messages(Locale.ENGLISH));

    static Set<String> handlersInTheSources() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                if (OTHER_WINDOWS.contains(name)) {
                    continue;
                }
                Matcher handler = HANDLER.matcher(Files.readString(file));
                while (handler.find()) {
                    String code = handler.group(1);
                    // keys and the window's own events are no pointer's
                    if (!code.matches(".*add(EventFilter|EventHandler)\\((KeyEvent|WindowEvent)\\..*")) {
                        found.add(name + " " + code);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyPointerHandlerTheAppInstallsIsListedAndEveryListedOneIsInstalled() throws IOException {
        Set<String> found = handlersInTheSources();
        Set<String> listed = new TreeSet<>(HANDLERS.keySet());
        listed.addAll(NO_ROW.keySet());
        assertThat(found).as("pointer handlers in the sources (a new one needs a gesture row in KeyMap and an entry here)")
                .containsExactlyInAnyOrderElementsOf(listed);
        assertThat(found).as("the search finds handlers").hasSizeGreaterThan(20);
    }

    @Test
    void everyHandlersGestureIsARowOfTheHelpAndEveryGestureRowAHandler() {
        Set<String> rows = keyMap.gestures().stream().map(KeyMap.Gesture::name).collect(Collectors.toSet());
        Set<String> done = HANDLERS.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        assertThat(rows).containsExactlyInAnyOrderElementsOf(done);
    }

    @Test
    void theGesturesAreListedInTheirSectionsAfterTheKeys() {
        assertThat(keyMap.gestures().stream().map(gesture -> gesture.section() + ": " + gesture.name())).containsExactly(
                "Slides: CLICK_ARROWS", "Slides: CLICK_PICTURE_SIDE", "Slides: WHEEL_PICTURE", "Slides: CLICK_CAPTION_TOGGLE",
                "Slides: CLICK_FILMSTRIP", "Slides: WHEEL_FILMSTRIP",
                "Zoom: PINCH", "Zoom: DOUBLE_CLICK", "Zoom: DRAG",
                "SEE ALL grid: CLICK_SEE_ALL", "SEE ALL grid: CLICK_THUMBNAIL",
                "Galleries: CLICK_SEE_GALLERY",
                "Presenting: MOVE_POINTER", "Presenting: POINTER_ON_PICTURE", "Presenting: CLICK_PRESENTER_TIMER",
                "Search: CLICK_RESULT", "Search: CLICK_OUTSIDE_SEARCH",
                "Story: WHEEL_STORY",
                "Content folder: DROP_FOLDER");
        // in each section the keys come first, then the gestures
        List<KeyMap.Row> rows = keyMap.rows();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).section().equals(rows.get(i - 1).section())) {
                assertThat(rows.get(i - 1) instanceof KeyMap.Gesture && rows.get(i) instanceof KeyMap.Binding)
                        .as("%s after %s", rows.get(i).keysText(), rows.get(i - 1).keysText()).isFalse();
            }
        }
    }

    @Test
    void theHelpsHintSaysAClickOutsideClosesIt() {
        assertThat(new Messages(Locale.ENGLISH).get("help.close")).contains("click outside");
    }
}
