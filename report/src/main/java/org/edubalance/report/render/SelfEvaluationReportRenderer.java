package org.edubalance.report.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;
import org.edubalance.report.selfevaluation.SelfEvaluationData;
import org.edubalance.report.selfevaluation.SelfEvaluationReportBuilder;

/**
 * Writes one county's self-evaluation report as PDF: {@link SelfEvaluationReportBuilder} builds the document,
 * {@link PdfDocumentRenderer} lays it out. The entry point for the command line and the web platform's download.
 *
 * <p>The same data, language and generation time give the same bytes.
 */
public final class SelfEvaluationReportRenderer {
    private final SelfEvaluationReportBuilder builder;
    private final PdfDocumentRenderer renderer = new PdfDocumentRenderer();

    /** A renderer writing in {@code locale}'s language: Chinese for {@code zh}, English otherwise. */
    public SelfEvaluationReportRenderer(Locale locale) {
        this.builder = new SelfEvaluationReportBuilder(locale);
    }

    /**
     * Writes the report of {@code data}'s county to {@code out}, which stays open (e.g. an HTTP response).
     *
     * @throws IOException when writing fails
     */
    public void write(SelfEvaluationData data, OutputStream out) throws IOException {
        renderer.render(builder.build(data), data.provenance().generatedAt(), out);
    }

    /**
     * Writes the report to the file {@code out}, replacing it. The PDF is written beside it first and moved into
     * place, so a failed run never leaves a truncated file.
     *
     * @throws IOException when the file cannot be written
     */
    public void write(SelfEvaluationData data, Path out) throws IOException {
        Path absolute = out.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                write(data, stream);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
