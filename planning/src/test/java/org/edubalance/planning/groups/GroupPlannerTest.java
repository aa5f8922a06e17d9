package org.edubalance.planning.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edubalance.planning.groups.GroupFixtures.evaluation;
import static org.edubalance.planning.groups.GroupFixtures.metres;
import static org.edubalance.planning.groups.GroupFixtures.planner;
import static org.edubalance.planning.groups.GroupFixtures.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.pairing.UnplacedReason;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.groups.GroupPlan.Group;
import org.edubalance.planning.groups.GroupPlan.Member;
import org.junit.jupiter.api.Test;

/**
 * The group planner on school segments whose strengths are set directly (docs/planning/groups.md): the worked example,
 * the reasons, the checker rejecting broken plans, bad cores and limits that leave no plan (the optimum against every
 * possible plan: {@link GroupPlannerEnumerationTest}).
 */
class GroupPlannerTest {
    private static final GroupPolicy EXAMPLE = new GroupPolicy("test", 2, 4, 1.0, 30);

    private static List<SchoolEvaluation> example() {
        return List.of(
                segment("C1", SchoolType.PRIMARY, Ownership.PUBLIC, 0.0, 1.5),
                segment("C2", SchoolType.PRIMARY, Ownership.PUBLIC, 20.0, 1.1),
                segment("A", SchoolType.PRIMARY, Ownership.PUBLIC, 2.0, 0.8),
                segment("B", SchoolType.PRIMARY, Ownership.PUBLIC, 5.0, 0.9),
                segment("D", SchoolType.PRIMARY, Ownership.PUBLIC, 18.0, 0.7),
                segment("E", SchoolType.PRIMARY, Ownership.PUBLIC, 22.0, 1.0),
                segment("F", SchoolType.PRIMARY, Ownership.PUBLIC, 60.0, 1.2),
                segment("G", SchoolType.PRIMARY, Ownership.PUBLIC, null, 0.9),
                segment("T", SchoolType.TEACHING_POINT, Ownership.PUBLIC, 1.0, 0.6),
                segment("P", SchoolType.PRIMARY, Ownership.PRIVATE, 3.0, 1.9));
    }

    @Test
    void theWorkedExample() {
        Evaluation evaluation = evaluation(example());
        GroupPlan plan = planner(EXAMPLE).plan(evaluation, "130199", Set.of("C1", "C2"));

        // Four of A, B, D, E, T can be placed at most (their shortfalls below 1.0 exceed the cores' surplus of 0.6
        // otherwise); only {A, D} with C1 and {B, E} with C2 keep both floors, C2's exactly (1.1 + 0.9 + 1.0) ÷ 3.
        assertThat(plan.groups())
                .extracting(g -> g.core() + ":"
                        + String.join(
                                ",", g.members().stream().map(Member::school).toList()))
                .containsExactly("C1:A,D", "C2:B,E");
        assertThat(plan.groups()).extracting(Group::meanStrength).containsExactly(1.0, 1.0);
        assertThat(plan.unplaced())
                .extracting(u -> u.school() + " " + u.reason())
                .containsExactly(
                        "F " + UnplacedReason.NO_CORE_WITHIN_DISTANCE,
                        "G " + UnplacedReason.NO_POSITION,
                        "T " + UnplacedReason.BELOW_STRENGTH_FLOOR);
        long metres = metres(0, 2) + metres(0, 18) + metres(20, 5) + metres(20, 22);
        assertThat(plan.summary().totalKm()).isEqualTo(metres / 1000.0);
        assertThat(plan.summary().status()).isEqualTo(PlanningStatus.OPTIMAL);
        assertThat(plan.summary().bound()).isEqualTo(plan.summary().totalKm());
        assertThat(plan.summary().gap()).isZero();
        assertThat(plan.summary().cores()).isEqualTo(2);
        assertThat(plan.summary().members()).isEqualTo(7);
        assertThat(plan.summary().placed()).isEqualTo(4);
        assertThat(GroupPlanChecker.check(plan, evaluation, EXAMPLE, Set.of("C1", "C2")))
                .isEmpty();
        assertThat(GroupPlanJson.write(plan))
                .startsWith("{\"kind\":\"groups\",\"year\":2025,\"countyCode\":\"130199\",\"groups\":[{\"segment\":"
                        + "\"PRIMARY\",\"core\":\"C1\",\"members\":[{\"school\":\"A\",\"km\":")
                .contains("\"size\":3,\"meanStrength\":1.0,\"km\":")
                .contains("{\"segment\":\"PRIMARY\",\"school\":\"F\",\"reason\":\"no core school within 30 km\"}")
                .contains("\"summary\":{\"cores\":2,\"members\":7,\"placed\":4,\"totalKm\":" + metres / 1000.0
                        + ",\"status\":\"OPTIMAL\",\"bound\":");
    }

