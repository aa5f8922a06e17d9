package org.edubalance.planning.zoning;

import java.util.Map;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;
import org.jspecify.annotations.Nullable;

/**
 * The zoning planner (docs/planning/zoning.md §5): one entry point for the command line, the planning jobs and the
 * benchmarks. {@link Method#AUTO} solves the exact model when the county is small enough to prove the optimum in the
 * time given, and otherwise runs the search planner; both carry a proven lower bound and its gap, and every plan is
 * re-checked by {@link ZoningPlanChecker} before it is returned.
 */
public final class ZoningPlanner {
    private ZoningPlanner() {}

    /** How to solve. */
    public enum Method {
        /** The exact model for a district, the search planner for a larger area. */
        AUTO,
        /** The exact model with contiguity cuts on HiGHS, started from the search planner's plan. */
        EXACT,
        /** The search planner only: a contiguous plan improved by moves of border blocks, with the relaxation bound. */
        SEARCH
    }

    /**
     * Zones {@code area}.
     *
     * @param start a plan to start from (for a re-solve after a pin), or null
     * @throws ZoningProblemInvalidException when the area cannot be zoned (the reason named)
     */
    public static ZoningPlan plan(
            ZoningArea area,
            ZoningPins pins,
            SolveSettings settings,
            Method method,
            @Nullable Map<String, SchoolCode> start,
            SolveListener listener) {
        throw new UnsupportedOperationException("landing soon");
    }

    /** Zones {@code area} with {@link Method#AUTO} and no start. */
    public static ZoningPlan plan(ZoningArea area, ZoningPins pins, SolveSettings settings, SolveListener listener) {
        return plan(area, pins, settings, Method.AUTO, null, listener);
    }
}
