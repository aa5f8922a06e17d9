package org.edubalance.app.enrolment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.planning.PlanningJobKind;
import org.edubalance.app.planning.PlanningJobResult;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRounds;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.admission.AdmissionChecker;
import org.edubalance.planning.admission.AdmissionPlanner;
import org.edubalance.planning.admission.AdmissionResult;
import org.edubalance.planning.admission.AdmissionResultJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admission as a planner kind (docs/planning/jobs.md §5, docs/planning/rounds.md §2): the job's request names the
 * enrolment round; its frozen files and public value are planned as {@code edubalance plan admission} plans them, and
 * the result document is the command's.
 */
@Component
public final class AdmissionJobKind implements PlanningJobKind {
    /** The stored kind of the jobs. */
    static final String CODE = "ADMISSION";
    /** The audit log's target type of admission jobs. */
    static final String AUDIT_TARGET = "admission-job";

    private final EnrolmentRounds rounds;
    private final JsonMapper json;

    AdmissionJobKind(EnrolmentRounds rounds, JsonMapper json) {
        this.rounds = rounds;
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
        DrawnRound drawn = DrawnRound.of(job, rounds, json);
        long roundId = drawn.id();
        AdmissionResult result = plan(drawn.round(), drawn.publicValue());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("round", roundId);
        facts.put("applicants", result.summary().applicants());
        facts.put("placed", result.summary().placed());
        facts.put("unplaced", result.summary().unplaced());
        return new PlanningJobResult(AdmissionResultJson.write(result), result.outcome(), facts);
    }

    /**
     * The result of {@code round} under {@code publicValue}, checked by the independent checker.
     *
     * @throws IllegalStateException when the checker finds a broken rule (a bug: nothing is stored)
     */
    static AdmissionResult plan(EnrolmentRound round, String publicValue) {
        FrozenInputs inputs = FrozenInputs.read(round.files(), round.area(), round.year(), round.admissionGrade());
        AdmissionResult result = new AdmissionPlanner().plan(inputs.round(), inputs.inputs(), publicValue);
        List<String> problems = new AdmissionChecker().check(inputs.round(), result);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The independent check of the result failed: " + problems);
        }
        return result;
    }
}
