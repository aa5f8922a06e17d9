package org.edubalance.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.edubalance.report.document.ReportDocument;

/**
 * Renders a {@link ReportDocument} as PDF: XHTML ({@link HtmlDocumentRenderer}) laid out by openhtmltopdf on PDFBox,
 * with Noto Sans SC (regular and bold) embedded as subsets so Chinese renders on any machine, and charts as vector
 * graphics.
 *
 * <p>Equal documents and times give byte-identical files: the creation and modification dates are the caller's
 * {@code generatedAt}, and the file identifier is derived from the page content, never from the clock.
 */
public final class PdfDocumentRenderer {
    /** The Noto Sans SC faces shipped by {@code com.helger.font:ph-fonts-noto-sans-sc} (TrueType with glyf outlines). */
    static final String REGULAR_FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    static final String BOLD_FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";
    private static final String PRODUCER = "EduBalance (openhtmltopdf, PDFBox)";

    static {
        // openhtmltopdf logs every resource and font it loads through java.util.logging at INFO; a report is not
        // the place for that chatter, and the CLI prints its own messages.
        XRLog.setLoggingEnabled(false);
    }

    /**
     * Writes {@code document} to {@code out}, which stays open.
     *
     * @param document the document
     * @param generatedAt the creation date stored in the file
     * @param out where the PDF goes
     * @throws IOException when writing fails
     */
    public void render(ReportDocument document, OffsetDateTime generatedAt, OutputStream out) throws IOException {
        String html = HtmlDocumentRenderer.render(document);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.useFont(() -> font(REGULAR_FONT), HtmlDocumentRenderer.FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD_FONT), HtmlDocumentRenderer.FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withProducer(PRODUCER);
        ByteArrayOutputStream laidOut = new ByteArrayOutputStream(1 << 19);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFKeepOpen().save(laidOut);
        }
        // PDFBox subsets the fonts (and writes their ToUnicode maps) while saving, so the text layer is repaired on a
        // second pass over the saved file.
        try (PDDocument pdf = Loader.loadPDF(laidOut.toByteArray())) {
            ToUnicodeRepair.repair(pdf);
            describe(pdf, document, generatedAt);
            identify(pdf, html);
            pdf.save(out);
        }
    }

    private static void describe(PDDocument pdf, ReportDocument document, OffsetDateTime generatedAt) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setSubject(document.subject());
        info.setCreator("EduBalance");
        info.setProducer(PRODUCER);
        GregorianCalendar time = GregorianCalendar.from(generatedAt.toZonedDateTime());
        info.setCreationDate(time);
        info.setModificationDate(time);
        pdf.getDocumentCatalog().setLanguage(document.locale().toLanguageTag());
    }

    /** The trailer's file identifier from the content's SHA-256; otherwise PDFBox would hash the clock. */
    private static void identify(PDDocument pdf, String html) {
        byte[] id;
        try {
            id = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static InputStream font(String resource) {
        InputStream in = PdfDocumentRenderer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException(
                    "Font " + resource + " is not on the class path. Maybe com.helger.font:ph-fonts-noto-sans-sc is"
                            + " missing from the runtime dependencies."));
        }
        return in;
    }
}
