package org.edubalance.app.planning;

import java.time.Duration;

/**
 * How this instance takes part in running planning jobs ({@code app.planning.*}, docs/planning/jobs.md §3).
 *
 * @param instance this instance's id, written on the jobs it claims; unique among the instances on one database and
 *     the same after a restart (default: host name and port), so that a restarted instance resumes its own jobs at once
 * @param lease how long a claim holds without a heartbeat: after an instance dies, its job waits this long
 * @param heartbeat how often the running instance extends its lease; well below {@code lease}
 * @param pollInterval how often an idle instance looks for a job to claim
 * @param runJobs whether this instance runs jobs at all (false: it only queues them, for a web-only instance)
 */
public record PlanningJobSettings(
        String instance, Duration lease, Duration heartbeat, Duration pollInterval, boolean runJobs) {
    public PlanningJobSettings {
        if (heartbeat.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("app.planning.heartbeat (" + heartbeat
                    + ") must be shorter than app.planning.lease (" + lease + ")");
        }
    }
}
