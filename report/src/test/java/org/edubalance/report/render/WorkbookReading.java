package org.edubalance.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
            Cell cell = row.getCell(c);
            texts.add(
                    cell == null
                            ? ""
                            : cell.getCellType() == CellType.NUMERIC
                                    ? Double.toString(cell.getNumericCellValue())
                                    : cell.getStringCellValue());
        }
        return texts;
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
}
