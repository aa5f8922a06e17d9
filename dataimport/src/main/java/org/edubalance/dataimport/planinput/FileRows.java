package org.edubalance.dataimport.planinput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportColumn;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.table.TableFormat;
import org.edubalance.dataimport.table.TableReader;
import org.edubalance.dataimport.table.TableRow;
import org.jspecify.annotations.Nullable;

/**
 * A planning input file's rows as parsed (zoning blocks and adjacency, admission seats, zones and applicants), with
 * what locates an issue in it: the source and the header.
 *
 * @param source the file (and sheet) read
 * @param header the header as read, null when the file could not be read
 * @param rows the rows whose cells are all good, in file order
 */
public record FileRows<C extends Enum<C> & ImportColumn, T>(
        ImportSource source, @Nullable HeaderMapping<C> header, List<T> rows) {

    /** An issue at {@code row}'s cell of {@code column}. */
    public ImportIssue issue(long row, C column, @Nullable String value, ImportIssueCode code, String message) {
        String shown = header == null || !header.has(column) ? column.id() : header.header(column);
        return source.issue(row, shown, value, code, message);
    }

    /** Reads {@code file}'s rows with {@code parser}, each bad cell reported to {@code issues}. */
    public static <C extends Enum<C> & ImportColumn, T> FileRows<C, T> read(
            Path file,
            Class<C> columns,
            ImportReport.Builder issues,
            Function<PlanningFileCells<C>, @Nullable T> parser) {
        ImportSource fileSource = ImportSource.of(file);
        if (TableFormat.of(file).isEmpty()) {
            issues.add(fileSource.unsupportedType());
            return new FileRows<>(fileSource, null, List.of());
        }
        try (TableReader reader = TableReader.open(file)) {
            var source = new ImportSource(reader.fileName(), reader.sheetName());
            TableRow headerRow = reader.nextRow();
            if (headerRow == null) {
                issues.add(source.empty());
                return new FileRows<>(source, null, List.of());
            }
            long before = issues.errorCount();
            var header = HeaderMapping.read(headerRow.cells(), columns, source, issues);
            if (issues.errorCount() > before) {
                return new FileRows<>(source, header, List.of());
            }
            var cells = new PlanningFileCells<>(source, header, issues);
            List<T> rows = new ArrayList<>();
            for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
                if (row.isBlank()) {
                    continue;
                }
                cells.start(row);
                T value = parser.apply(cells);
                if (value != null && !cells.failed()) {
                    rows.add(value);
                }
            }
            return new FileRows<>(source, header, rows);
        } catch (IOException e) {
            issues.add(fileSource.unreadable(e));
            return new FileRows<>(fileSource, null, List.of());
        }
    }
}
