package org.storyslides.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a handout back, as a reader's PDF viewer would: its text by page, above and below the footer rule, its pictures and fonts. */
public final class PdfReading implements AutoCloseable {

    /** A picture as drawn: its own pixels and the size it is printed at, in points. */
    public record Drawn(PDImageXObject image, int pixelWidth, int pixelHeight, float width, float height) {
        /** Pixels per inch at its printed width. */
        public double dpi() {
            return pixelWidth / (width / 72.0);
        }
    }

    private final PDDocument document;

    public PdfReading(Path file) {
        try {
            document = Loader.loadPDF(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    public PDPage page(int index) {
        return document.getPage(index);
    }

    /** The text above the footer of page {@code index} (from 0), its whitespace made single spaces. */
    public String body(int index) {
        PDPage page = page(index);
        return region(page, 0, page.getMediaBox().getHeight() - HandoutLayout.FOOTER_RULE);
    }

    /** The footer's text of page {@code index}. */
    public String footer(int index) {
        PDPage page = page(index);
        float height = page.getMediaBox().getHeight();
        return region(page, height - HandoutLayout.FOOTER_RULE, HandoutLayout.FOOTER_RULE);
    }

    /** Every page's body, one after the other. */
    public String bodies() {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < pages(); i++) {
            all.append(body(i)).append(' ');
        }
        return normalised(all.toString());
    }

    public static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String region(PDPage page, float top, float height) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("r", new Rectangle2D.Float(0, top, page.getMediaBox().getWidth(), height));
            stripper.extractRegions(page);
            return normalised(stripper.getTextForRegion("r"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A character as set on the page: its left, its baseline from the page's top, its width. */
    public record Glyph(String text, float x, float baseline, float width) {
    }

    /** Every character page {@code index} sets, where it sets it. */
    public List<Glyph> glyphs(int index) {
        List<Glyph> glyphs = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        glyphs.add(new Glyph(position.getUnicode(), position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj()));
                    }
                }
            };
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** The fonts page {@code index} uses. */
    public List<PDFont> fonts(int index) {
        List<PDFont> fonts = new ArrayList<>();
        try {
            for (COSName name : page(index).getResources().getFontNames()) {
                fonts.add(page(index).getResources().getFont(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /** The pictures page {@code index} draws, in the order it draws them. */
    public List<Drawn> pictures(int index) {
        Pictures engine = new Pictures();
        try {
            engine.processPage(page(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return engine.drawn;
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows the graphics state to each image's Do, as PDFBox's PrintImageLocations example does. */
    private static final class Pictures extends PDFStreamEngine {
        final List<Drawn> drawn = new ArrayList<>();

        Pictures() {
            addOperator(new Concatenate(this));
            addOperator(new SetMatrix(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName())) {
                PDXObject object = getResources().getXObject((COSName) operands.get(0));
                if (object instanceof PDImageXObject image) {
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    drawn.add(new Drawn(image, image.getWidth(), image.getHeight(), ctm.getScalingFactorX(), ctm.getScalingFactorY()));
                }
                return;
            }
            super.processOperator(operator, operands);
        }
    }
}
