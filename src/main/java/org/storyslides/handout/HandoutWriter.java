package org.storyslides.handout;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.storyslides.content.Content;
import org.storyslides.content.ContentText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes the handout PDF: lays it out ({@link HandoutLayout}), draws each page with the embedded fonts and
 * pictures, and saves it so that a half-written file never takes the place of an existing one: the PDF
 * goes to a temporary file in the target's folder, then is moved over the target in one step. The
 * document keeps its streams in temporary files, not the heap, while it is built. Never on the JavaFX thread.
 */
public final class HandoutWriter {

    /** A handout written: where, how many pages, how many bytes. */
    public record Written(Path file, int pages, long bytes) {
    }

    private final PaperSize paper;
    private final Consumer<String> warnings;

    /** @param warnings told, in one line each, about every picture printed as a placeholder (naming its file) */
    public HandoutWriter(PaperSize paper, Consumer<String> warnings) {
        this.paper = paper;
        this.warnings = warnings;
    }

    /**
     * A file name for the handout of a story with this headline: its first words, in lower case, joined by
     * hyphens ("defense-secretary-mattis-sees-no-american.pdf"), letters and digits only.
     */
    public static String suggestedFileName(String headline) {
        String normalised = java.text.Normalizer.normalize(headline, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        StringBuilder name = new StringBuilder();
        for (String word : normalised.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (name.length() + word.length() + 1 > 48) {
                break;
            }
            name.append(name.length() == 0 ? "" : "-").append(word);
        }
        return (name.length() == 0 ? "handout" : name) + ".pdf";
    }

    /**
     * Writes the handout of the whole story, or of gallery {@code gallery} alone, to {@code target}.
     *
     * @throws HandoutException when it cannot be written, saying why in plain words; an existing file
     *                          at {@code target} is then as it was
     */
    public Written write(Content content, Optional<String> gallery, Path target) throws HandoutException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        String shown = ContentText.shown(file.toString(), 300);
        if (Files.isDirectory(file)) {
            throw new HandoutException(shown + " is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new HandoutException("there is no folder " + ContentText.shown(String.valueOf(folder), 300));
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            readableLikeAnyFile(temporary, file);
        } catch (IOException e) {
            throw new HandoutException("cannot write in " + ContentText.shown(folder.toString(), 300) + " (" + reason(e) + ")");
        }
        try {
            int pages = writeTo(content, gallery, temporary);
            moveOver(temporary, file);
            return new Written(file, pages, Files.size(file));
        } catch (IOException e) {
            throw new HandoutException("cannot write " + shown + " (" + reason(e) + ")");
        } catch (UncheckedIOException e) {
            throw new HandoutException("cannot write " + shown + " (" + reason(e.getCause()) + ")");
        } catch (RuntimeException e) {
            // a fault of the app's, not the user's: still said in one line, and the old file stays
            throw new HandoutException("cannot write " + shown + " (internal error: " + e + ")");
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                warnings.accept("could not remove the temporary file " + temporary + " (" + reason(e) + ")");
            }
        }
    }

