package org.edubalance.core.rotation;

/** Where a rotation planning job stands. */
public enum RotationJobStatus {
    /** Waiting for the one planning thread. */
    QUEUED,
    /** Being solved now. */
    RUNNING,
    /** Solved: the job holds its result (which may still say that no plan meets the policy). */
    DONE,
    /** Stopped by an error (bad policy, no roster, …): the job holds the message. */
    FAILED;

    /** Whether the job still has to run: after a restart, such a job is run again. */
    public boolean isUnfinished() {
        return this == QUEUED || this == RUNNING;
    }
}
