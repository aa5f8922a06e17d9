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
 * @param kind what it admits to
 * @param area the county of an admission round; the county or city of an entrance-exam (quota) round
 * @param year the school year
 * @param grade the entry grade of an admission round, null for a quota round
 * @param status where it stands
 * @param createdBy who uploaded the files
 * @param createdAt when
 * @param files the inputs in the commit's order (contents empty when listed without them)
 * @param commit the lottery's commit, stored at {@code COMMITTED}
 * @param committedAt when the commit was stored
 * @param publicValue the public value of the draw
 * @param drawnAt when it was given
 * @param jobId the planning job run with it
 * @param approvedAt when the result was approved
 * @param approvedBy who approved it
 * @param publishedAt when the result was published
 * @param publishedBy who published it
 */
public record EnrolmentRound(
        long id,
        EnrolmentRoundKind kind,
        RegionCode area,
        int year,
        @Nullable EntryGrade grade,
        EnrolmentRoundStatus status,
        String createdBy,
        Instant createdAt,
        List<RoundFile> files,
        @Nullable String commit,
        @Nullable Instant committedAt,
        @Nullable String publicValue,
        @Nullable Instant drawnAt,
        @Nullable Long jobId,
        @Nullable Instant approvedAt,
        @Nullable String approvedBy,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy) {

    public EnrolmentRound {
        files = List.copyOf(files);
        if ((kind == EnrolmentRoundKind.ADMISSION) != (grade != null)) {
            throw new IllegalArgumentException("An admission round has an entry grade, a quota round none: " + kind);
        }
    }

    /** The entry grade of an admission round. */
    public EntryGrade admissionGrade() {
        if (grade == null) {
            throw new IllegalStateException("Round " + id + " is a " + kind + " round: it has no entry grade.");
        }
        return grade;
    }
}
