package org.edubalance.dataimport.school;

import static org.edubalance.dataimport.school.SchoolColumn.BOARDING_STUDENTS;
import static org.edubalance.dataimport.school.SchoolColumn.CLASSES_56_PLUS;
import static org.edubalance.dataimport.school.SchoolColumn.DISABLED_STUDENTS;
import static org.edubalance.dataimport.school.SchoolColumn.INDOOR_SPORTS_AREA_M2;
import static org.edubalance.dataimport.school.SchoolColumn.LEFT_BEHIND_STUDENTS;
import static org.edubalance.dataimport.school.SchoolColumn.MIGRANT_STUDENTS;
import static org.edubalance.dataimport.school.SchoolColumn.SCHOOL_TYPE;
import static org.edubalance.dataimport.school.SchoolColumn.SENIOR_STUDENTS;
import static org.edubalance.dataimport.school.SchoolColumn.TEACHING_AUX_AREA_M2;

import java.util.List;
import java.util.Locale;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.school.RowCells.Blank;
import org.jspecify.annotations.Nullable;

/**
 * Reads the figures of a school row (per segment, senior students, assets, optional figures) and checks the rules
 * among them: subsets within their whole, teachers for students, the type against the segments, and the
 * plausibility warnings.
 *
 * <p>Which segments a school has: those its type allows ({@link SchoolType#segments()}), except that a special
 * education school has a segment only when that segment's students cell is filled in. Blank figures mean 0 for a
 * segment the school does not have and are an error for one it has.
 */
final class SegmentParser {
    static final int MAX_STUDENTS_PER_TEACHER = 60;
    static final int MAX_STUDENTS_PER_CLASS = 66;
    private static final int STUDENTS = 0;
    private static final int CLASSES = 1;
    private static final int TEACHERS = 2;
    private static final int FIGURES = 7;

    private final RowCells cells;

    SegmentParser(RowCells cells) {
        this.cells = cells;
    }

