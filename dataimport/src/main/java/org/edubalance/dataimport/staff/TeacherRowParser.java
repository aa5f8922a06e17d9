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
import org.edubalance.dataimport.planinput.PlanningFileCells;
import org.edubalance.dataimport.table.TableRow;
import org.jspecify.annotations.Nullable;

/**
 * Turns one roster row into a {@link Teacher}, or reports each bad cell by row, header and value and yields {@code
 * null}. Years, codes, counts and the home position are read by the planners' common {@link PlanningFileCells}; the
 * roster's vocabularies and its wider booleans (1/0, yes/no) are its own. Rules across rows and files (duplicate ids,
 * the school data) are the importer's.
 */
final class TeacherRowParser {
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

    private final PlanningFileCells<TeacherColumn> cells;

    TeacherRowParser(ImportSource source, HeaderMapping<TeacherColumn> header, ImportReport.Builder issues) {
        this.cells = new PlanningFileCells<>(source, header, issues);
    }

    @Nullable
    Teacher parse(TableRow next) {
        cells.start(next);
        int year = cells.year(YEAR);
        RegionCode county = cells.county(COUNTY_CODE);
        String school = cells.required(SCHOOL_CODE);
        String id = cells.required(TEACHER_ID);
        Segment segment = choice(SEGMENT, SEGMENTS);
        Subject subject = choice(SUBJECT, SUBJECTS);
        Degree degree = choice(DEGREE, DEGREES);
        Title title = choice(TITLE, TITLES);
        BackboneLevel backbone = choice(BACKBONE_LEVEL, BACKBONE);
        int years = cells.count(YEARS_AT_SCHOOL);
        int birthYear = cells.year(BIRTH_YEAR, year - 80, year - 16);
        Gender gender = choice(GENDER, GENDERS);
        Boolean principal = bool(IS_PRINCIPAL, null);
        GeoPoint home = cells.position(HOME_LATITUDE, HOME_LONGITUDE);
        String exemptReason = exemption();
        if (cells.failed()
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
                county,
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
        return cells.rowNumber();
    }

    String text(TeacherColumn column) {
        return cells.text(column);
    }

    private <E extends Enum<E>> @Nullable E choice(TeacherColumn column, TeacherVocabulary<E> vocabulary) {
        String text = cells.required(column);
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
        cells.error(column, code, message);
    }
}
