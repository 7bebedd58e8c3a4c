package org.storyslides.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.TestImages;
import org.storyslides.handout.HandoutWriter;
import org.storyslides.handout.PaperSize;
import org.storyslides.handout.PdfReading;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handout of content made to hurt: characters the fonts lack, pictures that are no pictures, cut
 * short, or claim a size no printer needs, a caption of 10,000 characters, a picture that leads out of
 * the folder. Each ends in a PDF with a stand-in or a placeholder saying why, in the app's own heap.
 */
class HostileHandoutTest {

    private static final String GOOD = "images/g/good.png";

    @TempDir
    Path folder;
    private final List<String> warnings = new ArrayList<>();

    @Test
    void charactersTheFontsLackPrintAsStandInsAndTheRestPrints() throws Exception {
        // CJK, an emoji, a right-to-left override, a zero-width joiner, a private-use character: none in Noto Serif's Latin
        String caption = "Before \\u4e2d\\u6587 \\ud83d\\ude00 \\u202eevil\\u202c \\u200d \\ue000 after.";
        try (PdfReading pdf = handout(List.of(new HostileFolders.SlideSpec(GOOD, List.of(caption))))) {
            String text = pdf.bodies();
            // the invisible controls are left out (a bidi override would turn a reader's copied text round)
            assertThat(text).contains("Before ?? ? evil ? after.");
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aTextFileNamedJpgIsAFramedPlaceholderWithItsReason() throws Exception {
        writePicture("images/g/text.jpg", "this is not a picture\n".getBytes());
        assertPlaceholder("images/g/text.jpg", "not a JPEG, PNG, GIF or BMP picture");
    }

    @Test
    void aTruncatedJpegIsAPlaceholder() throws Exception {
        byte[] whole = jpeg(800, 600);
        writePicture("images/g/cut.jpg", Arrays.copyOf(whole, whole.length / 2));
        assertPlaceholder("images/g/cut.jpg", "the JPEG data is cut short");
    }

    @Test
    void aPngClaimingAHugeSizeIsNeverDecoded() throws Exception {
        writePicture("images/g/bomb.png", TestImages.bombPng(100_000, 100_000));
        assertPlaceholder("images/g/bomb.png", "too large to print (100000 x 100000 pixels)");
    }

    @Test
    void aPictureLinkedOutOfTheFolderIsRefused() throws Exception {
        Path outside = Files.write(folder.resolve("outside.png"), TestImages.png(40, 30));
        writePicture("images/g/escape.png", TestImages.png(40, 30));
        Path content = content(List.of(new HostileFolders.SlideSpec("images/g/escape.png", List.of("Escapes."))));
        Content loaded = HostileFolders.load(content);
        HostileFolders.replaceByLink(content.resolve("images/g/escape.png"), outside);
        try (PdfReading pdf = write(loaded)) {
            assertThat(pdf.bodies()).contains("Picture unavailable").contains("must stay inside the content folder");
        }
        assertThat(warnings).singleElement().asString().startsWith("images/g/escape.png: ");
    }

    @Test
    void aCaptionOf10000CharactersWrapsOverPagesAndNeverRunsOffThem() throws Exception {
        String words = IntStream.range(0, 800).mapToObj(i -> String.format("word%04d", i)).collect(Collectors.joining(" "));
        String longWord = "x".repeat(2_000); // no space to break at: broken between its characters
        String caption = words + " " + longWord;
        assertThat(caption.length()).isGreaterThan(9_000);
        try (PdfReading pdf = handout(List.of(new HostileFolders.SlideSpec(GOOD, List.of(caption))))) {
            assertThat(pdf.pages()).isGreaterThan(2);
            assertThat(pdf.bodies().replace(" ", "")).contains(caption.replace(" ", ""));
            for (int i = 0; i < pdf.pages(); i++) {
                float width = pdf.page(i).getMediaBox().getWidth();
                float height = pdf.page(i).getMediaBox().getHeight();
                assertThat(pdf.glyphs(i)).allSatisfy(glyph -> {
                    assertThat(glyph.x()).isGreaterThanOrEqualTo(50);
                    assertThat(glyph.x() + glyph.width()).as(glyph.text()).isLessThanOrEqualTo(width - 50);
                    // above the footer's rule, or the footer itself
                    assertThat(glyph.baseline() < height - 60 || Math.abs(glyph.baseline() - (height - 34)) < 1)
                            .as("%s at %s", glyph.text(), glyph.baseline()).isTrue();
                });
            }
        }
    }

    private void assertPlaceholder(String path, String reason) throws Exception {
        try (PdfReading pdf = handout(List.of(new HostileFolders.SlideSpec(path, List.of("Its caption prints.")),
                new HostileFolders.SlideSpec(GOOD, List.of("The next slide prints too."))))) {
            assertThat(pdf.bodies()).contains("Picture unavailable " + reason).contains("Its caption prints.")
                    .contains("The next slide prints too.");
            assertThat(pdf.pictures(0)).as("the good picture only").hasSize(1);
        }
        assertThat(warnings).singleElement().asString().startsWith(path + ": ").contains(reason)
                .endsWith("; a placeholder is printed in its place");
    }

    private PdfReading handout(List<HostileFolders.SlideSpec> slides) throws Exception {
        return write(HostileFolders.load(content(slides)));
    }

    private Path content(List<HostileFolders.SlideSpec> slides) throws Exception {
        Path content = folder.resolve("content");
        Files.createDirectories(content.resolve("images/g"));
        Files.write(content.resolve(GOOD), TestImages.png(64, 48));
        HostileFolders.story(content, List.of("A paragraph."), List.of("g"));
        HostileFolders.gallery(content, "g", "Hostile gallery", slides);
        return content;
    }

    private PdfReading write(Content content) throws Exception {
        HandoutWriter.Written written = new HandoutWriter(PaperSize.A4, warnings::add)
                .write(content, Optional.empty(), folder.resolve("hostile.pdf"));
        PdfReading pdf = new PdfReading(written.file());
        assertThat(pdf.pages()).isEqualTo(written.pages());
        return pdf;
    }

    private void writePicture(String path, byte[] bytes) throws Exception {
        Path file = folder.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x * 31 ^ y * 17); // detail, so the data is long enough to cut
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", bytes);
        return bytes.toByteArray();
    }
}
