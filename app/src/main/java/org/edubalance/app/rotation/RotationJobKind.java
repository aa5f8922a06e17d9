package org.edubalance.app.rotation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.edubalance.app.planning.PlanningJobKind;
import org.edubalance.app.planning.PlanningJobResult;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobRequest;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.edubalance.planning.rotation.RotationPlanJson;
import org.springframework.stereotype.Component;

/**
 * Rotation as a planner kind of the job runner (docs/planning/jobs.md §5): a job's rotation inputs (policy, time
 * limit, locks) are read back from the store, solved by {@link RotationPlanning}, and the plan document is the result.
 */
@Component
public final class RotationJobKind implements PlanningJobKind {
    /** The audit log's target type of rotation jobs, as before jobs became generic. */
    static final String AUDIT_TARGET = "rotation-job";

    private final RotationJobs jobs;
    private final RotationPlanning planning;

    RotationJobKind(RotationJobs jobs, RotationPlanning planning) {
        this.jobs = jobs;
        this.planning = planning;
    }

    @Override
    public String code() {
        return RotationJobRequest.KIND;
    }

    @Override
    public String auditTarget() {
        return AUDIT_TARGET;
    }

    @Override
    public PlanningJobResult solve(PlanningJob job, SolveListener listener) {
        RotationJob rotation = jobs.find(job.id()).orElseThrow();
        return result(planning.solve(rotation.request(), listener).document());
    }

    /** The stored result of {@code plan}: its document, outcome, movers and the checker's verdict. */
    static PlanningJobResult result(RotationPlanDocument plan) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("movers", plan.summary().movers());
        facts.put("valid", plan.summary().valid());
        return new PlanningJobResult(RotationPlanJson.write(plan), plan.outcome(), facts);
    }
}
