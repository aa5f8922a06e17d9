package org.edubalance.dataimport.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code .xlsx} test files with POI at test time, so no binary fixture is committed. Cell values: a {@link
 * String} is a text cell, a {@link Number} a numeric cell, a {@link Boolean} a boolean cell, a {@link Formula} a formula
 * whose result is cached, and {@code null} leaves the cell out.
 */
public final class XlsxFixtures {

    /** A formula cell, e.g. {@code new Formula("0.1+0.2")}. */
    public record Formula(String expression) {}

    private XlsxFixtures() {}

    /** A workbook with one sheet. */
    public static Path write(Path file, String sheetName, List<? extends List<?>> rows) throws IOException {
        Map<String, List<? extends List<?>>> sheets = new LinkedHashMap<>();
        sheets.put(sheetName, rows);
        return write(file, sheets);
    }

    /** A workbook with the given sheets, in order; rows are written from row 1 on. */
    public static Path write(Path file, Map<String, List<? extends List<?>>> sheets) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    writeRow(sheet.createRow(r), rows.get(r));
                }
            });
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            return save(workbook, file);
        }
    }

    /** A large one-sheet workbook written with POI's streaming writer (rows never all in memory). */
    public static Path writeStreaming(Path file, String sheetName, Iterator<? extends List<?>> rows)
            throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            int r = 0;
            while (rows.hasNext()) {
                writeRow(sheet.createRow(r++), rows.next());
            }
            save(workbook, file);
            workbook.dispose();
            return file;
        }
    }

    /**
     * Rewrites the part {@code entryName} of {@code file} (say {@code xl/worksheets/sheet1.xml}) with {@code edit}
     * applied to its XML, for cells no spreadsheet program writes (a number of a billion digits, say).
     */
    public static Path editEntry(Path file, String entryName, UnaryOperator<String> edit) throws IOException {
        byte[] original = Files.readAllBytes(file);
        try (var in = new ZipInputStream(new ByteArrayInputStream(original));
                var out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return file;
    }

    private static Path save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static void writeRow(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            switch (value) {
                case String text -> cell.setCellValue(text);
                case Number number -> cell.setCellValue(number.doubleValue());
                case Boolean flag -> cell.setCellValue(flag);
                case Formula formula -> cell.setCellFormula(formula.expression());
                default -> throw new IllegalArgumentException("No cell type for " + value.getClass());
            }
        }
    }
}
