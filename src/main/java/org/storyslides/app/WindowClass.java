package org.storyslides.app;

/**
 * The name docks and task bars group the app's windows by. On Linux, JavaFX's GTK glass gives each new
 * window the WM_CLASS of its application's name, which only {@code Application.launch} sets (from the
 * class name); started with {@code Platform.startup}, as here, it stays "java", and a dock cannot match
 * the window with its menu entry ({@code StartupWMClass} in src/packaging/deb/storyslides.desktop).
 * glass is not exported: the app image and {@code mvn javafx:run} pass
 * {@code --add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED} (pom, {@code app.window.class}).
 */
final class WindowClass {

    /** The window's class, and the desktop entry's StartupWMClass. */
    static final String NAME = "storyslides";

    private static final System.Logger LOG = System.getLogger(WindowClass.class.getName());

    private WindowClass() {
    }

    /** Names the app: on the JavaFX thread, before its first window. Run without the export, the name stays "java". */
    static void name() {
        try {
            com.sun.glass.ui.Application.GetApplication().setName(NAME);
        } catch (IllegalAccessError | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "the window class stays 'java': " + e);
        }
    }
}
