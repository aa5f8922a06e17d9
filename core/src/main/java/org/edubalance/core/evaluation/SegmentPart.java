package org.edubalance.core.evaluation;

import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.standard.Quantity;

/**
 * One segment of one school as the evaluation sees it (a "virtual school", docs/standards.md §3.5): its students,
 * its own teachers and its share of the school's shared assets.
 */
public final class SegmentPart {
    private final SchoolYear school;
    private final Segment segment;
    private final int students;
    private final double assetShare;

    SegmentPart(SchoolYear school, Segment segment, int students, double assetShare) {
        this.school = school;
        this.segment = segment;
        this.students = students;
        this.assetShare = assetShare;
    }

    public SchoolYear school() {
        return school;
    }

    public Segment segment() {
        return segment;
    }

    /** Registered students of this segment: the weight in every county statistic. */
    public int students() {
        return students;
    }

    /** The share of shared assets this segment received (1 for a single-segment school). */
    public double assetShare() {
        return assetShare;
    }

    /**
     * The segment's amount of {@code quantity}: its own teachers, or its share of a shared asset. Worked out on each
     * call rather than kept: a part lives to the end of a run, and an array of its twelve quantities was 28 MB of the
     * live heap at nation scale; the product is the same double every time.
     */
    public double quantity(Quantity quantity) {
        SegmentFigures f = school.segment(segment);
        SharedAssets a = school.assets();
        return switch (quantity) {
            case TEACHERS -> f.teachers();
            case TEACHERS_ABOVE_DEGREE -> f.teachersAboveDegree();
            case TEACHERS_MID_SENIOR_TITLE -> f.teachersMidSeniorTitle();
            case BACKBONE_TEACHERS -> f.backboneTeachers();
            case PE_ARTS_TEACHERS -> f.peArtsTeachers();
            case TEACHING_AUX_AREA_M2 -> a.teachingAuxAreaM2() * assetShare;
            case INDOOR_SPORTS_AREA_M2 -> a.indoorSportsAreaM2() * assetShare;
            case SPORTS_GROUND_AREA_M2 -> a.sportsGroundAreaM2() * assetShare;
            case EQUIPMENT_VALUE_YUAN -> a.equipmentValueYuan() * assetShare;
            case MULTIMEDIA_CLASSROOMS -> a.multimediaClassrooms() * assetShare;
            case COMPUTERS -> a.computers() * assetShare;
            case BOOKS -> a.books() * assetShare;
        };
    }

    @Override
    public String toString() {
        StringBuilder quantities = new StringBuilder();
        for (Quantity q : Quantity.values()) {
            quantities.append(quantities.isEmpty() ? "" : ", ").append(quantity(q));
        }
        return "SegmentPart[" + school.code() + " " + segment + ", students=" + students + ", share=" + assetShare
                + ", quantities=[" + quantities + "]]";
    }
}
