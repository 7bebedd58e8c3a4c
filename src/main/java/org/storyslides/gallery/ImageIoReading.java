package org.storyslides.gallery;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.function.Consumer;

/** A picture's first image read with ImageIO as {@code param} says (a region, a subsampling): the zoom's regions and the handout's prints. */
final class ImageIoReading {

    private ImageIoReading() {
    }

    static BufferedImage read(InputStream bytes, Consumer<ImageReadParam> param) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(bytes)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IIOException("no reader for this picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                ImageReadParam readParam = reader.getDefaultReadParam();
                param.accept(readParam);
                return reader.read(0, readParam);
            } finally {
                reader.dispose();
            }
        }
    }
}
