package org.edubalance.core.zoningstudy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;

/** Port: the zoning studies, their runs and approvals (implemented by the persistence module). */
public interface ZoningStudies {

    /**
     * Stores a new study with its frozen {@code files} and the names of its blocks ({@code blockNames}, by id, for the
     * public lookup once a plan is approved); answers its id.
     */
    long add(
            RegionCode county,
            int year,
            EntryGrade grade,
            String policy,
            List<StudyFile> files,
            Map<String, String> blockNames,
            String user,
            Instant at);

    /** The study {@code id} with its files' contents. */
    Optional<ZoningStudy> find(long id);

    /** The studies of {@code county}, newest first, without the files' contents. */
    List<ZoningStudy> ofCounty(RegionCode county);

    /** Records a run queued as planning job {@code jobId} with its pins. */
    void addRun(long studyId, long jobId, String pinsJson);

    /** The runs of study {@code studyId}, newest first. */
    List<ZoningRun> runs(long studyId);

    /** The run of planning job {@code jobId}. */
    Optional<ZoningRun> run(long jobId);

    /** Stores the plan of run {@code jobId}: the document, the platform's copy and the two zone files. */
    void storePlan(long jobId, String planJson, String planCopyJson, String zonesCsv, String blockZonesCsv);

    /** Stores why run {@code jobId} could not be zoned: the reason's code and its figures (a JSON object). */
    void storeReason(long jobId, String code, String paramsJson);

    /**
     * Approves the plan of run {@code jobId} for its study (replacing an earlier approval of the study), with the
     * school of each block for the public lookup; false when the run is not the study's or has no plan.
     */
    boolean approve(long studyId, long jobId, int planYear, Map<String, String> schoolOfBlock, String user, Instant at);

    /**
     * The blocks whose name contains {@code text}, in the approved plans of the latest plan year of each county and
     * grade; at most {@code limit}, by county, grade and name.
     */
    List<PublicBlockZone> findApprovedBlocks(String text, int limit);
}
