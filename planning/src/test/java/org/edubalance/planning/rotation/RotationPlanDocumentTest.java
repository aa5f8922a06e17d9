package org.edubalance.planning.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.Reason;
import org.junit.jupiter.api.Test;

/** The plan document's one writer: the planning outcome's six fields, and facts instead of sentences. */
class RotationPlanDocumentTest {
    private static final RotationPolicy POLICY = RotationMipPlannerIT.policy(15, Direction.ANY, 0.002);
    private static final RotationProblem PROBLEM = new RotationProblemFactory(POLICY)
            .create(
                    RotationMipPlannerIT.SCHOOLS,
                    RotationMipPlannerIT.ROSTER,
                    RotationMipPlannerIT.COUNTY,
                    2025,
                    Map.of(),
                    Map.of());

    @Test
    void theOutcomeIsStatusObjectiveBoundGapSolverAndSeconds() {
        var plan =
                new RotationPlan(List.of(), PlanningStatus.FEASIBLE, 2.0, 1.9, 1.5, "HiGHS", Duration.ofMillis(1500));

        String json = RotationPlanJson.write(RotationPlanDocument.of(PROBLEM, plan, check(plan)));

        assertThat(json)
                .contains("\"outcome\":{\"status\":\"FEASIBLE\",\"objective\":2.0,\"bound\":1.5,\"gap\":0.25,"
                        + "\"solver\":\"HiGHS\",\"seconds\":1.5}")
                .startsWith("{\"county\":\"" + RotationMipPlannerIT.COUNTY.value() + "\",\"year\":2025,"
                        + "\"policy\":\"test\",\"outcome\":");
    }

    @Test
    void aPlanWithoutABoundHasNoGapAndNoNaN() {
        var plan = new RotationPlan(
                List.of(), PlanningStatus.TIME_LIMIT, Double.NaN, Double.NaN, Double.NaN, "HiGHS", Duration.ZERO);

        String json = RotationPlanJson.write(RotationPlanDocument.of(PROBLEM, plan, check(plan)));

        assertThat(json)
                .contains("\"outcome\":{\"status\":\"TIME_LIMIT\",\"objective\":null,\"bound\":null,\"gap\":null,")
                .doesNotContain("NaN");
    }

    @Test
    void policyChecksAreFactsWithCodesAndParameters() {
        var plan = new RotationPlan(List.of(), PlanningStatus.OPTIMAL, 1, 1, 1, "HiGHS", Duration.ZERO);

        String json = RotationPlanJson.write(RotationPlanDocument.of(PROBLEM, plan, check(plan)));

        assertThat(json)
                .contains("{\"rule\":{\"code\":\"movers-min-share\",\"params\":{\"share\":10.0,\"eligible\":"
                        + PROBLEM.eligible().size() + "}},\"required\":{\"code\":\"at-least\",\"params\":{\"value\":"
                        + PROBLEM.minimumMovers() + "}},\"actual\":{\"code\":\"count\",\"params\":{\"value\":0}},"
                        + "\"passed\":false}")
                .doesNotContain("movers ≥");
    }

    @Test
    void aFactIsWordedByTheCallersTemplatesAndTerms() {
        Reason shift =
                Reason.of("indicator-shift", "indicator", "backbone_teachers_per100", "from", 1.4249, "to", 0.48);
        Map<String, String> templates = Map.of("indicator-shift", "{indicator}：每百名学生 {from,2} → {to,2}");
        Map<String, String> terms = Map.of("backbone_teachers_per100", "骨干教师");

        assertThat(shift.word(templates::get, terms::get, java.util.Locale.ROOT))
                .isEqualTo("骨干教师：每百名学生 1.42 → 0.48");
    }

    private static PlanCheck check(RotationPlan plan) {
        return new RotationPlanChecker(POLICY)
                .check(
                        RotationMipPlannerIT.SCHOOLS,
                        RotationMipPlannerIT.ROSTER,
                        RotationMipPlannerIT.COUNTY,
                        2025,
                        plan.moves(),
                        Map.of(),
                        Map.of());
    }
}