    private int writeTo(Content content, Optional<String> gallery, Path file) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            HandoutFonts fonts = new HandoutFonts(document);
            HandoutPictures pictures = new HandoutPictures(content.files(), warnings);
            HandoutLayout layout = new HandoutLayout(paper, fonts, pictures);
            List<HandoutPage> pages = gallery.isPresent() ? layout.gallery(content, gallery.get()) : layout.story(content);
            PageDrawing drawing = new PageDrawing(document, fonts, pictures, paper);
            for (HandoutPage page : pages) {
                PDPage pdfPage = new PDPage(new PDRectangle(paper.width(), paper.height()));
                document.addPage(pdfPage);
                drawing.draw(page, pdfPage);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(fonts.printable(HandoutStyle.HEADLINE, content.story().headline()));
            info.setCreator("Story Slides");
            document.save(file.toFile());
            return pages.size();
        }
    }

    /**
     * A temporary file is made readable by its owner alone; the handout is for handing out, so it gets the
     * permissions of the file it replaces, or those a new file usually has (rw-r--r--).
     */
    private static void readableLikeAnyFile(Path temporary, Path file) throws IOException {
        if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(file) ? Files.getPosixFilePermissions(file)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static void moveOver(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An I/O failure in words: "permission denied", "no space left on device", not an exception's name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Why a handout could not be written, in words fit for the user. */
    public static final class HandoutException extends IOException {
        HandoutException(String message) {
            super(message);
        }
    }

    /** Draws a laid-out page, each picture decoded when its page is drawn. */
    private record PageDrawing(PDDocument document, HandoutFonts fonts, HandoutPictures pictures, PaperSize paper) {

        void draw(HandoutPage page, PDPage pdfPage) throws IOException {
            try (PDPageContentStream out = new PDPageContentStream(document, pdfPage)) {
                for (HandoutPage.Item item : page.items()) {
                    if (item instanceof HandoutPage.Text text) {
                        text(out, text.style(), text.x(), text.baseline(), text.text());
                    } else if (item instanceof HandoutPage.Rule rule) {
                        rule(out, rule);
                    } else {
                        picture(out, (HandoutPage.Picture) item);
                    }
                }
            }
        }

        private void text(PDPageContentStream out, HandoutStyle style, float x, float baseline, String text) throws IOException {
            out.beginText();
            out.setFont(fonts.font(style), style.size);
            out.setNonStrokingColor(style.grey, style.grey, style.grey);
            out.newLineAtOffset(x, paper.height() - baseline);
            out.showText(text);
            out.endText();
        }

        private void rule(PDPageContentStream out, HandoutPage.Rule rule) throws IOException {
            out.setStrokingColor(0.75f, 0.75f, 0.75f);
            out.setLineWidth(0.5f);
            out.moveTo(rule.x(), paper.height() - rule.y());
            out.lineTo(rule.x() + rule.width(), paper.height() - rule.y());
            out.stroke();
        }

        private void picture(PDPageContentStream out, HandoutPage.Picture box) throws IOException {
            HandoutPictures.Embedded embedded = pictures.embed(document, box.path(), box.width(), box.height());
            if (embedded instanceof HandoutPictures.Image image) {
                // fitted in the box, never stretched (the box has the picture's ratio; its pixels are rounded)
                float scale = Math.min(box.width() / image.image().getWidth(), box.height() / image.image().getHeight());
                float width = image.image().getWidth() * scale;
                float height = image.image().getHeight() * scale;
                out.drawImage(image.image(), box.x() + (box.width() - width) / 2, paper.height() - box.top() - height, width, height);
                return;
            }
            placeholder(out, box, ((HandoutPictures.Unavailable) embedded).reason());
        }

        /** A framed box saying the picture is unavailable and why, in the picture's place. */
        private void placeholder(PDPageContentStream out, HandoutPage.Picture box, String reason) throws IOException {
            float bottom = paper.height() - box.top() - box.height();
            out.setNonStrokingColor(0.95f, 0.95f, 0.95f);
            out.addRect(box.x(), bottom, box.width(), box.height());
            out.fill();
            out.setStrokingColor(0.6f, 0.6f, 0.6f);
            out.setLineWidth(0.75f);
            out.addRect(box.x(), bottom, box.width(), box.height());
            out.stroke();
            HandoutStyle style = HandoutStyle.PLACEHOLDER;
            LineBreaker breaker = new LineBreaker(line -> fonts.width(style, line));
            List<String> lines = new java.util.ArrayList<>();
            lines.add("Picture unavailable");
            lines.addAll(breaker.lines(fonts.printable(style, reason), box.width() - 20));
            // as many lines as the box holds, centred in it
            int shown = Math.max(1, Math.min(lines.size(), (int) ((box.height() - 12) / style.leading)));
            float first = box.top() + (box.height() - shown * style.leading) / 2 + style.size;
            for (int i = 0; i < shown; i++) {
                String line = lines.get(i);
                float x = box.x() + (box.width() - fonts.width(style, line)) / 2;
                text(out, style, x, first + i * style.leading, line);
            }
        }
    }
}