    @Nullable
    SegmentFigures parse(Segment segment, @Nullable SchoolType type) {
        List<SchoolColumn> columns = SchoolColumn.of(segment);
        boolean has = type != null && has(type, segment, columns);
        if (has && !requireColumns(columns)) {
            return null;
        }
        if (has && allBlank(columns)) {
            cells.error(
                    columns.get(STUDENTS),
                    ImportIssueCode.IMP_033,
                    "All " + name(segment)
                            + " figures are blank, but a " + type
                            + " school has that segment. Maybe fill them in, with 0"
                            + " where there are none.");
            return null;
        }
        int[] figures = new int[FIGURES];
        boolean ok = true;
        for (int i = 0; i < FIGURES; i++) {
            double value = cells.number(columns.get(i), has ? Blank.SEGMENT : Blank.ZERO);
            ok &= !Double.isNaN(value);
            figures[i] = ok ? (int) value : 0;
        }
        if (!ok) {
            return null;
        }
        check(columns, figures, type);
        return new SegmentFigures(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], figures[6]);
    }

    private static String name(Segment segment) {
        return segment.englishName().toLowerCase(Locale.ROOT);
    }

    private boolean has(SchoolType type, Segment segment, List<SchoolColumn> columns) {
        if (!type.allows(segment)) {
            return false;
        }
        return type != SchoolType.SPECIAL_EDUCATION || !cells.isBlank(columns.get(STUDENTS));
    }

    // Indexed loops here and below: they run for every row and segment of files with 200,000 rows.
    private boolean requireColumns(List<SchoolColumn> columns) {
        boolean all = true;
        for (int i = 0; i < columns.size(); i++) {
            all &= cells.requireColumn(columns.get(i));
        }
        return all;
    }

    private boolean allBlank(List<SchoolColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (!cells.isBlank(columns.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void check(List<SchoolColumn> columns, int[] figures, @Nullable SchoolType type) {
        int students = figures[STUDENTS];
        int teachers = figures[TEACHERS];
        SchoolColumn teachersColumn = columns.get(TEACHERS);
        for (int i = TEACHERS + 1; i < FIGURES; i++) {
            if (figures[i] > teachers) {
                cells.error(
                        columns.get(i),
                        ImportIssueCode.IMP_040,
                        "'" + columns.get(i).id() + "' (" + figures[i]
                                + ") exceeds '" + teachersColumn.id() + "' (" + teachers
                                + "): these teachers are among the"
                                + " full-time teachers. Maybe the columns are shifted, or part-time staff were counted.");
            }
        }
        if (students > 0 && teachers == 0) {
            cells.error(
                    teachersColumn,
                    ImportIssueCode.IMP_041,
                    students + " students but no full-time teachers"
                            + " in '" + teachersColumn.id()
                            + "'. Maybe the teachers are reported under the other segment;"
                            + " split them by the segment they teach.");
        }
        Segment segment = columns.get(STUDENTS).segment();
        if (type != null && segment != null && !type.allows(segment)) {
            checkAbsentSegment(segment, columns, figures, type);
        } else {
            warnImplausible(columns, figures);
        }
    }

    private void checkAbsentSegment(Segment segment, List<SchoolColumn> columns, int[] figures, SchoolType type) {
        for (int i = 0; i < FIGURES; i++) {
            if (figures[i] > 0) {
                cells.error(
                        columns.get(i),
                        ImportIssueCode.IMP_042,
                        "A " + type + " school (" + type.chineseName()
                                + ") has no " + name(segment) + " segment, but '"
                                + columns.get(i).id() + "' is " + figures[i] + ". Maybe the school type is "
                                + SchoolType.NINE_YEAR + " (九年一贯制), or the figures are in the wrong columns.");
                return;
            }
        }
    }

    private void warnImplausible(List<SchoolColumn> columns, int[] figures) {
        int students = figures[STUDENTS];
        int classes = figures[CLASSES];
        int teachers = figures[TEACHERS];
        if (teachers > 0 && students > (long) MAX_STUDENTS_PER_TEACHER * teachers) {
            cells.warn(
                    columns.get(TEACHERS),
                    ImportIssueCode.IMP_W02,
                    students + " students for " + teachers
                            + " full-time teachers is more than " + MAX_STUDENTS_PER_TEACHER + " per teacher."
                            + " Maybe some teachers are missing from the count.");
        }
        if (classes > 0 && students > (long) MAX_STUDENTS_PER_CLASS * classes) {
            cells.warn(
                    columns.get(CLASSES),
                    ImportIssueCode.IMP_W04,
                    students + " students in " + classes
                            + " classes is more than " + MAX_STUDENTS_PER_CLASS + " per class on average."
                            + " Maybe the number of classes is incomplete.");
        }
        if (students > 0 && classes == 0) {
            cells.warn(
                    columns.get(CLASSES),
                    ImportIssueCode.IMP_W06,
                    students + " students but no classes." + " Maybe the classes were not filled in.");
        }
    }

    /** Senior-high students: needed for twelve-year and complete secondary schools, an error for any other type. */
    int seniorStudents(@Nullable SchoolType type) {
        boolean has = type != null && type.hasSeniorSection();
        if (has && !cells.requireColumn(SENIOR_STUDENTS)) {
            return -1;
        }
        double value = cells.number(SENIOR_STUDENTS, has ? Blank.SEGMENT : Blank.ZERO);
        if (Double.isNaN(value)) {
            return -1;
        }
        if (type != null && !has && value > 0) {
            cells.error(
                    SENIOR_STUDENTS,
                    ImportIssueCode.IMP_042,
                    "A " + type + " school (" + type.chineseName()
                            + ") has no senior section, but '" + SENIOR_STUDENTS.id() + "' is " + (int) value
                            + ". Maybe the"
                            + " school type is " + SchoolType.TWELVE_YEAR + " or " + SchoolType.COMPLETE_SECONDARY
                            + ".");
            return -1;
        }
        return (int) value;
    }

    /** The rules tying the type to the segments as a whole: some compulsory students; one-through uses both. */
    void checkType(SchoolType type, SegmentFigures primary, SegmentFigures junior) {
        if (!primary.hasStudents() && !junior.hasStudents()) {
            cells.error(
                    SCHOOL_TYPE,
                    ImportIssueCode.IMP_042,
                    "A " + type + " school (" + type.chineseName()
                            + ") has no students in any of its segments " + type.segments()
                            + ". Maybe the students are in"
                            + " the other segment's columns, or the school has closed and its row can be removed.");
        } else if (type.isOneThrough() && primary.hasStudents() != junior.hasStudents()) {
            SchoolColumn empty = primary.hasStudents() ? SchoolColumn.JUNIOR_STUDENTS : SchoolColumn.PRIMARY_STUDENTS;
            cells.warn(
                    empty,
                    ImportIssueCode.IMP_W05,
                    "A " + type + " school (" + type.chineseName()
                            + ") with students in one segment only. Maybe the school type is "
                            + (primary.hasStudents() ? SchoolType.PRIMARY : SchoolType.JUNIOR) + ".");
        }
    }

    /** The seven whole-school assets, all required; indoor sports rooms are part of the teaching area. */
    @Nullable
    SharedAssets assets() {
        double teachingAux = cells.number(TEACHING_AUX_AREA_M2, Blank.REQUIRED);
        double indoorSports = cells.number(INDOOR_SPORTS_AREA_M2, Blank.REQUIRED);
        double sportsGround = cells.number(SchoolColumn.SPORTS_GROUND_AREA_M2, Blank.REQUIRED);
        double equipment = cells.number(SchoolColumn.EQUIPMENT_VALUE_YUAN, Blank.REQUIRED);
        double multimedia = cells.number(SchoolColumn.MULTIMEDIA_CLASSROOMS, Blank.REQUIRED);
        double computers = cells.number(SchoolColumn.COMPUTERS, Blank.REQUIRED);
        double books = cells.number(SchoolColumn.BOOKS, Blank.REQUIRED);
        // No array to loop over: the batch launcher's C1 compiler does not remove it, and it ran for every row.
        if (Double.isNaN(teachingAux)
                || Double.isNaN(indoorSports)
                || Double.isNaN(sportsGround)
                || Double.isNaN(equipment)
                || Double.isNaN(multimedia)
                || Double.isNaN(computers)
                || Double.isNaN(books)) {
            return null;
        }
        if (indoorSports > teachingAux) {
            cells.error(
                    INDOOR_SPORTS_AREA_M2,
                    ImportIssueCode.IMP_040,
                    "'" + INDOOR_SPORTS_AREA_M2.id() + "' ("
                            + NumberCell.format(indoorSports) + ") exceeds '" + TEACHING_AUX_AREA_M2.id() + "' ("
                            + NumberCell.format(teachingAux)
                            + "), which includes indoor sports rooms. Maybe the teaching"
                            + " area was given without them; add them in.");
            return null;
        }
        return new SharedAssets(teachingAux, indoorSports, sportsGround, equipment, multimedia, computers, books);
    }

    /** The optional figures ({@code null} when blank), with their subsets checked against the segments' totals. */
    @Nullable
    SupplementaryFigures supplementary(
            @Nullable SegmentFigures primary, @Nullable SegmentFigures junior, int seniorStudents) {
        var figures = new SupplementaryFigures(
                whole(SchoolColumn.MAX_CLASS_SIZE),
                whole(CLASSES_56_PLUS),
                whole(SchoolColumn.MUSIC_ROOMS),
                whole(SchoolColumn.ART_ROOMS),
                whole(BOARDING_STUDENTS),
                whole(MIGRANT_STUDENTS),
                whole(LEFT_BEHIND_STUDENTS),
                whole(DISABLED_STUDENTS),
                decimal(SchoolColumn.PUBLIC_FUNDS_YUAN),
                decimal(SchoolColumn.TRAINING_FUNDS_YUAN),
                whole(SchoolColumn.CERTIFIED_TEACHERS));
        if (primary == null || junior == null || seniorStudents < 0) {
            return figures;
        }
        int classes = primary.classes() + junior.classes();
        int students = primary.students() + junior.students() + seniorStudents;
        checkSubset(CLASSES_56_PLUS, figures.classes56Plus(), classes, "the classes of all segments");
        checkSubset(BOARDING_STUDENTS, figures.boardingStudents(), students, "the students of all segments");
        checkSubset(MIGRANT_STUDENTS, figures.migrantStudents(), students, "the students of all segments");
        checkSubset(LEFT_BEHIND_STUDENTS, figures.leftBehindStudents(), students, "the students of all segments");
        checkSubset(DISABLED_STUDENTS, figures.disabledStudents(), students, "the students of all segments");
        return figures;
    }

    private void checkSubset(SchoolColumn column, @Nullable Integer part, int whole, String wholeName) {
        if (part != null && part > whole) {
            cells.error(
                    column,
                    ImportIssueCode.IMP_040,
                    "'" + column.id() + "' (" + part + ") exceeds " + wholeName + " (" + whole
                            + "). Maybe the figure belongs to another school or year.");
        }
    }

    private @Nullable Integer whole(SchoolColumn column) {
        double value = cells.number(column, Blank.ABSENT);
        return Double.isNaN(value) ? null : (int) value;
    }

    private @Nullable Double decimal(SchoolColumn column) {
        double value = cells.number(column, Blank.ABSENT);
        return Double.isNaN(value) ? null : value;
    }
}
