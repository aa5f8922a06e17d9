package org.edubalance.dataimport.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Streams the first sheet of an {@code .xlsx} workbook with fastexcel-reader, which parses the sheet's XML as it goes
 * and never builds the workbook in memory.
 *
 * <p>Cells come back as the user sees them: text as written; numbers in plain decimal notation, rounded to Excel's
 * 15 significant digits, without exponent or trailing zeros ({@code 12.0} → {@code 12}, {@code 1.5E7} → {@code
 * 15000000}); booleans as {@code TRUE}/{@code FALSE}; formulas by their cached result; error cells by their code
 * ({@code #DIV/0!}). Row numbers are the sheet's own, so skipped empty rows keep the numbering Excel shows.
 */
public final class XlsxTableReader implements TableReader {
    private long rowsRead;
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** A double reaches 1.8E308 and, subnormal, 4.9E-324; Excel holds less, so nothing a sheet holds is refused. */
    private static final int MAX_EXPONENT = 308;

    private static final int MIN_EXPONENT = -324;

    private final ReadableWorkbook workbook;
    private final Stream<Row> rowStream;
    private final Iterator<Row> rows;
    private final String fileName;
    private final String sheetName;
    // The first row read, the header: names the column of an oversized cell.
    private String @Nullable [] header;

    private XlsxTableReader(ReadableWorkbook workbook, Stream<Row> rowStream, String fileName, String sheetName) {
        this.workbook = workbook;
        this.rowStream = rowStream;
        this.rows = rowStream.iterator();
        this.fileName = fileName;
        this.sheetName = sheetName;
    }

    /**
     * Opens the first sheet of {@code file}.
     *
     * @throws IOException when the file is missing or not an OOXML workbook (an old {@code .xls} renamed, say)
     */
    public static XlsxTableReader open(Path file) throws IOException {
        String fileName = String.valueOf(file.getFileName());
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw e;
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw new IOException(notAWorkbook(fileName), e);
        }
        try {
            var sheet = workbook.getFirstSheet();
            SheetTextScan.check(file, fileName, sheet.getName());
            return new XlsxTableReader(workbook, sheet.openStream(), fileName, sheet.getName());
        } catch (OversizedCellException e) {
            workbook.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw new IOException(notAWorkbook(fileName), e);
        }
    }

    private static String notAWorkbook(String fileName) {
        return "'" + fileName + "' is not a readable .xlsx workbook. Maybe it is an old .xls file renamed;"
                + " open it in Excel and save it as .xlsx";
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    public @Nullable TableRow nextRow() throws IOException {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            if (row.getCellCount() > OversizedCellException.MAX_COLUMNS) {
                throw OversizedCellException.row(fileName, sheetName, row.getRowNum());
            }
            String[] cells = new String[row.getCellCount()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = text(row.getCell(i), row.getRowNum(), i);
            }
            rowsRead = row.getRowNum();
            if (header == null) {
                header = cells.clone();
            }
            return new TableRow(rowsRead, cells);
        } catch (ExcelReaderException | UncheckedIOException e) {
            throw new IOException("'" + fileName + "' sheet '" + sheetName + "' cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            rowStream.close();
        } finally {
            workbook.close();
        }
    }

    /**
     * The cell's text, or an {@link OversizedCellException} for text longer than a cell holds or a number beyond a
     * spreadsheet number's range; checked before any number is parsed, as parsing a number of millions of digits
     * alone takes minutes.
     */
    private String text(@Nullable Cell cell, long rowNumber, int column) throws OversizedCellException {
        if (cell == null) {
            return "";
        }
        String raw = cell.getRawValue();
        String text = switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString();
            case NUMBER, FORMULA, ERROR -> raw == null ? "" : raw;
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
        };
        if (text.length() > OversizedCellException.MAX_CELL_CHARS) {
            throw OversizedCellException.text(
                    fileName, sheetName, rowNumber, OversizedCellException.column(header, column), text);
        }
        try {
            return switch (cell.getType()) {
                case NUMBER -> raw == null ? "" : plainNumber(raw);
                case FORMULA -> raw == null ? "" : formulaResult(raw);
                case ERROR -> raw == null ? "#ERROR" : raw;
                default -> text;
            };
        } catch (ArithmeticException e) {
            throw OversizedCellException.number(
                    fileName, sheetName, rowNumber, OversizedCellException.column(header, column), text);
        }
    }

    private static String formulaResult(String raw) {
        try {
            new BigDecimal(raw);
            return plainNumber(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /**
     * {@code raw} as Excel shows it: 15 significant digits, plain notation, no trailing zeros.
     *
     * @throws ArithmeticException when the number is beyond the range of a spreadsheet number: written out plainly,
     *     {@code 1E999999999} would be a string of a billion digits
     */
    static String plainNumber(String raw) {
        String simple = simpleNumber(raw);
        if (simple != null) {
            return simple;
        }
        try {
            BigDecimal value = new BigDecimal(raw).round(EXCEL_PRECISION).stripTrailingZeros();
            if (value.signum() == 0) {
                return "0";
            }
            long exponent = (long) value.precision() - value.scale() - 1;
            if (exponent > MAX_EXPONENT || exponent < MIN_EXPONENT) {
                throw new ArithmeticException(raw + " is beyond the range of a spreadsheet number");
            }
            return value.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /**
     * The fast path for most cells: a plain decimal of at most 15 digits needs at most its trailing fractional zeros
     * cut ({@code 1850.0} as some writers store it → {@code 1850}); anything else returns {@code null}.
     */
    private static @Nullable String simpleNumber(String raw) {
        int length = raw.length();
        int dot = -1;
        int digits = 0;
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '-' || i != 0) {
                return null;
            }
        }
        int first = raw.startsWith("-") ? 1 : 0;
        boolean leadingZero = raw.charAt(first) == '0' && length > first + 1 && dot != first + 1;
        if (digits == 0 || digits > EXCEL_PRECISION.getPrecision() || dot == first || leadingZero) {
            return null;
        }
        if (dot < 0) {
            return raw;
        }
        int end = length;
        while (end > dot + 1 && raw.charAt(end - 1) == '0') {
            end--;
        }
        if (end == dot + 1) {
            end = dot;
        }
        String plain = raw.substring(0, end);
        return plain.isEmpty() || plain.equals("-") || plain.equals("-0") ? "0" : plain;
    }
}
