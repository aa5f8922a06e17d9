package org.edubalance.dataimport.county;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.table.TableFormat;
import org.edubalance.dataimport.table.TableReader;
import org.edubalance.dataimport.table.TableRow;

/**
 * Imports a county-inputs file: one row per county, year and input, with the columns {@code county_code}, {@code
 * year}, {@code input}, {@code value} and the optional {@code source} (or their Chinese labels 县级行政区划代码, 学年, 指标,
 * 值, 来源), as a UTF-8 CSV or the first sheet of an {@code .xlsx}.
 *
 * <p>Same rules as the school file: all errors collected, all or nothing. A (county, year, input) given twice is an
 * error ({@link ImportIssueCode#IMP_051}) on both rows; values are kept as written (stripped), their meaning is the
 * evaluation's concern.
 */
public final class CountyInputsImporter {

    /**
     * Imports {@code file}.
     *
     * @throws ImportRejectedException when the file has any error, is not .csv/.xlsx, or cannot be read
     */
    public CountyInputsImport importFile(Path file) {
        ImportSource fileSource = ImportSource.of(file);
        if (TableFormat.of(file).isEmpty()) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unsupportedType())));
        }
        try (TableReader reader = TableReader.open(file)) {
            return importTable(reader);
        } catch (IOException e) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unreadable(e))));
        }
    }

    CountyInputsImport importTable(TableReader reader) throws IOException {
        var source = new ImportSource(reader.fileName(), reader.sheetName());
        var issues = ImportReport.builder();
        TableRow headerRow = reader.nextRow();
        if (headerRow == null) {
            throw new ImportRejectedException(ImportReport.of(List.of(source.empty())));
        }
        var header = HeaderMapping.read(headerRow.cells(), CountyInputColumn.class, source, issues);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        var parser = new CountyInputRowParser(source, header, issues);
        var duplicates = new Duplicates(source, header.header(CountyInputColumn.INPUT), issues);
        Map<String, CountyYear> byCountyYear = new TreeMap<>();
        // The rows of a county and year come together: look their group up once, not once per row (86,000 rows at
        // nation scale, read while the school file is).
        CountyYear last = null;
        for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
            if (row.isBlank()) {
                continue;
            }
            var parsed = parser.parse(row);
            if (parsed == null) {
                continue;
            }
            if (last == null || last.year != parsed.year() || !last.county.equals(parsed.county())) {
                last = byCountyYear.computeIfAbsent(
                        parsed.county().value() + "/" + parsed.year(),
                        k -> new CountyYear(parsed.county(), parsed.year()));
            }
            if (duplicates.isFirst(row.number(), parsed, last.firstRowByInput)) {
                last.inputByName.put(parsed.input().name(), parsed.input());
            }
        }
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        List<CountyInputs> inputs = new ArrayList<>();
        byCountyYear
                .values()
                .forEach(group -> inputs.add(new CountyInputs(group.county, group.year, group.inputByName)));
        return new CountyInputsImport(inputs, issues.build());
    }

    /** The inputs of one county and year, and the row each was first given on. */
    private static final class CountyYear {
        private final RegionCode county;
        private final int year;
        private final Map<String, CountyInput> inputByName = new HashMap<>();
        private final Map<String, Long> firstRowByInput = new HashMap<>();

        CountyYear(RegionCode county, int year) {
            this.county = county;
            this.year = year;
        }
    }

    /** One row per (county, year, input): every row of a repeated triple is reported, naming the first. */
    private static final class Duplicates {
        private final ImportSource source;
        private final String column;
        private final ImportReport.Builder issues;
        private final Set<String> firstReported = new HashSet<>();

        Duplicates(ImportSource source, String column, ImportReport.Builder issues) {
            this.source = source;
            this.column = column;
            this.issues = issues;
        }

        /** Whether {@code parsed} is the first row of its input, given its county and year's first rows by input. */
        boolean isFirst(long row, CountyInputRowParser.Row parsed, Map<String, Long> firstRowByInput) {
            String input = parsed.input().name();
            Long first = firstRowByInput.putIfAbsent(input, row);
            if (first == null) {
                return true;
            }
            String what = "Input '" + input + "' of county " + parsed.county() + " for " + parsed.year();
            if (firstReported.add(parsed.county() + "/" + parsed.year() + "/" + input)) {
                add(first, input, what + " is given again on row " + row + ".");
            }
            add(row, input, what + " is already given on row " + first + ".");
            return false;
        }

        private void add(long row, String input, String message) {
            issues.add(source.issue(
                    row,
                    column,
                    input,
                    ImportIssueCode.IMP_051,
                    message + " Maybe one row is a stale copy; keep one value per county, year and input."));
        }
    }
}
