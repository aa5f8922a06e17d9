package org.edubalance.app.zoning;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.edubalance.app.planning.PlanningJobKind;
import org.edubalance.app.planning.PlanningJobResult;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoningstudy.ZoningRun;
import org.edubalance.core.zoningstudy.ZoningStudies;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.edubalance.dataimport.zoning.ZoneFileWriter;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.zoning.ZoningPlan;
import org.edubalance.planning.zoning.ZoningPlanJson;
import org.edubalance.planning.zoning.ZoningPlanner;
import org.edubalance.planning.zoning.ZoningProblemInvalidException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Zoning as a planner kind (docs/planning/jobs.md §5, docs/planning/zoning.md "Platform"): the job's request names the
 * study, the pins and the time limit; the study's frozen files are zoned as {@code edubalance plan zones} zones them,
 * starting from the plan of the run it re-solves. The run stores the result document byte for byte, the plan for the
 * pages and the two zone files, so that approval and export never recompute; a problem that cannot be zoned stores
 * its reason's code and figures, which the pages word, before the job fails with its English message.
 */
@Component
final class ZoningJobKind implements PlanningJobKind {
    /** The stored kind of the jobs. */
    static final String CODE = "ZONING";
    /** The audit log's target type of zoning jobs. */
    static final String AUDIT_TARGET = "zoning-job";
    /** Solver threads: the bureau servers have two cores. */
    private static final int THREADS = 2;

    private final ZoningStudies studies;
    private final ZoningStudyReader reader;
    private final JsonMapper json;

    ZoningJobKind(ZoningStudies studies, ZoningStudyReader reader, JsonMapper json) {
        this.studies = studies;
        this.reader = reader;
        this.json = json;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String auditTarget() {
        return AUDIT_TARGET;
    }

    @Override
    public PlanningJobResult solve(PlanningJob job, SolveListener listener) {
        JsonNode request = json.readTree(job.request().requestJson());
        long studyId = request.get("study").asLong();
        ZoningStudy study = studies.find(studyId)
                .orElseThrow(() -> new IllegalStateException("Zoning study " + studyId + " is gone."));
        RunPins pins = json.treeToValue(request.get("pins"), RunPins.class);
        var settings = new SolveSettings(
                Duration.ofSeconds(request.get("timeLimitSeconds").asLong()),
                Math.min(THREADS, Runtime.getRuntime().availableProcessors()));
        ZoningPlan plan;
        try {
            ZoningStudyInputs inputs = reader.inputs(study);
            plan = ZoningPlanner.plan(
                    inputs.area(), pins.toPins(), settings, ZoningPlanner.Method.AUTO, start(job), listener);
        } catch (ZoningProblemInvalidException e) {
            studies.storeReason(
                    job.id(),
                    e.reason().code(),
                    json.writeValueAsString(e.reason().params()));
            throw e;
        }
        String document = ZoningPlanJson.write(plan);
        Map<String, SchoolCode> schoolOfBlock = plan.schoolOfBlock();
        studies.storePlan(
                job.id(),
                document,
                reader.copy(plan),
                ZoneFileWriter.zones(plan.planYear(), plan.county(), plan.grade(), schoolOfBlock),
                ZoneFileWriter.blockZones(plan.planYear(), plan.county(), plan.grade(), schoolOfBlock));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("study", studyId);
        facts.put("objective", plan.outcome().objective());
        facts.put("checksPassed", plan.checks().passed());
        return new PlanningJobResult(document, plan.outcome(), facts);
    }

    /** The plan of the run this one re-solves, to start from; null for a first run. */
    private @Nullable Map<String, SchoolCode> start(PlanningJob job) {
        Long parent = job.request().parentId();
        if (parent == null) {
            return null;
        }
        ZoningRun run = studies.run(parent).orElse(null);
        ZoningPlan plan = run == null ? null : reader.plan(run);
        return plan == null ? null : plan.schoolOfBlock();
    }
}
