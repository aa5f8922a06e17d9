package org.edubalance.core.planning;

/** Where a planning job stands (docs/planning/jobs.md §1). */
public enum PlanningJobStatus {
    /** Waiting for a platform instance to claim it. */
    QUEUED,
    /** Claimed by one instance, which holds its lease while solving. */
    RUNNING,
    /** Solved: the job holds its result (which may still say that no plan meets the rules). */
    DONE,
    /** Stopped by an error (bad input, no data, too many failed starts): the job holds the message. */
    FAILED;

    /** Whether the job still has to run. */
    public boolean isUnfinished() {
        return this == QUEUED || this == RUNNING;
    }
}
