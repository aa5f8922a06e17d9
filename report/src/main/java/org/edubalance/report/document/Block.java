package org.edubalance.report.document;

import java.util.List;
import org.edubalance.report.model.ReportRow;

/** One block of a {@link ReportDocument}. */
public sealed interface Block {

    /**
     * The title page.
     *
     * @param title the report's title
     * @param subtitle the line under it (the county)
     * @param verdict the verdict as words
     * @param verdictTone how the verdict is set apart
     * @param lines facts under the verdict (standard, school year, generation time)
     */
    record Cover(String title, String subtitle, String verdict, Tone verdictTone, List<String> lines) implements Block {
        public Cover {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A heading.
     *
     * @param level 1 (chapter, starts a new page), 2 or 3
     * @param text the heading
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("A heading level is 1–3, got " + level);
            }
        }
    }

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {}

    /**
     * A boxed notice, e.g. what is incomplete.
     *
     * @param tone its tone
     * @param title its first line
     * @param lines the points it makes
     */
    record Notice(Tone tone, String title, List<String> lines) implements Block {
        public Notice {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A table; numbers are already rounded to their display scale ({@link org.edubalance.report.model.ReportCell}).
     *
     * @param caption the caption above it
     * @param headers one header per column
     * @param rows the rows
     * @param footnotes lines under it (legends, rounding notes)
     * @param widths relative column widths, one per column, or empty to let the renderer fit them
     */
    record Table(
            String caption, List<String> headers, List<ReportRow> rows, List<String> footnotes, List<Integer> widths)
            implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
            footnotes = List.copyOf(footnotes);
            widths = List.copyOf(widths);
            if (!widths.isEmpty() && widths.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "Table " + caption + " has " + headers.size() + " columns but " + widths.size() + " widths");
            }
        }

        /** A table whose column widths the renderer fits to the content. */
        public Table(String caption, List<String> headers, List<ReportRow> rows, List<String> footnotes) {
            this(caption, headers, rows, footnotes, List.of());
        }
    }

    /** A horizontal bar chart. */
    record Chart(BarChart chart) implements Block {}

    /** A chart of values over school years. */
    record Trend(TrendChart chart) implements Block {}
}
