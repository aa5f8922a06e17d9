package org.edubalance.core.planning;

/**
 * One instance's claim on a job: the fencing token every write of the run carries. A write counts only while the job
 * is still RUNNING under this instance and this attempt; once another instance took the job over (after this one's
 * lease ran out), the stale run's writes change nothing (docs/planning/jobs.md §3).
 *
 * @param job the job as claimed (its {@code attempts} already counting this claim)
 * @param instance the claiming instance's id
 */
public record PlanningJobClaim(PlanningJob job, String instance) {

    /** The job's id. */
    public long id() {
        return job.id();
    }

    /** The attempt this claim is: the job's attempts after the claim. */
    public int attempt() {
        return job.attempts();
    }
}
