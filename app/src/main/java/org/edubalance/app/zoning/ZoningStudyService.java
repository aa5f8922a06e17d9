package org.edubalance.app.zoning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.planning.PlanningJobRunner;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobRequest;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoningstudy.StudyFile;
import org.edubalance.core.zoningstudy.ZoningRun;
import org.edubalance.core.zoningstudy.ZoningStudies;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.edubalance.dataimport.policy.ZoningPolicyReader;
import org.edubalance.planning.zoning.ZoningPlan;
import org.edubalance.planning.zoning.ZoningProblemInvalidException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps of a zoning study (docs/planning/zoning.md, "Platform"): create it from uploaded files (checked all or
 * nothing, and refused when the area cannot be zoned), queue runs with pins as planning jobs, approve a run's stored
 * plan. Each step writes an audit entry under {@code zoning-study}.
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class ZoningStudyService {
    /** The audit log's target type of studies. */
    static final String AUDIT_TARGET = "zoning-study";
    /** The longest run a person may ask for. */
    static final int MAX_SECONDS = 600;
    /** A run's time limit when none is given. */
    static final int DEFAULT_SECONDS = 30;

    private final ZoningStudies studies;
    private final ZoningStudyReader reader;
    private final PlanningJobs jobs;
    private final PlanningJobRunner runner;
    private final Regions regions;
    private final SchoolYears schoolYears;
    private final AuditService audit;
    private final JsonMapper json;
    private final java.time.Clock clock;

    // One collaborator per store and step: wiring, not a parameter bag.
    ZoningStudyService(
            ZoningStudies studies,
            ZoningStudyReader reader,
            PlanningJobs jobs,
            PlanningJobRunner runner,
            Regions regions,
            SchoolYears schoolYears,
            AuditService audit,
            JsonMapper json,
            java.time.Clock clock) {
        this.studies = studies;
        this.reader = reader;
        this.jobs = jobs;
        this.runner = runner;
        this.regions = regions;
        this.schoolYears = schoolYears;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores a new study of {@code county}, {@code year} and {@code grade}: the bureau's school data of that county and
     * year as {@code schools.csv} (the schools' names and positions), the uploads, and the shipped {@code policy}.
     *
     * @param uploads by name: {@code blocks}, {@code seats}, {@code zones}, {@code block_zones} and optionally {@code
     *     adjacency} and {@code polygons}
     * @throws ApiProblemException 400 for a request or file that is not valid; nothing is stored
     * @throws org.edubalance.dataimport.ImportRejectedException with every located error of the first bad file
     * @throws ZoningProblemInvalidException when the files cannot be zoned (the reason as a code)
     */
    @Transactional
    public long create(
            String county, int year, String grade, String policy, Map<String, StudyUpload> uploads, String user) {
        RegionCode code = county(county);
        EntryGrade entryGrade = grade(grade);
        if (!ZoningPolicyReader.SHIPPED.contains(policy)) {
            throw ApiProblemException.invalid(
                    "policy " + policy + ": one of " + String.join(", ", ZoningPolicyReader.SHIPPED) + ".");
        }
        List<SchoolYear> schools = schoolYears.ofYear(year, code);
        if (schools.isEmpty()) {
            throw ApiProblemException.invalid("County " + county + " has no school data for " + year
                    + ". Maybe import the school data of that year first.");
        }
        List<StudyFile> files = new ArrayList<>();
        files.add(StudyUpload.schools(schools));
        for (String name : StudyUpload.NAMES) {
            StudyUpload upload = uploads.get(name);
            if (upload != null) {
                files.add(upload.file(name));
            } else if (!StudyUpload.OPTIONAL.contains(name)) {
                throw ApiProblemException.invalid("The request has no " + name + " file.");
            }
        }
        ZoningStudyInputs inputs;
        try {
            inputs = ZoningStudyInputs.read(files, code, year, entryGrade, policy);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.invalid(String.valueOf(e.getMessage()));
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Block b : inputs.area().blocks()) {
            names.put(b.id(), b.name());
        }
        long id = studies.add(code, year, entryGrade, policy, files, names, user, clock.instant());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("county", county);
        facts.put("year", year);
        facts.put("entryGrade", entryGrade.name());
        facts.put("policy", policy);
        facts.put("blocks", names.size());
        facts.put("files", files.stream().map(StudyFile::fileName).toList());
        audit.record(user, AUDIT_TARGET, Long.toString(id), "CREATE", null, facts);
        return id;
    }

    /** The studies of {@code county}, newest first, without files. */
    @Transactional(readOnly = true)
    public List<ZoningStudy> ofCounty(RegionCode county) {
        return studies.ofCounty(county);
    }

    /** The study {@code id} with its files, or 404. */
    @Transactional(readOnly = true)
    public ZoningStudy study(long id) {
        return studies.find(id).orElseThrow(() -> ApiProblemException.notFound("No zoning study " + id + "."));
    }

    /** The runs of study {@code id}, newest first. */
    @Transactional(readOnly = true)
    public List<ZoningRun> runs(long id) {
        return studies.runs(id);
    }

    /** Run {@code jobId} of study {@code id}, or 404. */
    @Transactional(readOnly = true)
    public ZoningRun run(long id, long jobId) {
        return studies.run(jobId)
                .filter(r -> r.studyId() == id)
                .orElseThrow(() -> ApiProblemException.notFound("Zoning study " + id + " has no run " + jobId + "."));
    }

    /** The planning job of {@code run}. */
    @Transactional(readOnly = true)
    public PlanningJob job(ZoningRun run) {
        return jobs.find(run.jobId()).orElseThrow();
    }

    /**
     * Queues a run of study {@code id} with {@code pins} for at most {@code seconds} (the default when null), starting
     * from the newest run's plan; returns the job's id.
     *
     * @throws ZoningProblemInvalidException {@code ZONING_PIN_UNKNOWN} when a pin names a block or school the study
     *     does not have
     */
    @Transactional
    public long run(long id, RunPins pins, @Nullable Integer seconds, String user) {
        ZoningStudy study = study(id);
        int limit = seconds == null ? DEFAULT_SECONDS : seconds;
        if (limit < 1 || limit > MAX_SECONDS) {
            throw ApiProblemException.invalid("timeLimitSeconds " + limit + ": from 1 to " + MAX_SECONDS + ".");
        }
        pins.check(reader.inputs(study));
        Long parent = studies.runs(id).stream()
                .filter(r -> r.planJson() != null)
                .map(ZoningRun::jobId)
                .findFirst()
                .orElse(null);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("study", id);
        request.put("pins", pins);
        request.put("timeLimitSeconds", limit);
        long job = jobs.add(new PlanningJobRequest(
                ZoningJobKind.CODE,
                study.county(),
                study.year(),
                json.writeValueAsString(request),
                parent,
                user,
                clock.instant()));
        studies.addRun(id, job, json.writeValueAsString(pins));
        audit.record(user, AUDIT_TARGET, Long.toString(id), "RUN", null, request);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.wake();
            }
        });
        return job;
    }

    /**
     * Approves the stored plan of run {@code jobId} of study {@code id} (an earlier approval of the study is replaced);
     * 409 unless the run is done with a plan.
     */
    @Transactional
    public ZoningStudy approve(long id, long jobId, String user) {
        ZoningRun run = run(id, jobId);
        PlanningJob job = job(run);
        ZoningPlan plan = reader.plan(run);
        if (job.status() != PlanningJobStatus.DONE || plan == null) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    ErrorCode.EDIT_CONFLICT,
                    "Run " + jobId + " is " + job.status() + ": only a done run with a plan is approved.");
        }
        Map<String, String> schoolOfBlock = new LinkedHashMap<>();
        plan.schoolOfBlock().forEach((block, school) -> schoolOfBlock.put(block, school.value()));
        Instant now = clock.instant();
        if (!studies.approve(id, jobId, plan.planYear(), schoolOfBlock, user, now)) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT, ErrorCode.EDIT_CONFLICT, "Run " + jobId + " has no stored plan.");
        }
        if (!job.isApproved()) {
            // The job records the approval too, as a rotation plan's does (docs/planning/jobs.md §5).
            jobs.approve(jobId, user, now);
        }
        audit.record(
                user,
                AUDIT_TARGET,
                Long.toString(id),
                "APPROVE",
                null,
                Map.of(
                        "job",
                        jobId,
                        "planYear",
                        plan.planYear(),
                        "objective",
                        String.valueOf(plan.outcome().objective())));
        return study(id);
    }

    /** The stored run whose plan was approved, or 404. */
    @Transactional(readOnly = true)
    public ZoningRun approvedRun(long id) {
        ZoningStudy study = study(id);
        Long job = study.approvedJob();
        if (job == null) {
            throw ApiProblemException.notFound("Zoning study " + id + " has no approved plan yet.");
        }
        return run(id, job);
    }

    /** The result document of run {@code jobId} as stored, or 404 before it has one. */
    @Transactional(readOnly = true)
    public String result(long id, long jobId) {
        String document = run(id, jobId).planJson();
        if (document == null) {
            throw ApiProblemException.notFound("Run " + jobId + " has no plan yet.");
        }
        return document;
    }

    private RegionCode county(String code) {
        return regions.counties().stream()
                .filter(c -> c.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiProblemException.invalid("No county " + code + "."))
                .code();
    }

    private static EntryGrade grade(String grade) {
        try {
            return EntryGrade.valueOf(grade.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.invalid("entryGrade " + grade + ": one of G1, G7.");
        }
    }
}
