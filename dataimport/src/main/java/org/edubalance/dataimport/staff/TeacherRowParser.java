package org.edubalance.dataimport.staff;

import static org.edubalance.dataimport.staff.TeacherColumn.BACKBONE_LEVEL;
import static org.edubalance.dataimport.staff.TeacherColumn.BIRTH_YEAR;
import static org.edubalance.dataimport.staff.TeacherColumn.COUNTY_CODE;
import static org.edubalance.dataimport.staff.TeacherColumn.DEGREE;
import static org.edubalance.dataimport.staff.TeacherColumn.EXEMPT;
import static org.edubalance.dataimport.staff.TeacherColumn.EXEMPT_REASON;
import static org.edubalance.dataimport.staff.TeacherColumn.GENDER;
import static org.edubalance.dataimport.staff.TeacherColumn.HOME_LATITUDE;
import static org.edubalance.dataimport.staff.TeacherColumn.HOME_LONGITUDE;
import static org.edubalance.dataimport.staff.TeacherColumn.IS_PRINCIPAL;
import static org.edubalance.dataimport.staff.TeacherColumn.SCHOOL_CODE;
import static org.edubalance.dataimport.staff.TeacherColumn.SEGMENT;
import static org.edubalance.dataimport.staff.TeacherColumn.SUBJECT;
import static org.edubalance.dataimport.staff.TeacherColumn.TEACHER_ID;
import static org.edubalance.dataimport.staff.TeacherColumn.TITLE;
import static org.edubalance.dataimport.staff.TeacherColumn.YEAR;
import static org.edubalance.dataimport.staff.TeacherColumn.YEARS_AT_SCHOOL;

import java.util.List;
import java.util.Map;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.BackboneLevel;
import org.edubalance.core.staff.Degree;
import org.edubalance.core.staff.Gender;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.core.staff.Title;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.school.NumberCell;
import org.edubalance.dataimport.table.TableRow;
import org.jspecify.annotations.Nullable;

/**
 * Turns one roster row into a {@link Teacher}, or reports each bad cell by row, header and value and yields {@code
 * null}. Rules across rows and files (duplicate ids, the school data) are the importer's.
 */
final class TeacherRowParser {
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private static final TeacherVocabulary<Segment> SEGMENTS = new TeacherVocabulary<>(
            Segment.class, Segment::chineseName, Map.of("小学部", Segment.PRIMARY, "初中部", Segment.JUNIOR));
    private static final TeacherVocabulary<Subject> SUBJECTS = new TeacherVocabulary<>(
            Subject.class, Subject::chineseName, Map.of("思想品德", Subject.MORALITY, "品德与社会", Subject.MORALITY));
    private static final TeacherVocabulary<Degree> DEGREES = new TeacherVocabulary<>(
            Degree.class,
            Degree::chineseName,
            Map.of(
                    "大专",
                    Degree.ASSOCIATE,
                    "硕士",
                    Degree.POSTGRADUATE,
                    "博士",
                    Degree.POSTGRADUATE,
                    "中专",
                    Degree.SECONDARY,
                    "高中",
                    Degree.OTHER));
    private static final TeacherVocabulary<Title> TITLES = new TeacherVocabulary<>(
            Title.class,
            Title::chineseName,
            Map.of("高级", Title.SENIOR, "正高级", Title.SENIOR, "无", Title.NONE, "未定级", Title.NONE));
    private static final TeacherVocabulary<BackboneLevel> BACKBONE = new TeacherVocabulary<>(
            BackboneLevel.class, BackboneLevel::chineseName, Map.of("否", BackboneLevel.NONE, "", BackboneLevel.NONE));
    private static final TeacherVocabulary<Gender> GENDERS =
            new TeacherVocabulary<>(Gender.class, Gender::chineseName, Map.of());

    private final ImportSource source;
    private final HeaderMapping<TeacherColumn> header;
    private final ImportReport.Builder issues;
    private TableRow row = TableRow.of(0, List.of());
    private boolean failed;

    TeacherRowParser(ImportSource source, HeaderMapping<TeacherColumn> header, ImportReport.Builder issues) {
        this.source = source;
        this.header = header;
        this.issues = issues;
    }

    @Nullable
    Teacher parse(TableRow next) {
        row = next;
        failed = false;
        int year = year(YEAR, FIRST_YEAR, LAST_YEAR);
        String county = countyCode();
        String school = required(SCHOOL_CODE);
        String id = required(TEACHER_ID);
        Segment segment = choice(SEGMENT, SEGMENTS);
        Subject subject = choice(SUBJECT, SUBJECTS);
        Degree degree = choice(DEGREE, DEGREES);
        Title title = choice(TITLE, TITLES);
        BackboneLevel backbone = choice(BACKBONE_LEVEL, BACKBONE);
        int years = wholeNumber(YEARS_AT_SCHOOL);
        int birthYear = year(BIRTH_YEAR, year - 80, year - 16);
        Gender gender = choice(GENDER, GENDERS);
        Boolean principal = bool(IS_PRINCIPAL, null);
        GeoPoint home = home();
        String exemptReason = exemption();
        if (failed
                || county == null
                || school == null
                || id == null
                || segment == null
                || subject == null
                || degree == null
                || title == null
                || backbone == null
                || gender == null
                || principal == null) {
            return null;
        }
        return new Teacher(
                year,
                new RegionCode(county),
                new SchoolCode(school),
                new TeacherId(id),
                segment,
                subject,
                degree,
                title,
                backbone,
                years,
                birthYear,
                gender,
                principal,
                home,
                exemptReason);
    }

