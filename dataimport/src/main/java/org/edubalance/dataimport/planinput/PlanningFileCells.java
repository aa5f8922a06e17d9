package org.edubalance.dataimport.planinput;

import java.math.BigDecimal;
import java.util.List;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportColumn;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.school.NumberCell;
import org.edubalance.dataimport.table.TableRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cells of one row of a planner's input file (admission: seats, zones, applicants; quota: high schools,
 * candidates; rotation: the teacher roster), reporting each bad cell by row, header and value with the file rules' codes (docs/data-formats.md §1):
 * blank, county or area code, year, entry grade, unknown value, counts, exact decimals, booleans, coordinates. One
 * reader for all of them, so a cell means the same in every planner's files.
 */
public final class PlanningFileCells<C extends Enum<C> & ImportColumn> {
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private final ImportSource source;
    private final HeaderMapping<C> header;
    private final ImportReport.Builder issues;
    private TableRow row = TableRow.of(0, List.of());
    private boolean failed;

    public PlanningFileCells(ImportSource source, HeaderMapping<C> header, ImportReport.Builder issues) {
        this.source = source;
        this.header = header;
        this.issues = issues;
    }

    public void start(TableRow next) {
        row = next;
        failed = false;
    }

    public long rowNumber() {
        return row.number();
    }

    public boolean failed() {
        return failed;
    }

    public ImportSource source() {
        return source;
    }

    public String header(C column) {
        return header.header(column);
    }

    public String text(C column) {
        int index = header.index(column);
        return index < 0 ? "" : row.cell(index).strip();
    }

    @Nullable
    public String optional(C column) {
        String text = text(column);
        return text.isEmpty() ? null : text;
    }

    @Nullable
    public String required(C column) {
        String text = text(column);
        if (text.isEmpty()) {
            error(
                    column,
                    ImportIssueCode.IMP_010,
                    "'" + column.id() + "' is blank. Maybe fill it in: every row needs it.");
            return null;
        }
        return text;
    }

    /** The year, or -1 after an error. */
    public int year(C column) {
        return year(column, FIRST_YEAR, LAST_YEAR);
    }

    /** A whole year in {@code [low, high]} (e.g. a birth year against the school year), or -1 after an error. */
    public int year(C column, int low, int high) {
        String text = required(column);
        if (text == null) {
            return -1;
        }
        double value = NumberCell.parse(text);
        if (!(value >= low && value <= high) || value != (long) value) {
            error(
                    column,
                    ImportIssueCode.IMP_013,
                    "'" + column.id() + "' is a whole year between " + low + " and " + high + ", got '" + text
                            + "'. Maybe the columns are shifted.");
            return -1;
        }
        return (int) value;
    }

    @Nullable
    public RegionCode county(C column) {
        String text = text(column);
        if (RegionCode.isWellFormed(text)) {
            return new RegionCode(text);
        }
        error(
                column,
                ImportIssueCode.IMP_011,
                "A county code has six digits, got '" + text
                        + "'. Maybe it is the county's name; the code is six digits, e.g. 371002.");
        return null;
    }

