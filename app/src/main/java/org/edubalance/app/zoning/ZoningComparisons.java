package org.edubalance.app.zoning;

import org.edubalance.planning.zoning.ZoningComparison;
import org.edubalance.planning.zoning.ZoningPlan;

/** The planner's comparison of the zones in force with a plan, for a study as read. */
final class ZoningComparisons {
    private ZoningComparisons() {}

    static ZoningComparison of(ZoningStudyInputs inputs, ZoningPlan plan) {
        return ZoningComparison.of(inputs.area(), inputs.current(), plan);
    }
}
