package org.storyslides.gallery;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.net.spi.URLStreamHandlerProvider;

/**
 * The {@code storyslides-picture:} URL scheme: a slide's file: or jar: URL behind it, read through
 * {@link CheckedPictureStream}. JavaFX's Image opens and decodes a URL in its own background thread;
 * giving it this URL puts the header check on that thread, before the decoding, with no extra
 * thread and no file read on the JavaFX thread. Registered as a service in
 * {@code META-INF/services/java.net.spi.URLStreamHandlerProvider}.
 */
public final class CheckedPictureUrls extends URLStreamHandlerProvider {

    static final String SCHEME = "storyslides-picture";
    private static final String PREFIX = SCHEME + ":";

    /**
     * The checked URL for a picture at {@code uri} to be decoded to fit {@code width} x {@code height}
     * (the fragment carries the size: the check needs it to know what the decode will take).
     */
    static String of(URI uri, double width, double height) {
        return PREFIX + uri + "#" + (long) Math.ceil(width) + "x" + (long) Math.ceil(height);
    }

    @Override
    public URLStreamHandler createURLStreamHandler(String protocol) {
        return SCHEME.equals(protocol) ? new Handler() : null;
    }

    private static final class Handler extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL url) throws IOException {
            String[] size = url.getRef().split("x");
            String external = url.toExternalForm();
            URL inner = URI.create(external.substring(PREFIX.length(), external.lastIndexOf('#'))).toURL();
            return new URLConnection(url) {
                @Override
                public void connect() {
                    // nothing to connect: the inner URL is opened when the bytes are asked for
                }

                @Override
                public InputStream getInputStream() throws IOException {
                    return CheckedPictureStream.open(inner.openStream(), Double.parseDouble(size[0]), Double.parseDouble(size[1]));
                }
            };
        }
    }
}
