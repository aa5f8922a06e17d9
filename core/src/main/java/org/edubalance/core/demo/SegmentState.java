package org.edubalance.core.demo;

import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;

/**
 * One segment of a synthetic school, evolving from year to year.
 *
 * <p>Anchors: mean class sizes of about 42–55 in urban schools (one urban school in ten runs big classes of 53–60, the
 * 大班额 of docs/standards.md §5.5) and 25–45 in village schools; students per full-time teacher of about 17–22 (urban), 14–18
 * (town) and 10–14 (village) in primary and 12.5–15, 11–14 and 9–12 in junior schools, around the national 1:17 and
 * 1:13; teachers above the required degree 85–100 % (primary, 专科+) and 75–99 % (junior, 本科+) of teachers, as in the
 * 2022 national figures of 98.9 % and 91.7 % (docs/standards.md §4); mid/senior titles 35–70 %. Backbone and PE/arts
 * teachers are drawn as a factor around the 2017 thresholds R2 and R3 (1.0 and 0.9 per 100 students), lower in
 * villages: a share of teachers as low as 2–12 % would leave every school far below R2 and R3, which is not what
 * counties report. Every subset is capped at the number of teachers. In a levelled-up county every class keeps within
 * 45 (primary) / 50 (junior) students, schools within the 2,000 / 2,500 size caps, and every school meets R1–R3.
 */
final class SegmentState {
    private static final int TEACHING_POINT_MAX_CLASSES = 4;
    private static final double NO_CAP = 60;

    private final Segment segment;
    private final boolean teachingPoint;
    private final boolean meetsThresholds;
    private final int maxStudents;
    private final double maxClassSize;
    private int students;
    private double classSize;
    private double studentsPerTeacher;
    private int teachers;
    private double aboveDegreeShare;
    private double titleShare;
    private double backboneFactor;
    private double peArtsFactor;

    private SegmentState(Segment segment, SchoolProfile school, CountyCharacter county) {
        this.segment = segment;
        this.teachingPoint = school.type() == SchoolType.TEACHING_POINT;
        this.meetsThresholds = county.levelledUp();
        this.maxStudents = county.levelledUp() ? sizeCap(segment, school.type()) : Integer.MAX_VALUE;
        this.maxClassSize = county.levelledUp() ? (segment == Segment.PRIMARY ? 42 : 47) : NO_CAP;
    }

    /**
     * The most students a levelled-up county lets the segment have, so that the school keeps within 2,000 students
     * (2,500 compulsory students for one-through schools, docs/standards.md §5.6).
     */
    private static int sizeCap(Segment segment, SchoolType type) {
        if (type.isOneThrough()) {
            return segment == Segment.PRIMARY ? 1450 : 1000;
        }
        return 1950;
    }

    /** A segment of {@code students} students in a school of this kind. */
    static SegmentState draw(
            Segment segment, SchoolProfile school, int students, CountyCharacter county, RandomDraws draws) {
        SegmentState state = new SegmentState(segment, school, county);
        boolean primary = segment == Segment.PRIMARY;
        Location location = school.location();
        state.students = Math.min(students, state.maxStudents);
        if (school.type() == SchoolType.SPECIAL_EDUCATION) {
            state.classSize = draws.uniform(8, 12);
            state.studentsPerTeacher = draws.uniform(3, 5);
        } else if (state.teachingPoint) {
            state.classSize = draws.uniform(8, 20);
            state.studentsPerTeacher = draws.uniform(6, 12);
        } else {
            state.classSize = Math.min(state.maxClassSize, classSize(primary, location, draws));
            state.studentsPerTeacher = switch (location) {
                case URBAN -> primary ? draws.uniform(17, 22.5) : draws.uniform(12.5, 15);
                case TOWN -> primary ? draws.uniform(14, 18) : draws.uniform(11, 14);
                case RURAL -> primary ? draws.uniform(10, 14) : draws.uniform(9, 12);
            };
        }
        state.aboveDegreeShare = switch (location) {
            case URBAN -> primary ? draws.uniform(0.92, 1.0) : draws.uniform(0.9, 0.99);
            case TOWN -> primary ? draws.uniform(0.9, 0.99) : draws.uniform(0.82, 0.95);
            case RURAL -> primary ? draws.uniform(0.85, 0.97) : draws.uniform(0.75, 0.92);
        };
        state.titleShare = location == Location.RURAL ? draws.uniform(0.35, 0.65) : draws.uniform(0.4, 0.7);
        state.backboneFactor = teacherFactor(school, county, draws);
        state.peArtsFactor = teacherFactor(school, county, draws);
        state.teachers = state.staffingTarget();
        return state;
    }

