package org.edubalance.core.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * The stored enrolment rounds. Each step changes a round only from the step before it and answers false otherwise, so
 * a caller that lost a race (two commits, a draw of a round not committed) changes nothing.
 */
public interface EnrolmentRounds {

    /**
     * Stores a new {@code DRAFT} round of {@code kind} with {@code files} in the commit's order; answers its id.
     * {@code grade} is an admission round's entry grade, null for a quota round.
     */
    long add(
            EnrolmentRoundKind kind,
            RegionCode area,
            int year,
            @Nullable EntryGrade grade,
            List<RoundFile> files,
            String user,
            Instant at);

    /** The round {@code id} with its files' contents. */
    Optional<EnrolmentRound> find(long id);

    /** The published rounds, newest publication first, without the files' contents. */
    List<EnrolmentRound> published();

    /** Every round of {@code area} (a county or a city), newest first, without the files' contents. */
    List<EnrolmentRound> ofArea(RegionCode area);

    /** {@code DRAFT → COMMITTED}: stores each file's hash ({@code sha256ByName}) and the commit. */
    boolean commit(long id, Map<String, String> sha256ByName, String commit, Instant at);

    /** {@code COMMITTED → DRAWN}: stores the public value and the job run with it. */
    boolean draw(long id, String publicValue, long jobId, Instant at);

    /** {@code DRAWN → APPROVED}: who approved the job's result and when. */
    boolean approve(long id, String user, Instant at);

    /** {@code APPROVED → PUBLISHED} with the result document as published. */
    boolean publish(long id, String user, Instant at, String resultJson);

    /** The published result document of round {@code id}, byte for byte. */
    Optional<String> publishedResult(long id);
}
