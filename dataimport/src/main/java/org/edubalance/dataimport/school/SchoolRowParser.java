package org.edubalance.dataimport.school;

import static org.edubalance.dataimport.school.SchoolColumn.COUNTY_CODE;
import static org.edubalance.dataimport.school.SchoolColumn.COUNTY_NAME;
import static org.edubalance.dataimport.school.SchoolColumn.LATITUDE;
import static org.edubalance.dataimport.school.SchoolColumn.LOCATION;
import static org.edubalance.dataimport.school.SchoolColumn.LONGITUDE;
import static org.edubalance.dataimport.school.SchoolColumn.OWNERSHIP;
import static org.edubalance.dataimport.school.SchoolColumn.SCHOOL_CODE;
import static org.edubalance.dataimport.school.SchoolColumn.SCHOOL_NAME;
import static org.edubalance.dataimport.school.SchoolColumn.SCHOOL_TYPE;
import static org.edubalance.dataimport.school.SchoolColumn.TOWN_NAME;
import static org.edubalance.dataimport.school.SchoolColumn.YEAR;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.table.TableRow;
import org.jspecify.annotations.Nullable;

/**
 * Turns one row of the school file into a {@link SchoolYear}, or reports why it cannot: identity cells, then each
 * segment ({@link SegmentParser}), whole-school assets and optional figures, then the rules that tie them together
 * (the school type against the segments that have students). A row with any error yields {@code null}; its issues
 * are in the report. Rules that span rows (duplicates, county names, county medians) are checked once all rows are
 * parsed ({@link CrossRowChecks}, {@link AreaOutlierCheck}).
 */
final class SchoolRowParser {
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final RowCells cells;
    private final SegmentParser segments;
    private final Map<String, County> countyByKey = new HashMap<>();
    private @Nullable County lastCounty;

    SchoolRowParser(RowCells cells) {
        this.cells = cells;
        this.segments = new SegmentParser(cells);
    }

    @Nullable
    SchoolYear parse(TableRow row) {
        cells.start(row);
        int year = year();
        String countyCode = countyCode();
        String countyName = cells.requiredText(COUNTY_NAME, ImportIssueCode.IMP_010);
        String schoolCode = cells.requiredText(SCHOOL_CODE, ImportIssueCode.IMP_012);
        String schoolName = cells.requiredText(SCHOOL_NAME, ImportIssueCode.IMP_010);
        SchoolType type = enumeration(SCHOOL_TYPE, SchoolVocabulary::schoolType);
        Location location = enumeration(LOCATION, SchoolVocabulary::location);
        Ownership ownership = ownership();
        GeoPoint position = position();
        SegmentFigures primary = segments.parse(Segment.PRIMARY, type);
        SegmentFigures junior = segments.parse(Segment.JUNIOR, type);
        int seniorStudents = segments.seniorStudents(type);
        SharedAssets assets = segments.assets();
        SupplementaryFigures supplementary = segments.supplementary(primary, junior, seniorStudents);
        if (type != null && primary != null && junior != null) {
            segments.checkType(type, primary, junior);
        }
        if (cells.failed()
                || countyCode == null
                || countyName == null
                || schoolCode == null
                || schoolName == null
                || type == null
                || location == null
                || ownership == null
                || primary == null
                || junior == null
                || assets == null
                || supplementary == null) {
            return null;
        }
        County county = county(countyCode, countyName);
        return new SchoolYear(
                year,
                county,
                cells.optionalText(TOWN_NAME),
                new SchoolCode(schoolCode),
                schoolName,
                type,
                location,
                ownership,
                position,
                primary,
                junior,
                seniorStudents,
                assets,
                supplementary);
    }

    private int year() {
        String text = cells.requiredText(YEAR, ImportIssueCode.IMP_010);
        if (text == null) {
            return -1;
        }
        double year = NumberCell.parse(text);
        if (!(year >= FIRST_YEAR && year <= LAST_YEAR) || year != Math.rint(year)) {
            String hint = text.matches("\\d{4}\\D.*")
                    ? " Maybe write the starting year alone: " + text.substring(0, 4) + " for the school year "
                            + text.substring(0, 4) + "–" + (Integer.parseInt(text.substring(0, 4)) + 1) + "."
                    : " Maybe the columns are shifted.";
            cells.error(
                    YEAR,
                    ImportIssueCode.IMP_013,
                    "The school year is a whole year between " + FIRST_YEAR + " and " + LAST_YEAR + ", got '" + text
                            + "'." + hint);
            return -1;
        }
        return (int) year;
    }