    @Nullable
    public EntryGrade grade(C column) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        for (EntryGrade g : EntryGrade.values()) {
            if (g.name().equalsIgnoreCase(text) || g.chineseName().equals(text)) {
                return g;
            }
        }
        error(
                column,
                ImportIssueCode.IMP_020,
                "'" + text + "' is not an entry grade. Maybe G1 (grade 1) or G7 (grade 7).");
        return null;
    }

    /** The six-digit code of the county or city running an admission (quota rounds); null after an error. */
    @Nullable
    public String areaCode(C column) {
        String text = text(column);
        if (RegionCode.isWellFormed(text)) {
            return text;
        }
        error(
                column,
                ImportIssueCode.IMP_152,
                "The admission area is a six-digit code of the county or city running the admission, got '" + text
                        + "'. Maybe it is the area's name; e.g. 371000 for a city, 371002 for a county.");
        return null;
    }

    /** A whole number ≥ 0, or -1 after an error. */
    public int count(C column) {
        String text = required(column);
        if (text == null) {
            return -1;
        }
        double value = NumberCell.parse(text);
        if (Double.isNaN(value)) {
            error(column, ImportIssueCode.IMP_030, "'" + text + "' is not a number." + NumberCell.hint(text));
        } else if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            error(column, ImportIssueCode.IMP_031, "'" + column.id() + "' is a whole number, got " + text + ".");
        } else if (value < 0) {
            error(column, ImportIssueCode.IMP_032, "'" + column.id() + "' is never negative, got " + text + ".");
        } else {
            return (int) value;
        }
        return -1;
    }

    /** The exact decimal of the cell, null when blank (and {@code required} reports a blank) or not a number. */
    @Nullable
    public BigDecimal decimal(C column, boolean required) {
        String text = required ? required(column) : text(column);
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (Double.isNaN(NumberCell.parse(text))) {
            error(column, ImportIssueCode.IMP_030, "'" + text + "' is not a number." + NumberCell.hint(text));
            return null;
        }
        return new BigDecimal(text);
    }

    /** true/false or 是/否 (any case); blank is false. */
    public boolean bool(C column) {
        String text = text(column);
        if (text.isEmpty()) {
            return false;
        }
        // The usual spellings first: normalising every cell of a million rows would cost more than reading them.
        if (text.equalsIgnoreCase("true") || text.equals("是")) {
            return true;
        }
        if (text.equalsIgnoreCase("false") || text.equals("否")) {
            return false;
        }
        String normal = HeaderMapping.normalize(text);
        if (normal.equals("true") || normal.equals("是")) {
            return true;
        }
        if (!normal.equals("false") && !normal.equals("否")) {
            error(
                    column,
                    ImportIssueCode.IMP_020,
                    "'" + text + "' is not true or false. Maybe write true/false or 是/否.");
        }
        return false;
    }

    /** The position from two optional columns; both blank: none. */
    @Nullable
    public GeoPoint position(C latitudeColumn, C longitudeColumn) {
        String latitude = text(latitudeColumn);
        String longitude = text(longitudeColumn);
        if (latitude.isEmpty() && longitude.isEmpty()) {
            return null;
        }
        if (latitude.isEmpty() || longitude.isEmpty()) {
            error(
                    latitude.isEmpty() ? latitudeColumn : longitudeColumn,
                    ImportIssueCode.IMP_043,
                    "One coordinate is blank while the other is given. Maybe fill in both, or neither.");
            return null;
        }
        double lat = NumberCell.parse(latitude);
        double lon = NumberCell.parse(longitude);
        boolean ok = true;
        if (!(lat >= -90 && lat <= 90)) {
            error(
                    latitudeColumn,
                    ImportIssueCode.IMP_043,
                    "Latitude is between -90 and 90 degrees, got '" + latitude
                            + "'. Maybe latitude and longitude are swapped, or the value is not in decimal degrees.");
            ok = false;
        }
        if (!(lon >= -180 && lon <= 180)) {
            error(
                    longitudeColumn,
                    ImportIssueCode.IMP_043,
                    "Longitude is between -180 and 180 degrees, got '" + longitude
                            + "'. Maybe the value is not in decimal degrees.");
            ok = false;
        }
        return ok ? new GeoPoint(lat, lon) : null;
    }

    /** An error at this row's cell of {@code column}, the cell's text as the value. */
    public void error(C column, ImportIssueCode code, String message) {
        int index = header.index(column);
        error(column, index < 0 ? null : row.cell(index), code, message);
    }

    /** An error at this row's cell of {@code column}, naming {@code value} (a part of the cell, e.g. one choice). */
    public void error(C column, @Nullable String value, ImportIssueCode code, String message) {
        failed = true;
        issues.add(source.issue(
                row.number(), header.has(column) ? header.header(column) : column.id(), value, code, message));
    }
}
