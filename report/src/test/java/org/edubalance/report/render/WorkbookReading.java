package org.edubalance.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle;

/** Reads back what a test wrote: workbooks, rows as plain values, and rows found by their content. */
final class WorkbookReading {
    private WorkbookReading() {}

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The row's cells as strings ({@code ""} for a missing cell, numbers as {@link Double#toString}). */
    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(text(row.getCell(c)));
        }
        return texts;
    }

    /** A cell as a string ({@code ""} for a missing cell, a number as {@link Double#toString}). */
    private static String text(@Nullable Cell cell) {
        return cell == null
                ? ""
                : cell.getCellType() == CellType.NUMERIC
                        ? Double.toString(cell.getNumericCellValue())
                        : cell.getStringCellValue();
    }

    /** The first row whose cells include every one of {@code texts}. */
    static Row rowWith(Sheet sheet, String... texts) {
        for (Row row : sheet) {
            if (texts(row).containsAll(List.of(texts))) {
                return row;
            }
        }
        throw new AssertionError("No row of " + sheet.getSheetName() + " contains " + List.of(texts));
    }

    /** The charts drawn on {@code sheet} (none when it has no drawing). */
    static List<XSSFChart> charts(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getCharts();
    }

    /** The bar series of {@code chart}, as stored in its part. */
    static List<CTBarSer> barSeries(XSSFChart chart) {
        return List.of(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray());
    }

    /** The text of a chart or axis title. */
    static String titleText(CTTitle title) {
        StringBuilder text = new StringBuilder();
        for (var paragraph : title.getTx().getRich().getPArray()) {
            for (var run : paragraph.getRArray()) {
                text.append(run.getT());
            }
        }
        return text.toString();
    }

    /**
     * What the cells named by a chart's reference (such as {@code 'Equity'!$J$4:$J$6}) hold, each as {@link #texts}
     * gives it: the values a spreadsheet program draws.
     */
    static List<String> referencedCells(XSSFWorkbook workbook, String reference) {
        List<String> values = new ArrayList<>();
        AreaReference area = new AreaReference(reference, SpreadsheetVersion.EXCEL2007);
        for (CellReference ref : area.getAllReferencedCells()) {
            Row row = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow());
            values.add(text(row == null ? null : row.getCell(ref.getCol())));
        }
        return values;
    }
}
