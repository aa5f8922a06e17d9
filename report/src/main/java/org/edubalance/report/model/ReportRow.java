package org.edubalance.report.model;

import java.util.List;

/**
 * One row of a table.
 *
 * @param kind how the row is to be set apart
 * @param cells its cells from the first column; fewer cells than columns leave the rest blank
 */
public record ReportRow(RowKind kind, List<ReportCell> cells) {
    public ReportRow {
        cells = List.copyOf(cells);
    }

    /** A data row. */
    public static ReportRow body(List<ReportCell> cells) {
        return new ReportRow(RowKind.BODY, cells);
    }

    /** A block heading with {@code title} in its first cell. */
    public static ReportRow section(String title) {
        return new ReportRow(RowKind.SECTION, List.of(ReportCell.text(title)));
    }
}
