package org.edubalance.planning.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.pairing.UnplacedReason;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolFixtures;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.admission.HomeDistance;
import org.edubalance.planning.groups.GroupPlan.Group;
import org.edubalance.planning.groups.GroupPlan.Member;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The group planner on school segments whose strengths are set directly (docs/planning/groups.md): the worked example,
 * the optimum against every possible plan of small random counties, the checker rejecting broken plans, bad cores
 * and limits that leave no plan.
 */
class GroupPlannerTest {
    private static final Standard STANDARD = StandardCatalogue.load("cn-2017-quality");
    private static final double LAT = 36.0;
    private static final double LON = 120.0;
    /** Degrees per km east and north at 36°N. */
    private static final double EAST = 1 / (111.195 * Math.cos(Math.toRadians(LAT)));

    private static final double NORTH = 1 / 111.195;
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

    @Test
    void theOptimumEqualsTheBestOfEveryPossiblePlan() {
        Random random = new Random(11);
        int compared = 0;
        int infeasible = 0;
        for (int round = 0; round < 60; round++) {
            int cores = 2 + random.nextInt(2);
            int members = 4 + random.nextInt(cores == 2 ? 3 : 2);
            List<SchoolEvaluation> schools = new ArrayList<>();
            List<double[]> at = new ArrayList<>();
            for (int k = 0; k < cores + members; k++) {
                double[] p = {random.nextInt(400) / 10.0, random.nextInt(400) / 10.0};
                at.add(p);
                double strength = (cores > k ? 100 + random.nextInt(70) : 60 + random.nextInt(70)) / 100.0;
                schools.add(segment(k < cores ? "C" + k : "M" + k, p[0], p[1], strength));
            }
            int min = 2 + random.nextInt(2);
            GroupPolicy policy = new GroupPolicy(
                    "p", min, min + random.nextInt(3), 0.9 + random.nextInt(3) / 10.0, 15 + random.nextInt(15));
            Set<String> named = new java.util.HashSet<>();
            for (int c = 0; c < cores; c++) {
                named.add("C" + c);
            }
            long[] best = bruteForce(schools, at, cores, policy);
            Evaluation evaluation = evaluation(schools);
            if (best == null) {
                assertThatThrownBy(() -> planner(policy).plan(evaluation, "130199", named))
                        .isInstanceOf(PlanningProblemInvalidException.class);
                infeasible++;
                continue;
            }
            GroupPlan plan = planner(policy).plan(evaluation, "130199", named);
            assertThat(plan.summary().placed()).as("round %d", round).isEqualTo(best[0]);
            assertThat(Math.round(plan.summary().totalKm() * 1000))
                    .as("round %d", round)
                    .isEqualTo(best[1]);
            assertThat(plan.summary().status()).isEqualTo(PlanningStatus.OPTIMAL);
            assertThat(GroupPlanChecker.check(plan, evaluation, policy, named)).isEmpty();
            compared++;
        }
        // Both kinds of instance occur: the comparison is not vacuous.
        assertThat(compared).isGreaterThan(20);
        assertThat(infeasible).isPositive();
    }

    /** {most placed, least metres among those} over every assignment of the members to a core or none; null: none. */
    private static long @Nullable [] bruteForce(
            List<SchoolEvaluation> all, List<double[]> at, int cores, GroupPolicy p) {
        int n = all.size() - cores;
        int[] choice = new int[n];
        long[] best = null;
        long f = Math.round(p.minMeanStrength() * 1e6);
        for (long code = 0; code < Math.pow(cores + 1, n); code++) {
            long rest = code;
            for (int j = 0; j < n; j++) {
                choice[j] = (int) (rest % (cores + 1)) - 1;
                rest /= cores + 1;
            }
            int[] size = new int[cores];
            long[] surplus = new long[cores];
            for (int c = 0; c < cores; c++) {
                size[c] = 1;
                surplus[c] = micro(all.get(c)) - f;
            }
            long placed = 0;
            long metres = 0;
            boolean ok = true;
            for (int j = 0; j < n && ok; j++) {
                int c = choice[j];
                if (c < 0) {
                    continue;
                }
                double km = HomeDistance.km(point(at.get(c)), point(at.get(cores + j)));
                ok = km <= p.maxDistanceKm();
                size[c]++;
                surplus[c] += micro(all.get(cores + j)) - f;
                placed++;
                metres += Math.round(km * 1000);
            }
            for (int c = 0; c < cores && ok; c++) {
                ok = size[c] >= p.minSize() && size[c] <= p.maxSize() && surplus[c] >= 0;
            }
            if (ok && (best == null || placed > best[0] || (placed == best[0] && metres < best[1]))) {
                best = new long[] {placed, metres};
            }
        }
        return best;
    }

    private static long micro(SchoolEvaluation s) {
        return Math.round(s.scores().getFirst().ratio() * 1e6);
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

    private static GroupPlanner planner(GroupPolicy policy) {
        return new GroupPlanner(policy, Duration.ofSeconds(30));
    }

    private static GeoPoint point(double[] kmEastNorth) {
        return new GeoPoint(LAT + kmEastNorth[1] * NORTH, LON + kmEastNorth[0] * EAST);
    }

    private static long metres(double fromKm, double toKm) {
        return Math.round(HomeDistance.km(point(new double[] {fromKm, 0}), point(new double[] {toKm, 0})) * 1000);
    }

    private static Evaluation evaluation(List<SchoolEvaluation> schools) {
        return new Evaluation(STANDARD, SchoolFixtures.YEAR, List.of(), schools, List.of());
    }

    private static SchoolEvaluation segment(String code, double kmEast, double kmNorth, double strength) {
        return segment(code, SchoolType.PRIMARY, Ownership.PUBLIC, strength, point(new double[] {kmEast, kmNorth}));
    }

    private static SchoolEvaluation segment(
            String code, SchoolType type, Ownership ownership, @Nullable Double kmEast, double strength) {
        return segment(code, type, ownership, strength, kmEast == null ? null : point(new double[] {kmEast, 0}));
    }

    /** A primary segment at {@code at} (none when null) whose seven ratios all equal {@code strength}. */
    private static SchoolEvaluation segment(
            String code, SchoolType type, Ownership ownership, double strength, @Nullable GeoPoint at) {
        SchoolYear school = new SchoolYear(
                SchoolFixtures.YEAR,
                SchoolFixtures.COUNTY,
                "城关镇",
                new SchoolCode(code),
                "学校" + code,
                type,
                Location.RURAL,
                ownership,
                at,
                SchoolFixtures.segment(400, 10, 30),
                SegmentFigures.NONE,
                0,
                new SharedAssets(0, 0, 0, 0, 0, 0, 0),
                SupplementaryFigures.NONE);
        var part = new SegmentSplitter(STANDARD.split()).split(school).getFirst();
        List<IndicatorScore> scores = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            scores.add(new IndicatorScore("i" + k, strength * 10, 10, strength, strength >= 1));
        }
        return new SchoolEvaluation(part, Collections.unmodifiableList(scores), 7, true);
    }
}