    private static double classSize(boolean primary, Location location, RandomDraws draws) {
        return switch (location) {
            case URBAN ->
                draws.chance(0.1) ? draws.uniform(53, 60) : primary ? draws.uniform(42, 52) : draws.uniform(45, 54);
            case TOWN -> primary ? draws.uniform(36, 48) : draws.uniform(40, 50);
            case RURAL -> primary ? draws.uniform(25, 40) : draws.uniform(30, 45);
        };
    }

    private static double teacherFactor(SchoolProfile school, CountyCharacter county, RandomDraws draws) {
        if (school.type() == SchoolType.TEACHING_POINT) {
            return county.resourceFactor(draws, 1.0, 0.5);
        }
        return switch (school.location()) {
            case URBAN -> county.resourceFactor(draws, 1.4, 0.2);
            case TOWN -> county.resourceFactor(draws, 1.35, 0.25);
            case RURAL -> county.resourceFactor(draws, 1.3, 0.33);
        };
    }

    /** Next school year: enrolment changes by {@code drift} (a fraction), staffing follows with a lag. */
    void advance(double drift, RandomDraws draws) {
        students = Math.clamp(Math.round(students * (1 + drift)), 3, maxStudents);
        // Big classes are being phased out (国发〔2016〕40号), other class sizes wander a little.
        classSize = classSize > 50
                ? classSize - draws.uniform(0, 1.5)
                : Math.clamp(classSize + draws.normal(0, 0.3), 6, maxClassSize);
        studentsPerTeacher = Math.max(2.5, studentsPerTeacher + draws.normal(-0.05, 0.2));
        teachers = Math.max(1, teachers + (int) Math.round((staffingTarget() - teachers) * 0.4));
        aboveDegreeShare = Math.min(1, aboveDegreeShare + draws.uniform(0, 0.012));
        titleShare = Math.clamp(titleShare + draws.normal(0.003, 0.01), 0.2, 0.85);
        backboneFactor *= Math.exp(draws.normal(0.02, 0.05));
        peArtsFactor *= Math.exp(draws.normal(0.025, 0.05));
    }

    private int staffingTarget() {
        return Math.max(Math.max(1, classes()), (int) Math.ceil(students / studentsPerTeacher));
    }

    int students() {
        return students;
    }

    int classes() {
        int classes = Math.max(1, (int) Math.ceil(students / classSize));
        return teachingPoint ? Math.min(classes, TEACHING_POINT_MAX_CLASSES) : classes;
    }

    int teachers() {
        return teachers;
    }

    /** The mean number of students per class this year. */
    double meanClassSize() {
        return (double) students / classes();
    }

    SegmentFigures figures() {
        return new SegmentFigures(
                students,
                classes(),
                teachers,
                teachersAboveDegree(),
                subset(teachers * titleShare),
                teachersPer100(backboneFactor, ResourceAnchor.BACKBONE_TEACHERS_PER100),
                teachersPer100(peArtsFactor, ResourceAnchor.PE_ARTS_TEACHERS_PER100));
    }

    private int teachersAboveDegree() {
        ResourceAnchor anchor = ResourceAnchor.TEACHERS_ABOVE_DEGREE_PER100;
        double threshold = (segment == Segment.PRIMARY ? anchor.primary() : anchor.junior()) * students / 100;
        double count = teachers * aboveDegreeShare;
        return subset(meetsThresholds ? Math.max(Math.ceil(threshold), count) : count);
    }

    private int teachersPer100(double factor, ResourceAnchor anchor) {
        double threshold = (segment == Segment.PRIMARY ? anchor.primary() : anchor.junior()) * students / 100;
        // A levelled-up county has hired or seconded until every school meets the threshold.
        return subset(meetsThresholds ? Math.max(Math.ceil(threshold), factor * threshold) : factor * threshold);
    }

    private int subset(double count) {
        return (int) Math.min(teachers, Math.round(count));
    }
}
