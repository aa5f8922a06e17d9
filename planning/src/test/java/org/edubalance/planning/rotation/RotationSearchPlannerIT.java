package org.edubalance.planning.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.SolveProgress;
import org.edubalance.planning.SolveSettings;
import org.junit.jupiter.api.Test;

class RotationSearchPlannerIT {
    private static final RotationPolicy POLICY = RotationMipPlannerIT.policy(15, Direction.ANY, 0.002);
    private static final SolveSettings TEN_SECONDS = new SolveSettings(Duration.ofSeconds(10), 2);

    private static RotationProblem problem(
            Map<TeacherId, SchoolCode> pinned, Map<TeacherId, List<SchoolCode>> forbidden) {
        return new RotationProblemFactory(POLICY)
                .create(
                        RotationMipPlannerIT.SCHOOLS,
                        RotationMipPlannerIT.ROSTER,
                        RotationMipPlannerIT.COUNTY,
                        2025,
                        pinned,
                        forbidden);
    }

    private static PlanCheck check(
            RotationPlan plan, Map<TeacherId, SchoolCode> pinned, Map<TeacherId, List<SchoolCode>> forbidden) {
        return new RotationPlanChecker(POLICY)
                .check(
                        RotationMipPlannerIT.SCHOOLS,
                        RotationMipPlannerIT.ROSTER,
                        RotationMipPlannerIT.COUNTY,
                        2025,
                        plan.moves(),
                        pinned,
                        forbidden);
    }

    @Test
    void theHybridPlanMeetsEveryRuleAndComesWithinOnePercentOfTheExactOptimum() {
        RotationProblem problem = problem(Map.of(), Map.of());
        List<SolveProgress> reports = new java.util.ArrayList<>();

        RotationPlan hybrid = new RotationSearchPlanner().solve(problem, TEN_SECONDS, reports::add);
        RotationPlan exact = new RotationMipPlanner().solve(problem, SolveSettings.seconds(60));
        PlanCheck check = check(hybrid, Map.of(), Map.of());

        assertThat(exact.status()).isEqualTo(PlanningStatus.OPTIMAL);
        assertThat(check.isValid())
                .as(check.violations() + " " + check.checks())
                .isTrue();
        assertThat(hybrid.moves().size()).isGreaterThanOrEqualTo(problem.minimumMovers());
        assertThat(hybrid.objective()).isLessThanOrEqualTo(exact.objective() * 1.01);
        // the bound is proven: no plan, the exact optimum included, is below it
        assertThat(hybrid.bound()).isPositive().isLessThanOrEqualTo(exact.objective() + 1e-6);
        assertThat(hybrid.gap()).isLessThan(0.02);
        assertThat(reports).extracting(SolveProgress::phase).containsSubsequence("model", "bound", "search", "done");
        assertThat(reports.getLast().incumbent()).isEqualTo(hybrid.objective());
    }

    @Test
    void thePlansOfGeographicPartsTogetherMeetEveryCountyRule() {
        RotationProblem problem = problem(Map.of(), Map.of());

        // parts of 1,500 near-model binaries: the test county in eight parts, each with its own quota
        RotationPlan parts =
                new RotationSearchPlanner(1_500).solve(problem, new SolveSettings(Duration.ofSeconds(5), 2));
        PlanCheck check = check(parts, Map.of(), Map.of());

        assertThat(check.isValid())
                .as(check.violations() + " " + check.checks())
                .isTrue();
        assertThat(parts.moves().size()).isGreaterThanOrEqualTo(problem.minimumMovers());
        assertThat(parts.bound()).isLessThanOrEqualTo(parts.objective());
    }

    @Test
    void pinnedAndForbiddenMovesAreHonouredEvenBeyondTheNearestCandidates() {
        RotationProblem free = problem(Map.of(), Map.of());
        // a teacher whose farthest candidate is outside the near plan's candidates, pinned there
        Teacher pinnedTeacher = free.eligible().stream()
                .filter(t -> free.candidates().get(t.id()).size() > RotationSearchPlanner.NEAREST + 2)
                .findFirst()
                .orElseThrow();
        SchoolCode far = free.candidates().get(pinnedTeacher.id()).stream()
                .max(Comparator.comparingDouble(Candidate::distanceKm))
                .orElseThrow()
                .school();
        // and the destination the free hybrid plan gives some mover, forbidden
        RotationPlan unlocked = new RotationSearchPlanner().solve(free, TEN_SECONDS);
        Move anyMove = unlocked.moves().stream()
                .filter(m -> !m.teacher().equals(pinnedTeacher.id()))
                .findFirst()
                .orElseThrow();
        Map<TeacherId, SchoolCode> pinned = Map.of(pinnedTeacher.id(), far);
        Map<TeacherId, List<SchoolCode>> forbidden = Map.of(anyMove.teacher(), List.of(anyMove.to()));

        RotationPlan locked = new RotationSearchPlanner().solve(problem(pinned, forbidden), TEN_SECONDS);
        PlanCheck check = check(locked, pinned, forbidden);

        assertThat(check.isValid())
                .as(check.violations() + " " + check.checks())
                .isTrue();
        assertThat(locked.moves())
                .anySatisfy(m -> assertThat(m.teacher().equals(pinnedTeacher.id()) && m.to().equals(far))
                        .isTrue());
        assertThat(locked.moves())
                .noneSatisfy(m -> assertThat(m.teacher().equals(anyMove.teacher()) && m.to().equals(anyMove.to()))
                        .isTrue());
    }
}
