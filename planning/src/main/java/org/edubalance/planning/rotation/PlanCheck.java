package org.edubalance.planning.rotation;

import java.util.List;
import java.util.Map;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.Reason;

/**
 * What the independent checker found: every policy rule with its figure, any violation as a fact, and the county's
 * enrolment-weighted CV of each teacher indicator before and after the plan, per segment (NaN when not evaluable).
 *
 * @param checks the rules, each with required and actual figures
 * @param violations problems with single moves (ineligible teacher, commute too long, …); empty for a valid plan
 * @param cvBefore CVs before the plan
 * @param cvAfter CVs after the plan
 * @param eligible eligible teachers
 * @param movers teachers moved
 */
public record PlanCheck(
        List<PolicyCheck> checks,
        List<Reason> violations,
        Map<Segment, Map<TeacherIndicator, Double>> cvBefore,
        Map<Segment, Map<TeacherIndicator, Double>> cvAfter,
        int eligible,
        int movers) {
    public PlanCheck {
        checks = List.copyOf(checks);
        violations = List.copyOf(violations);
        cvBefore = Map.copyOf(cvBefore);
        cvAfter = Map.copyOf(cvAfter);
    }

    /** One balanced indicator of one segment: its county CV before and after the plan. */
    public record CvChange(Segment segment, TeacherIndicator indicator, double before, double after) {}

    /**
     * Every indicator of every segment the county holds, segments in their order and indicators in theirs: what the
     * plan's before/after tables and charts show.
     */
    public List<CvChange> cvChanges() {
        List<CvChange> changes = new java.util.ArrayList<>();
        for (Segment segment : Segment.values()) {
            Map<TeacherIndicator, Double> before = cvBefore.get(segment);
            Map<TeacherIndicator, Double> after = cvAfter.get(segment);
            if (before == null || after == null) {
                continue;
            }
            for (TeacherIndicator m : TeacherIndicator.values()) {
                changes.add(new CvChange(segment, m, value(before.get(m)), value(after.get(m))));
            }
        }
        return changes;
    }

    private static double value(Double cv) {
        return cv == null ? Double.NaN : cv;
    }

    /** Whether the plan meets every rule and has no invalid move. */
    public boolean isValid() {
        return violations.isEmpty() && checks.stream().allMatch(PolicyCheck::passed);
    }
}
