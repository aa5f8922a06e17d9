package org.edubalance.dataimport.table;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes rows of strings as RFC 4180 CSV in UTF-8: fields are quoted only when they hold a comma, a quote, a line
 * break or surrounding spaces; rows end with CRLF. {@link CsvTableReader} reads back exactly what was written.
 *
 * <p>Every CSV the platform or the command line hands to people is written by the spreadsheet variant ({@link
 * #createForExcel}, {@link #forSpreadsheet}): besides the byte-order mark, it neutralises cells a spreadsheet would run
 * as a formula (CSV injection, as OWASP describes it). A text cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a single quote in front ({@code '=HYPERLINK(…)}), which spreadsheet
 * users know as "this is text". A cell that is a plain number ({@code -3.5}, {@code +7}, {@code -1.5E-4}) is no
 * formula and stays a number. {@link CsvTableReader} takes such a quote off again; so that it can tell it from a quote
 * that belongs to the value, both variants put a second quote in front of a cell that begins with a quote. So every
 * file written here still reads back equal.
 */
public final class CsvTableWriter implements Closeable {
    private static final int BUFFER_SIZE = 1 << 16;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Writer out;
    private final boolean neutralising;

    private CsvTableWriter(Writer out, boolean neutralising) {
        this.out = out;
        this.neutralising = neutralising;
    }

    /** Creates (or replaces) {@code file}, plain UTF-8 without a byte-order mark. */
    public static CsvTableWriter create(Path file) throws IOException {
        return new CsvTableWriter(writer(file), false);
    }

    /**
     * Creates (or replaces) {@code file} starting with a UTF-8 byte-order mark, which Excel on Windows needs to show
     * Chinese text correctly instead of reading the file as GBK. The importers accept the mark. Cells that a
     * spreadsheet would run as a formula are neutralised (see the class comment).
     */
    public static CsvTableWriter createForExcel(Path file) throws IOException {
        return forSpreadsheet(writer(file));
    }

    /**
     * Writes to {@code out} (set up in UTF-8 by the caller; closing this closes it) for a spreadsheet: a byte-order
     * mark first, and cells that a spreadsheet would run as a formula neutralised, as {@link #createForExcel} does.
     */
    public static CsvTableWriter forSpreadsheet(Writer out) throws IOException {
        out.write('\uFEFF');
        return new CsvTableWriter(out, true);
    }

    /** Writes to {@code out}, which the caller has set up in UTF-8; closing this closes it. Cells are written as given. */
    public static CsvTableWriter of(Writer out) {
        return new CsvTableWriter(out, false);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_SIZE);
    }

    /** Writes one row. */
    public void writeRow(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(cells.get(i));
        }
        out.write("\r\n");
    }

    /** Writes one row. */
    public void writeRow(String... cells) throws IOException {
        writeRow(List.of(cells));
    }

    private void writeField(String cell) throws IOException {
        String field = cell.startsWith("'") || (neutralising && isFormulaLike(cell)) ? "'" + cell : cell;
        if (!needsQuotes(field)) {
            out.write(field);
            return;
        }
        out.write('"');
        out.write(field.replace("\"", "\"\""));
        out.write('"');
    }

    /** Whether a spreadsheet could take the text {@code cell} for a formula. */
    static boolean isFormulaLike(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        return switch (cell.charAt(0)) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !PLAIN_NUMBER.matcher(cell).matches();
            default -> false;
        };
    }

    private static boolean needsQuotes(String field) {
        if (field.isEmpty()) {
            return false;
        }
        if (Character.isWhitespace(field.charAt(0)) || Character.isWhitespace(field.charAt(field.length() - 1))) {
            return true;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
