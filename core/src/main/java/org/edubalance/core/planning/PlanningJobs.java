package org.edubalance.core.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.edubalance.core.region.RegionCode;

/**
 * Port: the planning jobs of every kind and their lifecycle (implemented by the persistence module). Times of claims
 * and leases are the database's, so that instances with skewed clocks agree on when a lease ran out.
 */
public interface PlanningJobs {

    /** Stores {@code request} as a new {@link PlanningJobStatus#QUEUED} job; returns its id. */
    long add(PlanningJobRequest request);

    /** The job {@code id}, with its result, when held. */
    Optional<PlanningJob> find(long id);

    /** The newest jobs of {@code kind} for {@code area} and {@code year} first, at most {@code limit}, without results. */
    List<PlanningJob> ofArea(String kind, RegionCode area, int year, int limit);

    /** The ids of the jobs still to run (queued, or running), oldest first. */
    List<Long> unfinished();

    /**
     * Claims the oldest job of one of {@code kinds} that is queued, or running under a lease that ran out with fewer
     * than {@code maxAttempts} attempts, for {@code instance}: RUNNING, one more attempt, leased for {@code lease}. Two
     * instances never claim the same job while its lease holds.
     */
    Optional<PlanningJobClaim> claim(String instance, Set<String> kinds, Duration lease, int maxAttempts);

    /**
     * Marks FAILED with {@code failure} the oldest job whose lease ran out after {@code maxAttempts} attempts (every
     * instance running it stopped); returns it, or empty when there is none.
     */
    Optional<PlanningJob> giveUpAbandoned(int maxAttempts, PlanningJobFailure failure, Instant at);

    /** Extends the claim's lease to {@code lease} from now; false when the claim no longer holds the job. */
    boolean heartbeat(PlanningJobClaim claim, Duration lease);

    /** Ends the lease of every job {@code instance} runs, so that any instance claims them again at once. */
    int release(String instance);

    /** Records the job's latest progress; false when the claim no longer holds the job. */
    boolean progress(PlanningJobClaim claim, PlanningJobProgress progress);

    /** Stores the result and outcome and marks the job done; false when the claim no longer holds the job. */
    boolean finish(PlanningJobClaim claim, String resultJson, PlanningJobOutcome outcome, Instant at);

    /** Marks the job failed with {@code failure}; false when the claim no longer holds the job. */
    boolean fail(PlanningJobClaim claim, PlanningJobFailure failure, Instant at);

    /** Records the approval of a done job; false when the job is not done or already approved. */
    boolean approve(long id, String user, Instant at);
}
