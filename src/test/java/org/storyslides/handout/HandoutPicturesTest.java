package org.storyslides.handout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.ContentFolderFixture;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.gallery.ExifPictures;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Pictures in the handout: at print resolution, not their own, and upright as the slide shows them. */
class HandoutPicturesTest {

    @TempDir
    Path folder;
    private PdfReading pdf;

    @org.junit.jupiter.api.AfterEach
    void close() {
        if (pdf != null) {
            pdf.close();
        }
    }

    @Test
    void aLargePhotoIsEmbeddedAt200DpiForItsPrintedSize() throws Exception {
        PdfReading.Drawn drawn = handoutPicture(jpeg(3200, 2400));
        // printed about 3.6 inches wide: about 725 pixels at 200 dpi, not the photo's 3200
        assertThat(drawn.pixelWidth()).isLessThan(1000);
        assertThat(drawn.dpi()).isBetween(195.0, 205.0);
        assertThat((double) drawn.pixelWidth() / drawn.pixelHeight()).isCloseTo(4.0 / 3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(drawn.image().getSuffix()).as("JPEG-compressed").isEqualTo("jpg");
    }

    @Test
    void aPortraitStoredSidewaysIsEmbeddedUpright() throws Exception {
        // stored 1200 x 800, its EXIF orientation 6: it shows 800 x 1200, the stored left side (red) at the top
        PdfReading.Drawn drawn = handoutPicture(ExifPictures.portraitJpeg(1200, 800, 6));
        assertThat(drawn.pixelHeight()).isGreaterThan(drawn.pixelWidth());
        assertThat((double) drawn.pixelHeight() / drawn.pixelWidth()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.02));
        assertThat(drawn.height()).isGreaterThan(drawn.width());
        BufferedImage image = drawn.image().getImage();
        Color top = new Color(image.getRGB(image.getWidth() / 2, 2));
        Color bottom = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() - 3));
        assertThat(top.getRed()).isGreaterThan(200);
        assertThat(top.getBlue()).isLessThan(60);
        assertThat(bottom.getBlue()).isGreaterThan(200);
    }

    /** The demo folder with {@code picture} as its second slide's; the handout's picture of that slide. */
    private PdfReading.Drawn handoutPicture(byte[] picture) throws Exception {
        ContentFolderFixture fixture = new ContentFolderFixture(folder.resolve("content"));
        fixture.slide(1).addProperty("image", "images/demo/01.jpg");
        fixture.write();
        fixture.writeBytes("images/demo/01.jpg", picture);
        Content content = ((LoadResult.Loaded) new ContentLoader().load(fixture.folder)).content();
        List<String> warnings = new ArrayList<>();
        HandoutWriter.Written written = new HandoutWriter(PaperSize.A4, warnings::add)
                .write(content, Optional.empty(), folder.resolve("out.pdf"));
        assertThat(warnings).isEmpty();
        pdf = new PdfReading(written.file());
        List<PdfReading.Drawn> pictures = pdf.pictures(0);
        assertThat(pictures).hasSize(2); // the cover, then this one
        return pictures.get(1);
    }

    /** A grey JPEG: a byte a pixel while it is drawn (the tests share the app's 160 MB heap with the window tests). */
    private static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", bytes);
        return bytes.toByteArray();
    }
}
