package org.edubalance.dataimport.county;

import java.util.List;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.region.RegionCode;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.table.TableRow;
import org.jspecify.annotations.Nullable;

/** Turns one row of the county-inputs file into a keyed {@link CountyInput}, or reports why it cannot. */
final class CountyInputRowParser {
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    /** A parsed row: the county and year it belongs to and the input. */
    record Row(RegionCode county, int year, CountyInput input) {}

    private final ImportSource source;
    private final HeaderMapping<CountyInputColumn> header;
    private final ImportReport.Builder issues;
    private TableRow row = TableRow.of(0, List.of());
    private boolean failed;
    // Rows of a county come together: one RegionCode for them all.
    private @Nullable RegionCode lastCounty;

    CountyInputRowParser(ImportSource source, HeaderMapping<CountyInputColumn> header, ImportReport.Builder issues) {
        this.source = source;
        this.header = header;
        this.issues = issues;
    }

    @Nullable
    Row parse(TableRow next) {
        row = next;
        failed = false;
        String county = countyCode();
        int year = year();
        String input = inputId();
        String value = required(CountyInputColumn.VALUE, "Maybe type the figure, or remove the row.");
        String inputSource = text(CountyInputColumn.SOURCE);
        if (failed || county == null || input == null || value == null) {
            return null;
        }
        if (lastCounty == null || !lastCounty.value().equals(county)) {
            lastCounty = new RegionCode(county);
        }
        return new Row(lastCounty, year, new CountyInput(input, value, inputSource.isEmpty() ? null : inputSource));
    }

    /** The cell as written, stripped; {@code ""} when blank or absent. */
    private String text(CountyInputColumn column) {
        int index = header.index(column);
        return index < 0 ? "" : row.cell(index).strip();
    }

    private @Nullable String countyCode() {
        String text = text(CountyInputColumn.COUNTY_CODE);
        if (RegionCode.isWellFormed(text)) {
            return text;
        }
        error(
                CountyInputColumn.COUNTY_CODE,
                ImportIssueCode.IMP_011,
                "A county code has six digits, got '" + text
                        + "'. Maybe it is the county's name; the code is six digits, e.g. 371002.");
        return null;
    }

    private int year() {
        String text = required(CountyInputColumn.YEAR, "Maybe fill in the school year, e.g. 2025.");
        if (text == null) {
            return -1;
        }
        int year = isFourDigits(text) ? Integer.parseInt(text) : -1;
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            error(
                    CountyInputColumn.YEAR,
                    ImportIssueCode.IMP_013,
                    "The school year is a whole year between "
                            + FIRST_YEAR + " and " + LAST_YEAR + ", got '" + text
                            + "'. Maybe write the starting year alone,"
                            + " e.g. 2025 for 2025–26.");
            return -1;
        }
        return year;
    }

    private @Nullable String inputId() {
        String text = required(CountyInputColumn.INPUT, "Maybe fill in the input's id, e.g. teacher_avg_pay_yuan.");
        if (text != null && !isInputId(text)) {
            error(
                    CountyInputColumn.INPUT,
                    ImportIssueCode.IMP_014,
                    "An input id holds letters, digits, '_', '.' and" + " '-' only, got '" + text
                            + "'. Maybe use the English id, e.g. teacher_avg_pay_yuan.");
            return null;
        }
        return text;
    }

    private @Nullable String required(CountyInputColumn column, String hint) {
        String text = text(column);
        if (text.isEmpty()) {
            error(column, ImportIssueCode.IMP_010, "'" + column.id() + "' is blank. " + hint);
            return null;
        }
        return text;
    }

    private void error(CountyInputColumn column, ImportIssueCode code, String message) {
        failed = true;
        int index = header.index(column);
        String value = index < 0 ? null : row.cell(index);
        issues.add(source.issue(row.number(), header.header(column), value, code, message));
    }

    // Plain loops rather than regexes: these run on every row of an 86,000-row nation-scale file.
    private static boolean isFourDigits(String text) {
        if (text.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Letters, digits, '_', '.' and '-' only, at least one. */
    private static boolean isInputId(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '.'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
