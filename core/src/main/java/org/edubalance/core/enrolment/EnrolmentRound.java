package org.edubalance.core.enrolment;

import java.time.Instant;
import java.util.List;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * An enrolment round as stored. Its files are listed without their contents unless read with them.
 *
 * @param id the round's id
 * @param county the county
 * @param year the school year
 * @param grade the entry grade
 * @param status where it stands
 * @param createdBy who uploaded the files
 * @param createdAt when
 * @param files the inputs in the commit's order (contents empty when listed without them)
 * @param commit the lottery's commit, stored at {@code COMMITTED}
 * @param committedAt when the commit was stored
 * @param publicValue the public value of the draw
 * @param drawnAt when it was given
 * @param jobId the admission job run with it
 * @param publishedAt when the result was published
 * @param publishedBy who published it
 */
public record EnrolmentRound(
        long id,
        RegionCode county,
        int year,
        EntryGrade grade,
        EnrolmentRoundStatus status,
        String createdBy,
        Instant createdAt,
        List<RoundFile> files,
        @Nullable String commit,
        @Nullable Instant committedAt,
        @Nullable String publicValue,
        @Nullable Instant drawnAt,
        @Nullable Long jobId,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy) {

    /** The only kind of round so far: admission to grade 1 or grade 7. */
    public static final String KIND = "ADMISSION";

    public EnrolmentRound {
        files = List.copyOf(files);
    }
}
