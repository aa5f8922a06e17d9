package org.edubalance.report.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report: a titled, dated list of sheets, independent of any file format.
 *
 * @param title the report's title (a renderer stores it in the file's properties)
 * @param date the date the report's figures refer to; renderers use it as the file's creation date, so that equal
 *     inputs give byte-identical files
 * @param sheets the sheets in order, with unique names
 */
public record Report(String title, LocalDate date, List<ReportSheet> sheets) {
    public Report {
        sheets = List.copyOf(sheets);
        Set<String> names = new HashSet<>();
        for (ReportSheet sheet : sheets) {
            if (!names.add(sheet.name())) {
                throw new IllegalArgumentException("Two sheets are named '" + sheet.name() + "'");
            }
        }
    }

    /** The sheet named {@code name}. */
    public ReportSheet sheet(String name) {
        return sheets.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sheet named '" + name + "'"));
    }
}
