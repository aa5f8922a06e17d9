package org.edubalance.report.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF back with PDFBox: its text, its fonts, a page as an image. */
public final class PdfReading {
    private PdfReading() {}

    /** The text of every page, in reading order. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** The fonts used on any page, as "name embedded=… subset=…" facts. */
    public static List<FontFact> fonts(byte[] pdf) throws IOException {
        List<FontFact> facts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    String fontName = font.getName();
                    boolean subset = fontName != null && fontName.matches("[A-Z]{6}\\+.*");
                    FontFact fact = new FontFact(fontName, font.isEmbedded(), subset);
                    if (!facts.contains(fact)) {
                        facts.add(fact);
                    }
                }
            }
        }
        return facts;
    }

    /** Renders page {@code index} (0-based) at {@code dpi} into {@code png}. */
    public static BufferedImage pageImage(byte[] pdf, int index, int dpi, Path png) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(index, dpi);
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            return image;
        }
    }

    /**
     * A font of the document.
     *
     * @param name its PostScript name (a subset has a six-letter tag and a plus sign in front)
     * @param embedded whether the font program is in the file
     * @param subset whether only the glyphs used are
     */
    public record FontFact(String name, boolean embedded, boolean subset) {}
}
