package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every generated row passes the import validation of docs/data-formats.md §1, written out here rule by rule. */
class DemoDataRowsTest {
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 20_251_001})
    void everyRowPassesImportValidation(long seed) {
        List<SchoolYear> rows = new DemoDataGenerator(seed)
                .generate(DemoScale.PROVINCE, 2021, 3)
                .schools();

        List<String> violations = new ArrayList<>();
        for (SchoolYear row : rows) {
            violations.addAll(violations(row));
        }

        assertThat(rows).isNotEmpty();
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void oneRowPerYearAndSchoolCode(long seed) {
        List<SchoolYear> rows = new DemoDataGenerator(seed)
                .generate(DemoScale.PROVINCE, 2021, 3)
                .schools();

        Set<String> keys = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (SchoolYear row : rows) {
            if (!keys.add(row.year() + "/" + row.code())) {
                duplicates.add(row.year() + "/" + row.code());
            }
        }

        assertThat(duplicates).isEmpty();
    }

    private static List<String> violations(SchoolYear row) {
        List<String> violations = new ArrayList<>();
        String id = row.year() + " " + row.code() + " " + row.name() + ": ";
        if (!TEN_DIGITS.matcher(row.code().value()).matches()
                || !row.code().value().startsWith(row.county().code().value())
                || !RegionCode.isWellFormed(row.county().code().value())) {
            violations.add(id + "codes are not well formed");
        }
        if (row.name().isBlank() || row.county().name().isBlank() || row.townName() == null) {
            violations.add(id + "a name is missing");
        }
        checkSegment(id + "primary ", row.primary(), violations);
        checkSegment(id + "junior ", row.junior(), violations);
        checkTypeAgreesWithSegments(id, row, violations);
        checkAssets(id, row.assets(), violations);
        checkSupplementary(id, row, violations);
        return violations;
    }

    private static void checkSegment(String id, SegmentFigures segment, List<String> violations) {
        int teachers = segment.teachers();
        if (segment.teachersAboveDegree() > teachers
                || segment.teachersMidSeniorTitle() > teachers
                || segment.backboneTeachers() > teachers
                || segment.peArtsTeachers() > teachers) {
            violations.add(id + "teacher subset exceeds " + teachers + " teachers: " + segment);
        }
        if (segment.hasStudents() && (teachers == 0 || segment.classes() == 0)) {
            violations.add(id + "has students but no teachers or classes: " + segment);
        }
        if (!segment.hasStudents() && !segment.equals(SegmentFigures.NONE)) {
            violations.add(id + "has figures but no students: " + segment);
        }
        if (segment.classes() > segment.students()) {
            violations.add(id + "more classes than students: " + segment);
        }
        if (segment.hasStudents() && (double) segment.students() / teachers > 60) {
            violations.add(id + "more than 60 students per teacher: " + segment);
        }
    }

    private static void checkTypeAgreesWithSegments(String id, SchoolYear row, List<String> violations) {
        boolean primary = row.primary().hasStudents();
        boolean junior = row.junior().hasStudents();
        boolean senior = row.seniorStudents() > 0;
        boolean agrees = switch (row.type()) {
            case PRIMARY, TEACHING_POINT -> primary && !junior && !senior;
            case JUNIOR -> !primary && junior && !senior;
            case COMPLETE_SECONDARY -> !primary && junior && senior;
            case NINE_YEAR -> primary && junior && !senior;
            case TWELVE_YEAR -> primary && junior && senior;
            case SPECIAL_EDUCATION -> (primary || junior) && !senior;
        };
        if (!agrees) {
            violations.add(id + row.type() + " does not agree with its segments: primary " + primary + ", junior "
                    + junior + ", senior " + senior);
        }
        for (Segment segment : Segment.values()) {
            if (row.segment(segment).hasStudents() && !row.type().allows(segment)) {
                violations.add(id + row.type() + " does not allow " + segment);
            }
        }
    }

    private static void checkAssets(String id, SharedAssets assets, List<String> violations) {
        double[] all = {
            assets.teachingAuxAreaM2(),
            assets.indoorSportsAreaM2(),
            assets.sportsGroundAreaM2(),
            assets.equipmentValueYuan(),
            assets.multimediaClassrooms(),
            assets.computers(),
            assets.books()
        };
        for (double value : all) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                violations.add(id + "asset figure is negative or not finite: " + assets);
            }
        }
        if (assets.indoorSportsAreaM2() > assets.teachingAuxAreaM2()) {
            violations.add(id + "indoor sports area exceeds the teaching area: " + assets);
        }
        if (assets.teachingAuxAreaM2() <= 0 || assets.equipmentValueYuan() <= 0) {
            violations.add(id + "a school without buildings or equipment: " + assets);
        }
        if (assets.multimediaClassrooms() != Math.rint(assets.multimediaClassrooms())
                || assets.computers() != Math.rint(assets.computers())
                || assets.books() != Math.rint(assets.books())) {
            violations.add(id + "counted assets are not whole numbers: " + assets);
        }
    }

    private static void checkSupplementary(String id, SchoolYear row, List<String> violations) {
        SupplementaryFigures s = row.supplementary();
        Integer maxClassSize = s.maxClassSize();
        Integer classes56Plus = s.classes56Plus();
        Integer musicRooms = s.musicRooms();
        Integer artRooms = s.artRooms();
        Integer boarding = s.boardingStudents();
        Integer migrant = s.migrantStudents();
        Integer leftBehind = s.leftBehindStudents();
        Integer disabled = s.disabledStudents();
        Double publicFunds = s.publicFundsYuan();
        Double trainingFunds = s.trainingFundsYuan();
        Integer certified = s.certifiedTeachers();
        if (maxClassSize == null
                || classes56Plus == null
                || musicRooms == null
                || artRooms == null
                || boarding == null
                || migrant == null
                || leftBehind == null
                || disabled == null
                || publicFunds == null
                || trainingFunds == null
                || certified == null) {
            violations.add(id + "supplementary figure missing: " + s);
            return;
        }
        int students = row.compulsoryStudents();
        int classes = row.primary().classes() + row.junior().classes();
        int teachers = row.primary().teachers() + row.junior().teachers();
        if (classes56Plus < 0 || musicRooms < 0 || artRooms < 0 || publicFunds < 0 || trainingFunds < 0) {
            violations.add(id + "negative supplementary figure: " + s);
        }
        if (classes56Plus > classes || (maxClassSize >= 56) != (classes56Plus > 0)) {
            violations.add(id + "big classes disagree with " + classes + " classes and max " + maxClassSize + ": " + s);
        }
        for (SegmentFigures segment : List.of(row.primary(), row.junior())) {
            if (segment.hasStudents() && maxClassSize * segment.classes() < segment.students()) {
                violations.add(id + "max class size " + maxClassSize + " below the mean class size of " + segment);
            }
        }
        if (boarding > students
                || migrant > students
                || leftBehind > students
                || disabled > students
                || boarding < 0
                || migrant < 0
                || leftBehind < 0
                || disabled < 0) {
            violations.add(id + "a student subset exceeds " + students + " students: " + s);
        }
        if (certified > teachers || certified < 0) {
            violations.add(id + "certified teachers exceed " + teachers + " teachers: " + s);
        }
        if (trainingFunds > publicFunds) {
            violations.add(id + "training funds exceed public funds: " + s);
        }
        if (row.type() == SchoolType.SPECIAL_EDUCATION && !disabled.equals(students)) {
            violations.add(id + "a special-education school whose students are not all disabled: " + s);
        }
    }
}
