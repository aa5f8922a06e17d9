package org.edubalance.report.document;

import java.util.List;
import java.util.Locale;

/**
 * A narrative report, independent of any file format: a title, the language it is written in, and its blocks in
 * reading order.
 *
 * @param title the document title (a renderer stores it in the file's properties)
 * @param locale the language of every label in the document
 * @param subject a one-line description for the file's properties
 * @param blocks the content in reading order
 */
public record ReportDocument(String title, Locale locale, String subject, List<Block> blocks) {
    public ReportDocument {
        blocks = List.copyOf(blocks);
    }
}
