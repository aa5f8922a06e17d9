package org.edubalance.core.zoningstudy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A zoning study: one county's zoning files of one data year and entry grade, frozen at upload, and the run whose plan
 * was approved.
 *
 * @param id the study's number
 * @param county the county
 * @param year the data year of the files (the children are counted at its start)
 * @param grade the entry grade
 * @param policy the zoning policy's id ({@code national})
 * @param createdBy who uploaded the files
 * @param createdAt when
 * @param files the frozen files, in upload order (empty in lists)
 * @param approvedJob the planning job whose plan was approved, or null
 * @param approvedBy who approved it, or null
 * @param approvedAt when, or null
 * @param approvedPlanYear the year the approved zones are for, or null
 */
public record ZoningStudy(
        long id,
        RegionCode county,
        int year,
        EntryGrade grade,
        String policy,
        String createdBy,
        Instant createdAt,
        List<StudyFile> files,
        @Nullable Long approvedJob,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        @Nullable Integer approvedPlanYear) {

    public ZoningStudy {
        files = List.copyOf(files);
    }

    /** The frozen file {@code name}, when it was given. */
    public Optional<StudyFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Whether a plan of this study was approved. */
    public boolean isApproved() {
        return approvedJob != null;
    }
}
