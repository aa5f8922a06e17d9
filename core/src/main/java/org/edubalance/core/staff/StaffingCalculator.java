package org.edubalance.core.staff;

import java.util.HashMap;
import java.util.Map;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;

/** Counts a roster into {@link StaffingFigures} per school and segment, by the counting rules of docs/data-formats.md §4. */
public final class StaffingCalculator {
    private StaffingCalculator() {}

    /** Where a teacher counts: a school's segment. */
    public record SchoolSegment(SchoolCode school, Segment segment) {}

    /** The figures of every (school, segment) that has at least one teacher in {@code roster}. */
    public static Map<SchoolSegment, StaffingFigures> figures(Iterable<Teacher> roster) {
        Map<SchoolSegment, StaffingFigures> bySegment = new HashMap<>();
        for (Teacher t : roster) {
            bySegment.merge(
                    new SchoolSegment(t.school(), t.segment()),
                    StaffingFigures.NONE.plus(t, 1),
                    (a, b) -> new StaffingFigures(
                            a.teachers() + b.teachers(),
                            a.aboveDegree() + b.aboveDegree(),
                            a.midSeniorTitle() + b.midSeniorTitle(),
                            a.backbone() + b.backbone(),
                            a.peArts() + b.peArts()));
        }
        return bySegment;
    }
}