    @Test
    void aSegmentNearOnlyFullGroupsIsListedAsSuch() {
        // The worked example with groups of at most 3: the same groups, now full, so T is left out for that reason.
        GroupPolicy small = new GroupPolicy("small", 2, 3, 1.0, 30);
        Evaluation evaluation = evaluation(example());
        GroupPlan plan = planner(small).plan(evaluation, "130199", Set.of("C1", "C2"));

        assertThat(plan.groups()).extracting(Group::size).containsExactly(3, 3);
        assertThat(plan.unplaced())
                .extracting(u -> u.school() + " " + u.reason())
                .contains("T " + UnplacedReason.GROUPS_FULL);
        assertThat(GroupPlanChecker.check(plan, evaluation, small, Set.of("C1", "C2")))
                .isEmpty();
    }

    @Test
    void theCheckerRejectsAPlanThatLeavesOutOneThatFitsAndAFarMember() {
        Evaluation evaluation = evaluation(example());
        GroupPlan plan = planner(EXAMPLE).plan(evaluation, "130199", Set.of("C1", "C2"));
        Group c2 = plan.groups().get(1);
        // E leaves C2's group: C2 keeps B alone (mean 1.0), and E would fit again.
        GroupPlan fewer = with(
                plan,
                List.of(
                        plan.groups().get(0),
                        new Group(
                                c2.segment(),
                                c2.core(),
                                c2.coreStrength(),
                                List.of(c2.members().get(0)))),
                UnplacedReason.BELOW_STRENGTH_FLOOR,
                "E");
        assertThat(GroupPlanChecker.check(fewer, evaluation, EXAMPLE, Set.of("C1", "C2")))
                .anyMatch(p -> p.contains("PRIMARY E could join a group"));
        // F, 60 km away, put into C1's group instead of D.
        Group c1 = plan.groups().get(0);
        GroupPlan far = with(
                plan,
                List.of(
                        new Group(
                                c1.segment(),
                                c1.core(),
                                c1.coreStrength(),
                                List.of(c1.members().get(0), new Member("F", 60.0, 1.2))),
                        c2),
                UnplacedReason.GROUPS_FULL,
                "D");
        assertThat(GroupPlanChecker.check(far, evaluation, EXAMPLE, Set.of("C1", "C2")))
                .anyMatch(p -> p.contains("C1 ← F"));
    }

    @Test
    void badCoresAreRefusedNamingTheCodeAndTheRule() {
        Evaluation evaluation = evaluation(example());
        String[][] cases = {
            {"X", "Core school X is not a school of county 130199"},
            {"P", "Core school P is not a public school"},
            {"T", "Core school T is a teaching point"},
            {"G", "Core school G has no position"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> planner(EXAMPLE).plan(evaluation, "130199", Set.of("C1", c[0])))
                    .isInstanceOf(PlanningProblemInvalidException.class)
                    .hasMessageContaining(c[1]);
        }
    }

    @Test
    void limitsThatLeaveNoPlanAreNamed() {
        Evaluation evaluation = evaluation(example());
        assertThatThrownBy(() -> planner(EXAMPLE).plan(evaluation, "130199", Set.of("C1", "F")))
                .isInstanceOf(PlanningProblemInvalidException.class)
                .hasMessageContaining("primary core F has 0 school segments within maxDistanceKm 30 km, fewer than"
                        + " groupMinSize − 1 = 1");
        GroupPolicy high = new GroupPolicy("high", 2, 4, 1.3, 30);
        assertThatThrownBy(() -> planner(high).plan(evaluation, "130199", Set.of("C1", "C2")))
                .isInstanceOf(PlanningProblemInvalidException.class)
                .hasMessageContaining("primary core C1 (strength 1.5000) cannot reach groupMinMeanStrength 1.3: the"
                        + " best group of 2 within 30 km has a mean strength of 1.2500");
    }

    private static GroupPlan with(GroupPlan plan, List<Group> groups, UnplacedReason reason, String school) {
        List<GroupPlan.Unplaced> unplaced = new ArrayList<>(plan.unplaced());
        unplaced.add(new GroupPlan.Unplaced(groups.getFirst().segment(), school, reason));
        return new GroupPlan(
                plan.year(),
                plan.countyCode(),
                plan.policy(),
                plan.maxDistanceKm(),
                plan.minMeanStrength(),
                plan.minSize(),
                plan.maxSize(),
                groups,
                unplaced,
                plan.names(),
                plan.summary());
    }
}
