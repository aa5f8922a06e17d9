package org.edubalance.core.rotation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.edubalance.core.region.RegionCode;

/** Port: the rotation planning jobs and their results (implemented by the persistence module). */
public interface RotationJobs {

    /** Stores {@code request} as a new {@link RotationJobStatus#QUEUED} job; returns its id. */
    long add(RotationJobRequest request);

    /** The job {@code id}, when held. */
    Optional<RotationJob> find(long id);

    /** The newest jobs of {@code county} and {@code year} first, at most {@code limit}, without their results. */
    List<RotationJob> ofCounty(RegionCode county, int year, int limit);

    /** The ids of the jobs still to run (queued, or running when the server stopped), oldest first. */
    List<Long> unfinished();

    /** Marks the job running from {@code at} on, counting one more attempt. */
    void start(long id, Instant at);

    /** Records the job's latest progress. */
    void progress(long id, RotationJobProgress progress);

    /** Stores the job's result and marks it done. */
    void finish(long id, String resultJson, Instant at);

    /** Marks the job failed with {@code error}. */
    void fail(long id, String error, Instant at);

    /** Records the approval of a done job; false when the job is not done or already approved. */
    boolean approve(long id, String user, Instant at);
}
