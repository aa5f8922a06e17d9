package org.edubalance.core.planning;

import org.jspecify.annotations.Nullable;

/**
 * How a job's solve ended, stored beside its result document so that lists and audits need not read the document:
 * the planning module's outcome (status, objective, bound, gap, solver, seconds) in the core's plain types.
 *
 * @param status how the solve ended ({@code OPTIMAL}, {@code FEASIBLE}, {@code INFEASIBLE}, {@code TIME_LIMIT}, {@code
 *     NOT_SOLVED})
 * @param objective the plan's objective value, or {@code null} without a plan
 * @param bound the best proven lower bound, or {@code null}
 * @param gap the relative gap to the bound, or {@code null}
 * @param solver the solver (and method) that produced the plan
 * @param seconds how long the solve took
 */
public record PlanningJobOutcome(
        String status,
        @Nullable Double objective,
        @Nullable Double bound,
        @Nullable Double gap,
        String solver,
        double seconds) {}
