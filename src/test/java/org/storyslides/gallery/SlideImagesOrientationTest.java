package org.storyslides.gallery;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.ContentFolder;
import org.storyslides.content.Slide;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A picture turned upright is an image made of its pixels (JavaFX then takes its own size for the
 * size it was asked for): whether it is too small for a larger area is told from its own size upright
 * and the area it was decoded for, as for any other picture. The toolkit is started for JavaFX's decoder.
 */
@ExtendWith(ApplicationExtension.class)
class SlideImagesOrientationTest {

    @TempDir
    Path folder;
    private SlideImages images;

    @BeforeEach
    void pictures() throws Exception {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/portrait.jpg"), ExifPictures.portraitJpeg(400, 300, 6));
        Files.write(folder.resolve("images/large-portrait.jpg"), ExifPictures.portraitJpeg(2400, 1800, 8));
        Files.write(folder.resolve("images/large.jpg"), ExifPictures.twoColoured("jpg", 2400, 1800, ExifPictures.RedSide.TOP));
        FxPictureDecoder decoder = new FxPictureDecoder(new ContentFolder(folder), new DecodeBudget(PictureHeader.DECODE_BUDGET_BYTES),
                new DecodeBudget(FxPictureDecoder.NATIVE_BUDGET_BYTES));
        images = new SlideImages(decoder, new DecodeQueue(1), Runnable::run, new Rectangle2D(0, 0, 1920, 1200));
    }

    @AfterEach
    void close() {
        images.close();
    }

    private static Slide slide(String image) {
        return new Slide(image, null, List.of(), null);
    }

    @Test
    void aSmallPortraitShownAtItsOwnSizeIsNeverTooSmall() throws Exception {
        Image picture = images.slide(slide("images/portrait.jpg"), 500, 500).get(20, TimeUnit.SECONDS);

        assertThat(picture.getWidth()).isEqualTo(300);
        assertThat(picture.getHeight()).isEqualTo(400);
        assertThat(images.info(picture)).contains(new PictureInfo(300, 400, PictureOrientation.ROTATE_90_CW));
        assertThat(images.tooSmall(picture, 1900, 1100)).as("it has no more pixels to give").isFalse();
    }

    @Test
    void aLargePortraitDecodedForASmallAreaIsTooSmallForALargerOne() throws Exception {
        Image picture = images.slide(slide("images/large-portrait.jpg"), 500, 500).get(20, TimeUnit.SECONDS);

        assertThat(picture.getWidth()).isEqualTo(384);
        assertThat(picture.getHeight()).isEqualTo(512);
        assertThat(images.info(picture)).contains(new PictureInfo(1800, 2400, PictureOrientation.ROTATE_270_CW));
        assertThat(images.tooSmall(picture, 500, 500)).isFalse();
        assertThat(images.tooSmall(picture, 480, 512)).as("the same area, rounded to the same step").isFalse();
        assertThat(images.tooSmall(picture, 1000, 1000)).isTrue();
        assertThat(images.tooSmall(picture, 500, 1000)).isTrue();
    }

    @Test
    void aPictureStoredUprightIsTooSmallAsBefore() throws Exception {
        Image picture = images.slide(slide("images/large.jpg"), 500, 500).get(20, TimeUnit.SECONDS);

        assertThat(picture.getRequestedWidth()).isEqualTo(512);
        assertThat(images.info(picture)).contains(new PictureInfo(2400, 1800, PictureOrientation.NORMAL));
        assertThat(images.tooSmall(picture, 500, 500)).isFalse();
        assertThat(images.tooSmall(picture, 1000, 500)).isTrue();
    }

    @Test
    void thumbnailsAndCoversAreToldToo() throws Exception {
        Image thumbnail = images.thumbnail(slide("images/portrait.jpg")).get(20, TimeUnit.SECONDS);
        Image cover = images.cover(slide("images/large-portrait.jpg")).get(20, TimeUnit.SECONDS);

        assertThat(thumbnail.getHeight()).isEqualTo(SlideImages.THUMBNAIL_HEIGHT);
        assertThat(thumbnail.getWidth()).isEqualTo(81);
        assertThat(images.info(thumbnail)).contains(new PictureInfo(300, 400, PictureOrientation.ROTATE_90_CW));
        assertThat(images.info(cover)).contains(new PictureInfo(1800, 2400, PictureOrientation.ROTATE_270_CW));
        assertThat(images.info(new Image("file:/nowhere.png"))).isEmpty();
    }
}
