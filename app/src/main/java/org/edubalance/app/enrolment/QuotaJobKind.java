package org.edubalance.app.enrolment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.planning.PlanningJobKind;
import org.edubalance.app.planning.PlanningJobResult;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRounds;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.quota.Batch;
import org.edubalance.planning.quota.QuotaPlanner;
import org.edubalance.planning.quota.QuotaResult;
import org.edubalance.planning.quota.QuotaResultChecker;
import org.edubalance.planning.quota.QuotaResultJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entrance-exam admission as a planner kind (docs/planning/jobs.md §5, docs/planning/rounds.md §2): the job's
 * request names the quota round; its frozen files and public value are planned as {@code edubalance plan quota} plans
 * them, checked by the independent {@link QuotaResultChecker}, and the result document is the command's.
 */
@Component
public final class QuotaJobKind implements PlanningJobKind {
    /** The stored kind of the jobs. */
    static final String CODE = "QUOTA";
    /** The audit log's target type of quota jobs. */
    static final String AUDIT_TARGET = "quota-job";

    private final EnrolmentRounds rounds;
    private final JsonMapper json;

    QuotaJobKind(EnrolmentRounds rounds, JsonMapper json) {
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
        long start = System.nanoTime();
        QuotaResult result = plan(drawn.round(), drawn.publicValue());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("round", roundId);
        facts.put("candidates", result.admissions().size());
        facts.put(
                "quota",
                result.admissions().stream()
                        .filter(a -> a.batch() == Batch.QUOTA)
                        .count());
        facts.put(
                "general",
                result.admissions().stream()
                        .filter(a -> a.batch() == Batch.GENERAL)
                        .count());
        facts.put(
                "unplaced",
                result.admissions().stream().filter(a -> a.school() == null).count());
        // Admission in the order of scores is exact: no solver, no gap; the time is what the platform shows.
        PlanningOutcome outcome =
                PlanningOutcome.of(PlanningStatus.OPTIMAL, 0, 0, "quota", Duration.ofNanos(System.nanoTime() - start));
        return new PlanningJobResult(document(result), outcome, facts);
    }

    /** The document {@code edubalance plan quota --out result.json} writes for {@code result}. */
    static String document(QuotaResult result) {
        // Through the command's own path (UTF-8 bytes), so that the published bytes are the command's file.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuotaResultJson.write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The result of {@code round} under {@code publicValue}, checked by the independent checker.
     *
     * @throws IllegalStateException when the checker finds a broken rule (a bug: nothing is stored)
     */
    static QuotaResult plan(EnrolmentRound round, String publicValue) {
        QuotaFrozenInputs inputs = QuotaFrozenInputs.read(round.files(), round.area(), round.year());
        QuotaResult result = QuotaPlanner.plan(inputs.round(), inputs.policy(), inputs.inputs(), publicValue);
        List<QuotaResultChecker.Violation> violations =
                QuotaResultChecker.check(inputs.round(), inputs.policy(), result);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The independent check of the result failed: " + violations);
        }
        return result;
    }
}
