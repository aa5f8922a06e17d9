package org.edubalance.app.planning;

import org.edubalance.core.planning.PlanningJob;
import org.edubalance.planning.SolveListener;

/**
 * One planner kind on the platform: what the {@link PlanningJobRunner} calls to solve a stored job of this kind. A
 * Spring bean implementing it is all a new planner needs to run as a job (docs/planning/jobs.md §5).
 */
public interface PlanningJobKind {

    /** The kind's stored code, upper-case letters and underscores ({@code ROTATION}, {@code ADMISSION}, …). */
    String code();

    /** The audit log's target type of this kind's jobs ({@code rotation-job}), so that its entries stay together. */
    String auditTarget();

    /**
     * Solves {@code job} (its request as stored; a kind may read its own inputs stored beside it), reporting progress
     * to {@code listener}; returns the result document and its outcome. An exception's message is what the job's
     * planner reads as the reason it failed, so it says what to change.
     */
    PlanningJobResult solve(PlanningJob job, SolveListener listener);
}