    long rowNumber() {
        return row.number();
    }

    String text(TeacherColumn column) {
        int index = header.index(column);
        return index < 0 ? "" : row.cell(index).strip();
    }

    private @Nullable String required(TeacherColumn column) {
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

    private @Nullable String countyCode() {
        String text = text(COUNTY_CODE);
        if (RegionCode.isWellFormed(text)) {
            return text;
        }
        error(
                COUNTY_CODE,
                ImportIssueCode.IMP_011,
                "A county code has six digits, got '" + text
                        + "'. Maybe it is the county's name; the code is six digits, e.g. 371002.");
        return null;
    }

    /** A whole year in {@code [low, high]}; -1 after an error. */
    private int year(TeacherColumn column, int low, int high) {
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

    private int wholeNumber(TeacherColumn column) {
        String text = required(column);
        if (text == null) {
            return 0;
        }
        double value = NumberCell.parse(text);
        if (Double.isNaN(value)) {
            error(column, ImportIssueCode.IMP_030, "'" + text + "' is not a number." + NumberCell.hint(text));
        } else if (value != (long) value || value > Integer.MAX_VALUE) {
            error(column, ImportIssueCode.IMP_031, "'" + column.id() + "' counts whole years, got " + text + ".");
        } else if (value < 0) {
            error(column, ImportIssueCode.IMP_032, "'" + column.id() + "' is never negative, got " + text + ".");
        } else {
            return (int) value;
        }
        return 0;
    }

    private <E extends Enum<E>> @Nullable E choice(TeacherColumn column, TeacherVocabulary<E> vocabulary) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        E value = vocabulary.lookup(text);
        if (value == null) {
            error(
                    column,
                    ImportIssueCode.IMP_020,
                    "'" + text + "' is not a known " + column.id() + ". Maybe one of: " + vocabulary.accepted() + ".");
        }
        return value;
    }

    /** true/false, 是/否, 1/0 (Excel's TRUE/FALSE included); {@code blank} for a blank cell (null: required). */
    private @Nullable Boolean bool(TeacherColumn column, @Nullable Boolean blank) {
        String text = text(column);
        if (text.isEmpty()) {
            if (blank == null) {
                error(column, ImportIssueCode.IMP_010, "'" + column.id() + "' is blank. Maybe write true or false.");
            }
            return blank;
        }
        return switch (HeaderMapping.normalize(text)) {
            case "true", "是", "1", "y", "yes" -> Boolean.TRUE;
            case "false", "否", "0", "n", "no" -> Boolean.FALSE;
            default -> {
                error(
                        column,
                        ImportIssueCode.IMP_020,
                        "'" + text + "' is not true or false. Maybe write true/false or 是/否.");
                yield blank == null ? null : blank;
            }
        };
    }

    private @Nullable GeoPoint home() {
        String latitude = text(HOME_LATITUDE);
        String longitude = text(HOME_LONGITUDE);
        if (latitude.isEmpty() && longitude.isEmpty()) {
            return null;
        }
        if (latitude.isEmpty() || longitude.isEmpty()) {
            error(
                    latitude.isEmpty() ? HOME_LATITUDE : HOME_LONGITUDE,
                    ImportIssueCode.IMP_043,
                    "One home coordinate is blank while the other is given. Maybe fill in both, or neither.");
            return null;
        }
        double lat = NumberCell.parse(latitude);
        double lon = NumberCell.parse(longitude);
        boolean ok = true;
        if (!(lat >= -90 && lat <= 90)) {
            error(
                    HOME_LATITUDE,
                    ImportIssueCode.IMP_043,
                    "Latitude is between -90 and 90 degrees, got '" + latitude
                            + "'. Maybe latitude and longitude are swapped, or the value is not in decimal degrees.");
            ok = false;
        }
        if (!(lon >= -180 && lon <= 180)) {
            error(
                    HOME_LONGITUDE,
                    ImportIssueCode.IMP_043,
                    "Longitude is between -180 and 180 degrees, got '" + longitude
                            + "'. Maybe the value is not in decimal degrees.");
            ok = false;
        }
        return ok ? new GeoPoint(lat, lon) : null;
    }

    /** The exemption reason: the reason given, "exempt" when exempt without one, null when not exempt. */
    private @Nullable String exemption() {
        Boolean exempt = bool(EXEMPT, Boolean.FALSE);
        String reason = text(EXEMPT_REASON);
        if (Boolean.TRUE.equals(exempt)) {
            return reason.isEmpty() ? "exempt 免于交流" : reason;
        }
        return null;
    }

    void error(TeacherColumn column, ImportIssueCode code, String message) {
        failed = true;
        report(column, code, message);
    }

    void report(TeacherColumn column, ImportIssueCode code, String message) {
        int index = header.index(column);
        String value = index < 0 ? null : row.cell(index);
        issues.add(source.issue(row.number(), header.header(column), value, code, message));
    }
}
