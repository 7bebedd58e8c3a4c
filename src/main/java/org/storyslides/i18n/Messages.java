package org.storyslides.i18n;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The app's UI labels, from the messages resource bundle. */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.storyslides.i18n.messages", locale);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** Formats a label; used on the JavaFX thread only (MessageFormat is not thread-safe), once per key press. */
    public String format(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale)).format(arguments);
    }

    public Locale locale() {
        return locale;
    }
}
