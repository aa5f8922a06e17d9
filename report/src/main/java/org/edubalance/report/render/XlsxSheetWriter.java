package org.edubalance.report.render;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportChart;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;
import org.jspecify.annotations.Nullable;

/**
 * Writes one {@link ReportSheet} into a workbook, reading its rows once and in order (so computed rows are built one
 * at a time and a streaming workbook can flush them).
 *
 * <p>Column widths come from the headers and notes (a long one wraps at {@value #HEADER_WRAP_WIDTH} characters) and the
 * first {@value #WIDTH_SAMPLE_ROWS} body rows, counting a CJK character as two; they are fixed before any body row is
 * written, because a streaming workbook cannot revisit flushed rows. A sheet with more rows than a worksheet holds
 * (1,048,576 including the header) continues on sheets named {@code name (2)}, {@code name (3)} … with the same header.
 * A text longer than a cell holds (32,767 characters) is cut and ends in {@code …}.
 */
final class XlsxSheetWriter {
    static final int WIDTH_SAMPLE_ROWS = 10_000;
    static final int HEADER_WRAP_WIDTH = 16;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int PADDING = 2;
    private static final int MAX_LINES = 8;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Workbook workbook;
    private final XlsxStyles styles;

    XlsxSheetWriter(Workbook workbook, XlsxStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    void write(ReportSheet sheet) {
        int headerRows = sheet.titleRows().size() + 1 + (sheet.hasNotes() ? 1 : 0);
        int capacity = MAX_ROWS - headerRows;
        List<ReportRow> rows = sheet.rows();
        int parts = Math.max(1, (rows.size() + capacity - 1) / capacity);
        int[] widths = widths(sheet);
        for (int p = 0; p < parts; p++) {
            List<ReportRow> part = rows.subList(p * capacity, Math.min(rows.size(), (p + 1) * capacity));
            // The chart and its table stand beside the first part only, at its top, where a reader sees them.
            writePart(partName(sheet.name(), p), sheet, part, widths, p == 0 ? sheet.chart() : null);
        }
    }

    /** The name of the {@code p}-th (0-based) sheet holding {@code name}'s rows. */
    static String partName(String name, int p) {
        if (p == 0) {
            return name;
        }
        String suffix = " (" + (p + 1) + ")";
        return name.substring(0, Math.min(name.length(), ReportSheet.MAX_NAME_LENGTH - suffix.length())) + suffix;
    }

    private void writePart(
            String name, ReportSheet sheet, List<ReportRow> rows, int[] widths, @Nullable ReportChart chart) {
        Sheet out = workbook.createSheet(name);
        int columns = sheet.headers().size();
        for (int c = 0; c < columns; c++) {
            out.setColumnWidth(c, widths[c] * 256);
        }
        // The chart's table starts one blank column right of the table, on the header row; its rows are written with
        // the table's rows, in order, because a streaming workbook cannot go back to a flushed row.
        int chartColumn = columns + 1;
        List<ReportRow> chartRows = chart == null ? List.of() : chart.rows();
        int[] chartWidths = chart == null ? new int[0] : widths(chart.headers(), List.of(), chartRows);
        for (int c = 0; c < chartWidths.length; c++) {
            out.setColumnWidth(chartColumn + c, chartWidths[c] * 256);
        }
        int r = titles(out, sheet.titleRows());
        int headerRow = r;
        Row header = out.createRow(r++);
        headerLine(header, 0, sheet.headers(), widths, styles.header(), 15);
        if (chart != null) {
            headerLine(header, chartColumn, chart.headers(), chartWidths, styles.header(), 15);
        }
        int chartRow = 0;
        if (sheet.hasNotes()) {
            Row notes = out.createRow(r++);
            headerLine(notes, 0, sheet.notes(), widths, styles.note(), 12);
            if (chartRow < chartRows.size()) {
                body(notes, chartColumn, chartRows.get(chartRow++), chartWidths.length, name);
            }
        }
        int firstBodyRow = r;
        for (ReportRow row : rows) {
            Row line = out.createRow(r++);
            body(line, 0, row, columns, name);
            if (chartRow < chartRows.size()) {
                body(line, chartColumn, chartRows.get(chartRow++), chartWidths.length, name);
            }
        }
        int bodyEnd = r;
        for (int extra = r; chartRow < chartRows.size(); extra++) {
            body(out.createRow(extra), chartColumn, chartRows.get(chartRow++), chartWidths.length, name);
        }
        if (chart != null) {
            XlsxChartWriter.draw(workbook, name, chart, headerRow, chartColumn);
        }
        out.createFreezePane(sheet.frozenColumns(), firstBodyRow);
        if (!sheet.hasNotes() && !rows.isEmpty()) {
            out.setAutoFilter(new CellRangeAddress(headerRow, bodyEnd - 1, 0, columns - 1));
        }
        out.setRepeatingRows(new CellRangeAddress(headerRow, firstBodyRow - 1, -1, -1));
        pageSetup(out);
    }

    /** Writes the title lines from the top; returns the next free row. */
    private int titles(Sheet out, List<String> titles) {
        for (int r = 0; r < titles.size(); r++) {
            Row row = out.createRow(r);
            text(row, 0, titles.get(r), r == 0 ? styles.title() : styles.subtitle());
            if (r == 0) {
                row.setHeightInPoints(20);
            }
        }
        return titles.size();
    }

    /** Prints landscape on A4, as wide as one page, with the header repeated on every page. */
    private static void pageSetup(Sheet out) {
        PrintSetup print = out.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        out.setFitToPage(true);
    }

    /** Writes {@code texts} from column {@code first}; the row is as high as its most wrapped header needs. */
    private static void headerLine(
            Row row, int first, List<String> texts, int[] widths, CellStyle style, int pointsPerLine) {
        int lines = 1;
        for (int c = 0; c < texts.size(); c++) {
            text(row, first + c, texts.get(c), style);
            int usable = Math.max(1, widths[c] - PADDING);
            lines = Math.max(lines, (displayWidth(texts.get(c)) + usable - 1) / usable);
        }
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), Math.min(lines, MAX_LINES) * pointsPerLine + 3));
    }

    /** Writes {@code row}'s cells from column {@code first}, over {@code columns} columns. */
    private void body(Row out, int first, ReportRow row, int columns, String sheetName) {
        List<ReportCell> cells = row.cells();
        if (cells.size() > columns) {
            throw new IllegalArgumentException("Row " + (out.getRowNum() + 1) + " of sheet " + sheetName + " has "
                    + cells.size() + " cells but the sheet has " + columns + " columns");
        }
        RowKind kind = row.kind();
        for (int c = 0; c < cells.size(); c++) {
            switch (cells.get(c)) {
                case ReportCell.Text t when !t.text().isEmpty() -> text(out, first + c, t.text(), styles.text(kind));
                case ReportCell.Numeric n -> {
                    Cell cell = out.createCell(first + c);
                    cell.setCellValue(n.value());
                    cell.setCellStyle(styles.number(kind, n.scale()));
                }
                default -> bandCell(out, first + c, kind);
            }
        }
        for (int c = cells.size(); c < columns; c++) {
            bandCell(out, first + c, kind);
        }
    }

    /** A blank cell: written only when the row kind colours the whole row. */
    private void bandCell(Row out, int c, RowKind kind) {
        if (kind != RowKind.BODY) {
            out.createCell(c).setCellStyle(styles.text(kind));
        }
    }

    private static void text(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "…");
        cell.setCellStyle(style);
    }

    private static int[] widths(ReportSheet sheet) {
        return widths(sheet.headers(), sheet.notes(), sheet.rows());
    }

    private static int[] widths(List<String> headers, List<String> notes, List<ReportRow> rows) {
        int columns = headers.size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.min(displayWidth(headers.get(c)), HEADER_WRAP_WIDTH);
            if (!notes.isEmpty()) {
                widths[c] = Math.max(widths[c], Math.min(displayWidth(notes.get(c)), HEADER_WRAP_WIDTH));
            }
        }
        for (ReportRow row : rows.subList(0, Math.min(rows.size(), WIDTH_SAMPLE_ROWS))) {
            if (row.kind() == RowKind.SECTION) {
                continue;
            }
            List<ReportCell> cells = row.cells();
            for (int c = 0; c < Math.min(columns, cells.size()); c++) {
                widths[c] = Math.max(widths[c], displayWidth(cells.get(c)));
            }
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.clamp(widths[c] + PADDING, MIN_WIDTH, MAX_WIDTH);
        }
        return widths;
    }

    private static int displayWidth(ReportCell cell) {
        return switch (cell) {
            case ReportCell.Text t -> displayWidth(t.text());
            case ReportCell.Numeric n -> numberWidth(n);
            case ReportCell.Blank b -> 0;
        };
    }

    private static int numberWidth(ReportCell.Numeric n) {
        double magnitude = Math.abs(n.value());
        int digits = magnitude < 1 ? 1 : (int) Math.floor(Math.log10(magnitude)) + 1;
        return digits + (n.value() < 0 ? 1 : 0) + (n.scale() > 0 ? n.scale() + 1 : 0);
    }

    /** Characters as a spreadsheet shows them: East Asian wide characters count two, others one. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
