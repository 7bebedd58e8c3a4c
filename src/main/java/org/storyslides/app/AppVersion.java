package org.storyslides.app;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * The app's version for --version. It comes from the pom: Maven filters version.properties at build
 * time, so `mvn javafx:run`, the jar and the packaged app all print the version they were built as.
 */
final class AppVersion implements CommandLine.IVersionProvider {

    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"storyslides " + read()};
    }

    static String read() {
        try (InputStream in = Objects.requireNonNull(AppVersion.class.getResourceAsStream(RESOURCE),
                "missing resource: " + RESOURCE)) {
            Properties properties = new Properties();
            properties.load(in);
            return Objects.requireNonNull(properties.getProperty("version"), "no version in " + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
