package org.edubalance.core.investment;

import java.util.List;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.standard.Quantity;

/**
 * Applies planned actions to a school's row: each amount is added to the quantities its kind names, a teacher action
 * to its segment, a whole-school action to the school's assets (which the evaluation then splits between segments).
 */
public final class InvestmentApplier {
    private InvestmentApplier() {}

    /** {@code school} with {@code actions} (all of this school) added. */
    public static SchoolYear apply(SchoolYear school, List<PlannedAction> actions) {
        SegmentFigures primary = school.primary();
        SegmentFigures junior = school.junior();
        SharedAssets a = school.assets();
        for (PlannedAction action : actions) {
            if (!action.schoolCode().equals(school.code().value())) {
                throw new IllegalArgumentException("Action for " + action.schoolCode() + " applied to "
                        + school.code().value());
            }
            for (Quantity q : action.kind().adds()) {
                long n = action.quantity();
                if (q.isSharedAsset()) {
                    a = add(a, q, n);
                } else if (action.segment() == Segment.PRIMARY) {
                    primary = add(primary, q, n);
                } else if (action.segment() == Segment.JUNIOR) {
                    junior = add(junior, q, n);
                } else {
                    throw new IllegalArgumentException("Teacher action " + action.action() + " needs a segment");
                }
            }
        }
        return new SchoolYear(
                school.year(),
                school.county(),
                school.townName(),
                school.code(),
                school.name(),
                school.type(),
                school.location(),
                school.ownership(),
                school.position(),
                primary,
                junior,
                school.seniorStudents(),
                a,
                school.supplementary());
    }

    private static SegmentFigures add(SegmentFigures f, Quantity q, long n) {
        int k = Math.toIntExact(n);
        return new SegmentFigures(
                f.students(),
                f.classes(),
                f.teachers() + (q == Quantity.TEACHERS ? k : 0),
                f.teachersAboveDegree() + (q == Quantity.TEACHERS_ABOVE_DEGREE ? k : 0),
                f.teachersMidSeniorTitle(),
                f.backboneTeachers() + (q == Quantity.BACKBONE_TEACHERS ? k : 0),
                f.peArtsTeachers() + (q == Quantity.PE_ARTS_TEACHERS ? k : 0));
    }

    private static SharedAssets add(SharedAssets a, Quantity q, long n) {
        return new SharedAssets(
                a.teachingAuxAreaM2() + (q == Quantity.TEACHING_AUX_AREA_M2 ? n : 0),
                a.indoorSportsAreaM2(),
                a.sportsGroundAreaM2() + (q == Quantity.SPORTS_GROUND_AREA_M2 ? n : 0),
                a.equipmentValueYuan() + (q == Quantity.EQUIPMENT_VALUE_YUAN ? n : 0),
                a.multimediaClassrooms() + (q == Quantity.MULTIMEDIA_CLASSROOMS ? n : 0),
                a.computers(),
                a.books());
    }
}
