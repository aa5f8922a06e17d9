package org.edubalance.planning.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edubalance.core.school.SchoolFixtures.YEAR;
import static org.edubalance.core.school.SchoolFixtures.school;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.investment.InvestmentPlan.PhasedAction;
import org.junit.jupiter.api.Test;

/**
 * The worked example of phasing by year (docs/planning/investment.md §10), under cn-2017-quality with two actions,
 * training a backbone teacher (30,000 yuan) and equipping a multimedia room (60,000), and three rural primary schools:
 *
 * <ul>
 *   <li>P0, 100 students, compliant already;
 *   <li>P1, the same without a backbone teacher: one trained teacher (30,000) makes it compliant;
 *   <li>P3, 200 students, no backbone teacher and 2 multimedia rooms (1.0 per 100, below 85 % of 2.3): it needs 2
 *       backbone teachers and 2 rooms, 180,000 yuan.
 * </ul>
 *
 * With 120,000 yuan in the first phase year and 100,000 in the second, P3 cannot be paid in either year alone, but
 * its purchases can be split: P1's teacher and one teacher and one room of P3 in the first year (120,000), the other
 * teacher and room in the second (90,000). 2 + 3 = 5 compliant school-segment-years for 210,000 yuan. The test
 * enumerates every plan the budgets allow and checks that the planner reaches the best count at the least cost.
 */
class PhasedPlannerTest {
    private static final InvestmentAction TRAIN = action(InvestmentKind.TRAIN_BACKBONE_TEACHER, 30_000);
    private static final InvestmentAction ROOM = action(InvestmentKind.EQUIP_MULTIMEDIA_ROOM, 60_000);
    private static final CostTable COSTS = new CostTable(List.of(TRAIN, ROOM));
    private static final Standard STANDARD = StandardCatalogue.load("cn-2017-quality");

    private final PhasedPlanner planner = new PhasedPlanner(STANDARD, COSTS, Duration.ofSeconds(30));

    private static InvestmentAction action(InvestmentKind kind, double cost) {
        return new InvestmentAction(kind.defaultAction(), kind, "unit", cost, 1, "test");
    }

    private static SchoolYear rural(String code, int hundreds, int backbone, int rooms) {
        int k = hundreds;
        return school(
                code,
                SchoolType.PRIMARY,
                Location.RURAL,
                new SegmentFigures(100 * k, 4 * k, 10 * k, 5 * k, 5 * k, backbone, 2 * k),
                SegmentFigures.NONE,
                0,
                new SharedAssets(500 * k, 0, 800 * k, 200_000 * k, rooms, 0, 0));
    }

    static List<SchoolYear> example() {
        return List.of(rural("P0", 1, 2, 3), rural("P1", 1, 0, 3), rural("P3", 2, 0, 2));
    }

    private static SortedMap<Integer, Double> budgets(double first, double second) {
        SortedMap<Integer, Double> budgets = new TreeMap<>();
        budgets.put(YEAR + 1, first);
        budgets.put(YEAR + 2, second);
        return budgets;
    }

    @Test
    void theWorkedExampleSplitsTheDearSchoolOverTwoYears() {
        InvestmentPlan plan = planner.plan(YEAR, example(), budgets(120_000, 100_000));
        assertThat(plan.goal()).isEqualTo("budget-per-year");
        assertThat(plan.status()).isEqualTo(PlanningStatus.OPTIMAL);
        assertThat(plan.bound()).isEqualTo(5.0);
        assertThat(plan.gap()).isZero();
        assertThat(plan.totalCost()).isEqualTo(210_000.0);
        assertThat(plan.phasing().actions())
                .extracting(a -> a.year() + " " + a.action().schoolCode() + " "
                        + a.action().action() + " " + a.action().quantity())
                .containsExactly(
                        (YEAR + 1) + " P1 train_backbone_teacher 1",
                        (YEAR + 1) + " P3 train_backbone_teacher 1",
                        (YEAR + 1) + " P3 equip_multimedia_room 1",
                        (YEAR + 2) + " P3 train_backbone_teacher 1",
                        (YEAR + 2) + " P3 equip_multimedia_room 1");
        var county = plan.phasing().byCounty().values().iterator().next();
        assertThat(county)
                .extracting(y ->
                        y.year() + " " + y.cost() + " " + y.compliantAfter().get(Segment.PRIMARY))
                .containsExactly((YEAR + 1) + " 120000.0 2", (YEAR + 2) + " 90000.0 3");
        assertThat(plan.counties().getFirst().compliantAfter().get(Segment.PRIMARY))
                .isEqualTo(3);
    }

