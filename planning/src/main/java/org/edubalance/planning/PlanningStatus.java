package org.edubalance.planning;

/** How a planner's solve ended: the first word of every planning outcome. */
public enum PlanningStatus {
    /** A plan proven best (within the solver's tolerance): the gap is 0. */
    OPTIMAL,
    /** A plan, with the time limit reached before it was proven best: the gap says how far it can be off. */
    FEASIBLE,
    /** Proven that no plan meets every rule: no plan. */
    INFEASIBLE,
    /** The time limit was reached before any plan was found: no plan, nothing proven. */
    TIME_LIMIT,
    /** The solver stopped without a plan for another reason (numerical trouble): no plan. */
    NOT_SOLVED;

    /**
     * The status a solver reported in its own words ({@code OPTIMAL}, {@code FEASIBLE}, {@code INFEASIBLE}, or
     * anything else for "no plan"), given whether the time limit was reached.
     */
    public static PlanningStatus ofSolver(String solverStatus, boolean timeLimitReached) {
        return switch (solverStatus) {
            case "OPTIMAL" -> OPTIMAL;
            case "FEASIBLE" -> FEASIBLE;
            case "INFEASIBLE" -> INFEASIBLE;
            default -> timeLimitReached ? TIME_LIMIT : NOT_SOLVED;
        };
    }

    /** Whether the solve produced a plan. */
    public boolean hasPlan() {
        return this == OPTIMAL || this == FEASIBLE;
    }
}