    private @Nullable String countyCode() {
        String text = cells.text(COUNTY_CODE);
        if (RegionCode.isWellFormed(text)) {
            return text;
        }
        String hint;
        if (text.isEmpty()) {
            hint = " Maybe fill it in; every row needs its county's six-digit code, e.g. 371002.";
        } else if (text.matches("\\d{12}")) {
            hint = " Maybe '" + text
                    + "' is a 12-digit statistical division code; its first 6 digits are the county's.";
        } else if (text.matches("\\d{6}\\.0+")) {
            hint = " Maybe the cell is formatted as a number with decimals; format it as text.";
        } else if (text.matches("\\d+")) {
            hint = " Maybe a digit is missing or extra; the code is six digits, e.g. 371002.";
        } else {
            hint = " Maybe it is the county's name; the code is six digits, e.g. 371002.";
        }
        cells.error(COUNTY_CODE, ImportIssueCode.IMP_011, "A county code has six digits, got '" + text + "'." + hint);
        return null;
    }

    private <E> @Nullable E enumeration(SchoolColumn column, Function<String, @Nullable E> parse) {
        String text = cells.requiredText(column, ImportIssueCode.IMP_010);
        if (text == null) {
            return null;
        }
        E value = parse.apply(text);
        if (value == null) {
            cells.error(
                    column,
                    ImportIssueCode.IMP_020,
                    "'" + text + "' is not a known " + column.id() + ". Maybe one of: "
                            + SchoolVocabulary.accepted(column) + ".");
        }
        return value;
    }

    private @Nullable Ownership ownership() {
        return cells.isBlank(OWNERSHIP) ? Ownership.PUBLIC : enumeration(OWNERSHIP, SchoolVocabulary::ownership);
    }

    private @Nullable GeoPoint position() {
        boolean hasLatitude = !cells.isBlank(LATITUDE);
        boolean hasLongitude = !cells.isBlank(LONGITUDE);
        if (!hasLatitude && !hasLongitude) {
            return null;
        }
        if (hasLatitude != hasLongitude) {
            SchoolColumn blank = hasLatitude ? LONGITUDE : LATITUDE;
            cells.error(
                    blank,
                    ImportIssueCode.IMP_043,
                    "'" + blank.id() + "' is blank while the other coordinate is"
                            + " given. Maybe fill in both, or neither.");
            return null;
        }
        double latitude = cells.number(LATITUDE, RowCells.Blank.ABSENT);
        double longitude = cells.number(LONGITUDE, RowCells.Blank.ABSENT);
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return null;
        }
        boolean latitudeOk = latitude >= -90 && latitude <= 90;
        boolean longitudeOk = longitude >= -180 && longitude <= 180;
        String swapHint = Math.abs(longitude) <= 90 && Math.abs(latitude) <= 180
                ? " Maybe latitude and longitude are swapped."
                : " Maybe the value is not in decimal degrees.";
        if (!latitudeOk) {
            cells.error(
                    LATITUDE,
                    ImportIssueCode.IMP_043,
                    "Latitude is between -90 and 90 degrees, got " + NumberCell.format(latitude) + "." + swapHint);
        }
        if (!longitudeOk) {
            cells.error(
                    LONGITUDE,
                    ImportIssueCode.IMP_043,
                    "Longitude is between -180 and 180 degrees, got " + NumberCell.format(longitude) + "." + swapHint);
        }
        return latitudeOk && longitudeOk ? new GeoPoint(latitude, longitude) : null;
    }

    /** The county of a valid row, one instance per distinct county (names are checked across rows later). */
    private County county(String code, String name) {
        String province = cells.optionalText(SchoolColumn.PROVINCE_NAME);
        String city = cells.optionalText(SchoolColumn.CITY_NAME);
        // Rows of a county usually come together: reuse the previous row's county without building a key.
        County last = lastCounty;
        if (last != null
                && last.code().value().equals(code)
                && last.name().equals(name)
                && Objects.equals(last.cityName(), city)
                && Objects.equals(last.provinceName(), province)) {
            return last;
        }
        lastCounty = county(code, name, city, province);
        return lastCounty;
    }

    private County county(String code, String name, @Nullable String city, @Nullable String province) {
        String key = code + '\u0000' + name + '\u0000' + city + '\u0000' + province;
        return countyByKey.computeIfAbsent(key, k -> new County(new RegionCode(code), name, city, province));
    }
}
