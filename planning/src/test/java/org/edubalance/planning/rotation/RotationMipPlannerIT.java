package org.edubalance.planning.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.demo.TeacherRosterGenerator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.Teacher;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.SolveSettings;
import org.junit.jupiter.api.Test;

class RotationMipPlannerIT {
    static final List<SchoolYear> SCHOOLS =
            new DemoDataGenerator(11).generate(DemoScale.COUNTY, 2025).schools();
    static final List<Teacher> ROSTER = new TeacherRosterGenerator(11).roster(SCHOOLS);
    static final RegionCode COUNTY = SCHOOLS.getFirst().county().code();

    static RotationPolicy policy(double maxCommuteKm, Direction direction, double moverPenalty) {
        return new RotationPolicy(
                "test",
                6,
                6,
                Map.of(),
                0.10,
                0.20,
                false,
                maxCommuteKm,
                0.15,
                direction,
                true,
                Map.of(
                        TeacherIndicator.ABOVE_DEGREE,
                        1.0,
                        TeacherIndicator.BACKBONE,
                        1.0,
                        TeacherIndicator.PE_ARTS,
                        1.0,
                        TeacherIndicator.MID_SENIOR_TITLE,
                        1.0),
                moverPenalty,
                null);
    }

    @Test
    void theOptimalPlanMeetsEveryRuleAndLowersTheTeacherCvs() {
        RotationPolicy policy = policy(15, Direction.ANY, 0.002);
        RotationProblem problem =
                new RotationProblemFactory(policy).create(SCHOOLS, ROSTER, COUNTY, 2025, Map.of(), Map.of());

        RotationPlan plan = new RotationMipPlanner().solve(problem, SolveSettings.seconds(60));
        PlanCheck check =
                new RotationPlanChecker(policy).check(SCHOOLS, ROSTER, COUNTY, 2025, plan.moves(), Map.of(), Map.of());

        assertThat(plan.status()).isIn(PlanningStatus.OPTIMAL, PlanningStatus.FEASIBLE);
        assertThat(check.violations()).isEmpty();
        assertThat(check.checks())
                .allSatisfy(c ->
                        assertThat(c.passed()).as(c.rule() + " " + c.actual()).isTrue());
        assertThat(plan.moves().size()).isGreaterThanOrEqualTo(problem.minimumMovers());
        for (Segment segment : check.cvBefore().keySet()) {
            double before = check.cvBefore().get(segment).get(TeacherIndicator.BACKBONE);
            double after = check.cvAfter().get(segment).get(TeacherIndicator.BACKBONE);
            assertThat(after).as("%s backbone CV", segment).isLessThanOrEqualTo(before);
        }
    }
}
