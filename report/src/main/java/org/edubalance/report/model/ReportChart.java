package org.edubalance.report.model;

import java.util.List;

/**
 * A clustered bar chart beside a sheet's table, drawn from a small table of its own that the sheet shows next to its
 * main table, so that every bar reads off a cell a reader can check (and a spreadsheet program redraws the chart when
 * a cell is changed).
 *
 * @param title the chart's title
 * @param categoryAxis the title of the category axis (what each group of bars is)
 * @param valueAxis the title of the value axis (what a bar's height measures)
 * @param headers the chart table's headers: the category column first, then one per figure
 * @param rows one row per category: its name as text first, then its figures as numbers
 * @param series the columns of the chart table drawn as bar series (1 or more, never the category column 0), each
 *     named by its header
 */
public record ReportChart(
        String title,
        String categoryAxis,
        String valueAxis,
        List<String> headers,
        List<ReportRow> rows,
        List<Integer> series) {

    public ReportChart {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        series = List.copyOf(series);
        if (headers.size() < 2) {
            throw new IllegalArgumentException("A chart table has a category column and at least one figure");
        }
        int columns = headers.size();
        if (series.isEmpty() || series.stream().anyMatch(c -> c < 1 || c >= columns)) {
            throw new IllegalArgumentException(
                    "A chart's series are figure columns 1–" + (columns - 1) + ", got " + series);
        }
        for (ReportRow row : rows) {
            List<ReportCell> cells = row.cells();
            if (cells.size() != headers.size() || !(cells.getFirst() instanceof ReportCell.Text)) {
                throw new IllegalArgumentException(
                        "A chart row has its category as text and one cell per header, got " + cells);
            }
            for (int c : series) {
                if (!(cells.get(c) instanceof ReportCell.Numeric)) {
                    throw new IllegalArgumentException("A chart row has a number in each series column, got " + cells);
                }
            }
        }
    }
}