    @Test
    void thePlannerMatchesEveryPlanTheBudgetsAllow() {
        for (double[] b : new double[][] {{120_000, 100_000}, {60_000, 150_000}, {90_000, 90_000}, {30_000, 0}}) {
            InvestmentPlan plan = planner.plan(YEAR, example(), budgets(b[0], b[1]));
            double[] best = enumerate(example(), b);
            assertThat(plan.status()).isEqualTo(PlanningStatus.OPTIMAL);
            assertThat(plan.bound()).as("budgets %s", List.of(b[0], b[1])).isEqualTo(best[0]);
            assertThat(plan.totalCost()).as("budgets %s", List.of(b[0], b[1])).isEqualTo(best[1]);
        }
    }

    @Test
    void phasingBuysWhatTheFirstYearsBudgetAloneCannot() {
        InvestmentPlan oneYear = new InvestmentPlanner(STANDARD, COSTS).budget(YEAR, example(), 120_000);
        // One year of 120,000: P1 only (P3's 180,000 does not fit): 2 compliant segments.
        assertThat(oneYear.bound()).isEqualTo(2.0);
        InvestmentPlan phased = planner.plan(YEAR, example(), budgets(120_000, 100_000));
        var byYear = phased.phasing().byCounty().values().iterator().next();
        assertThat(byYear.getFirst().compliantAfter().get(Segment.PRIMARY)).isEqualTo(2);
        // P3 counts from the later year only, when its second teacher and room are bought.
        assertThat(byYear.getLast().compliantAfter().get(Segment.PRIMARY)).isEqualTo(3);
    }

