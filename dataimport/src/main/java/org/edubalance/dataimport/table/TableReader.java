package org.edubalance.dataimport.table;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one table, header first, each cell as the string written in the file.
 *
 * <p>Implementations hold at most a buffer of the file in memory, so files of hundreds of thousands of rows can be
 * read. A reader is not thread-safe; close it when done.
 */
public interface TableReader extends Closeable {

    /**
     * Opens {@code file} with the reader its extension calls for.
     *
     * @throws UnsupportedTableFormatException when the extension is neither {@code .csv} nor {@code .xlsx}
     * @throws IOException when the file cannot be opened or is not a readable workbook
     */
    static TableReader open(Path file) throws IOException {
        TableFormat format = TableFormat.of(file).orElseThrow(() -> new UnsupportedTableFormatException(file));
        return switch (format) {
            case CSV -> CsvTableReader.open(file);
            case XLSX -> XlsxTableReader.open(file);
        };
    }

    /** The file's name (without directories), as issues name it. */
    String fileName();

    /** The sheet read, or {@code null} for formats without sheets (CSV). */
    @Nullable
    String sheetName();

    /**
     * The next row, or {@code null} after the last one.
     *
     * @throws IOException when the file cannot be read further, e.g. a CSV that is not valid UTF-8
     *     ({@link java.nio.charset.MalformedInputException})
     */
    @Nullable
    TableRow nextRow() throws IOException;

    /** How many rows this reader has returned: the number of the last one (0 before the first). */
    long rowsRead();
}