    @Test
    void theYearByYearFallbackIsFeasibleButNotOptimal() {
        // The fallback when HiGHS has no plan in time: 2026 buys P1 (the most segments 120,000 buys), 2027's 100,000
        // cannot pay P3 alone: 2 + 2 = 4 school-segment-years, where the model's plan reaches 5.
        var splitter = new org.edubalance.core.evaluation.SegmentSplitter(STANDARD.split());
        Map<InvestmentKind, Cover> covers = new java.util.EnumMap<>(InvestmentKind.class);
        COSTS.byKind().forEach((kind, actions) -> covers.put(kind, new Cover(actions)));
        List<PhasedAction> greedy = PhasedGreedy.plan(
                example(),
                budgets(120_000, 100_000),
                splitter,
                parts -> new SchoolOptions(parts, STANDARD.indicators(), STANDARD.schoolRule(), covers));
        PhasedChecker.Checked checked =
                new PhasedChecker(STANDARD, COSTS).check(example(), YEAR, budgets(120_000, 100_000), greedy);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.compliantSegmentYears()).isEqualTo(4);
        assertThat(greedy)
                .extracting(a -> a.year() + " " + a.action().schoolCode())
                .containsExactly((YEAR + 1) + " P1");
    }

    @Test
    void theCheckerFindsAYearOverItsBudget() {
        List<PhasedAction> overspent = List.of(
                new PhasedAction(YEAR + 1, bought("P3", ROOM, 2)), new PhasedAction(YEAR + 1, bought("P3", TRAIN, 1)));
        PhasedChecker.Checked checked =
                new PhasedChecker(STANDARD, COSTS).check(example(), YEAR, budgets(120_000, 100_000), overspent);
        assertThat(checked.problems())
                .containsExactly("Year " + (YEAR + 1) + " spends 150000.0 yuan, over its budget" + " of 120000.0");
        List<PhasedAction> late = List.of(new PhasedAction(YEAR + 2, bought("P1", TRAIN, 1)));
        PhasedChecker.Checked counted =
                new PhasedChecker(STANDARD, COSTS).check(example(), YEAR, budgets(0, 30_000), late);
        assertThat(counted.problems()).isEmpty();
        // P0 in both years, P1 from the second on.
        assertThat(counted.compliantSegmentYears()).isEqualTo(3);
    }

    @Test
    void budgetsTooSmallForAnyYearAreRefusedWithTheFigure() {
        assertThatThrownBy(() -> planner.plan(YEAR, example(), budgets(10_000, 15_000)))
                .isInstanceOf(PlanningProblemInvalidException.class)
                .hasMessageContaining("total 25000 yuan, below 30000 yuan")
                // The figures travel with their code, so a page words them without reading the English.
                .extracting(e -> ((PlanningProblemInvalidException) e).failure())
                .isEqualTo(new PlanningJobFailure(
                        PlanningJobFailure.Code.BUDGETS_TOO_LITTLE,
                        List.of("25000", "30000"),
                        "The budgets per year total 25000 yuan, below 30000 yuan, the cheapest plan that makes one"
                                + " more school segment compliant: nothing useful can be bought in any year."));
        assertThatThrownBy(() -> planner.plan(YEAR, example(), new TreeMap<>(Map.of(YEAR - 1, 100_000.0))))
                .isInstanceOf(PlanningProblemInvalidException.class)
                .hasMessageContaining("the data year " + YEAR + " or later");
    }

    @Test
    void theCheapestUsefulSumIsWherePlanningStartsToBeAllowed() {
        double cheapest = planner.cheapestUseful(YEAR, example());

        // One backbone teacher trained makes one school compliant in the worked example.
        assertThat(cheapest).isEqualTo(30_000.0);
        assertThatThrownBy(() -> planner.plan(YEAR, example(), budgets(cheapest - 1, 0)))
                .isInstanceOf(PlanningProblemInvalidException.class);
        assertThat(planner.plan(YEAR, example(), budgets(0, cheapest)).phasing().actions())
                .isNotEmpty();
    }

    private static PlannedAction bought(String school, InvestmentAction a, long n) {
        return new PlannedAction(
                school, a.kind().perSegment() ? Segment.PRIMARY : null, a.name(), a.kind(), n, n * a.unitCostYuan());
    }

    /**
     * Every plan within the budgets: per school and year a number of trained teachers and rooms; a school's
     * compliance for each cumulative purchase is asked of the evaluation engine (through the checker). The best
     * {count, cost}.
     */
    private static double[] enumerate(List<SchoolYear> schools, double[] budgets) {
        InvestmentChecker checker = new InvestmentChecker(STANDARD, COSTS);
        Map<String, Boolean> compliant = new HashMap<>();
        List<List<int[]>> choices = new ArrayList<>();
        for (int s = 0; s < schools.size(); s++) {
            List<int[]> own = new ArrayList<>();
            for (int t0 = 0; t0 * 30_000 <= budgets[0]; t0++) {
                for (int r0 = 0; t0 * 30_000 + r0 * 60_000 <= budgets[0]; r0++) {
                    for (int t1 = 0; t1 * 30_000 <= budgets[1]; t1++) {
                        for (int r1 = 0; t1 * 30_000 + r1 * 60_000 <= budgets[1]; r1++) {
                            own.add(new int[] {t0, r0, t1, r1});
                        }
                    }
                }
            }
            choices.add(own);
        }
        double bestCount = -1;
        double bestCost = 0;
        for (int[] a : choices.get(0)) {
            for (int[] b : choices.get(1)) {
                for (int[] c : choices.get(2)) {
                    int[][] plan = {a, b, c};
                    double[] spent = new double[2];
                    int count = 0;
                    for (int s = 0; s < 3; s++) {
                        spent[0] += plan[s][0] * 30_000.0 + plan[s][1] * 60_000.0;
                        spent[1] += plan[s][2] * 30_000.0 + plan[s][3] * 60_000.0;
                    }
                    if (spent[0] > budgets[0] || spent[1] > budgets[1]) {
                        continue;
                    }
                    for (int s = 0; s < 3; s++) {
                        SchoolYear school = schools.get(s);
                        int[] p = plan[s];
                        count += isCompliant(checker, compliant, school, p[0], p[1]) ? 1 : 0;
                        count += isCompliant(checker, compliant, school, p[0] + p[2], p[1] + p[3]) ? 1 : 0;
                    }
                    double cost = spent[0] + spent[1];
                    if (count > bestCount || (count == bestCount && cost < bestCost)) {
                        bestCount = count;
                        bestCost = cost;
                    }
                }
            }
        }
        return new double[] {bestCount, bestCost};
    }

    private static boolean isCompliant(
            InvestmentChecker checker, Map<String, Boolean> memo, SchoolYear school, int trained, int rooms) {
        return memo.computeIfAbsent(school.code().value() + " " + trained + " " + rooms, k -> {
            List<PlannedAction> actions = new ArrayList<>();
            if (trained > 0) {
                actions.add(bought(school.code().value(), TRAIN, trained));
            }
            if (rooms > 0) {
                actions.add(bought(school.code().value(), ROOM, rooms));
            }
            var checked = checker.check(List.of(school), YEAR, actions);
            return checked.problems().isEmpty() && checked.compliantAfter() == 1;
        });
    }
}
