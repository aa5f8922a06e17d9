package org.edubalance.planning.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edubalance.core.school.SchoolFixtures.YEAR;
import static org.edubalance.core.school.SchoolFixtures.school;

import java.util.List;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/planning/investment.md §6 under cn-2017-quality and the shipped costs:
 *
 * <ul>
 *   <li>A, primary, 100 students, no backbone teacher (0 of 1.0 per 100, below the 85 % floor) and 400 m² of teaching
 *       space (4.0 of 4.5, 88.9 %): training one teacher (30,000) leaves the space as the one indicator below;
 *   <li>B, primary, 50 students: 1 teacher above the degree (2.0 of 4.2), 300 m² of sports ground (6.0 of 7.5) and 1
 *       multimedia room (2.0 of 2.3). Leaving the teachers between 85 % and 100 % costs 1 teacher (120,000) + 75 m²
 *       (30,000) + 1 room (60,000) = 210,000; leaving the ground or the rooms there costs 307,600 or 270,000;
 *   <li>C, nine-year, 150 + 100 students (shares 150 : 110): the junior part has 550 of 580 m² of teaching space and
 *       211,538 of 250,000 yuan of equipment (84.6 %); raising the equipment to 591,000 (91 steps of 1,000) makes the
 *       junior part compliant for 91,000, where 71 m² of space (248,500) + 3,000 of equipment would cost 251,500.
 * </ul>
 *
 * Total 331,000, every CV within its limit: OPTIMAL.
 */
class InvestmentPlannerTest {
    static final CostTable COSTS = new CostTable(List.of(
            action(InvestmentKind.HIRE_QUALIFIED_TEACHER, 120_000, 1),
            action(InvestmentKind.TRAIN_BACKBONE_TEACHER, 30_000, 1),
            action(InvestmentKind.HIRE_PE_ARTS_TEACHER, 120_000, 1),
            action(InvestmentKind.BUILD_TEACHING_SPACE, 3_500, 1),
            action(InvestmentKind.BUILD_SPORTS_GROUND, 400, 1),
            action(InvestmentKind.BUY_EQUIPMENT, 1, 1_000),
            action(InvestmentKind.EQUIP_MULTIMEDIA_ROOM, 60_000, 1)));

    private static InvestmentAction action(InvestmentKind kind, double cost, long step) {
        return new InvestmentAction(kind.defaultAction(), kind, "unit", cost, step, "test");
    }

    static List<SchoolYear> example() {
        SchoolYear a = school(
                "A",
                SchoolType.PRIMARY,
                Location.URBAN,
                new SegmentFigures(100, 4, 10, 10, 5, 0, 1),
                SegmentFigures.NONE,
                0,
                new SharedAssets(400, 0, 800, 200_000, 3, 0, 0));
        SchoolYear b = school(
                "B",
                SchoolType.PRIMARY,
                Location.RURAL,
                new SegmentFigures(50, 3, 5, 1, 2, 1, 1),
                SegmentFigures.NONE,
                0,
                new SharedAssets(250, 0, 300, 100_000, 1, 0, 0));
        SchoolYear c = school(
                "C",
                SchoolType.NINE_YEAR,
                Location.RURAL,
                new SegmentFigures(150, 6, 12, 12, 6, 2, 2),
                new SegmentFigures(100, 3, 10, 10, 5, 1, 1),
                0,
                new SharedAssets(1300, 0, 2600, 500_000, 7, 0, 0));
        return List.of(a, b, c);
    }

    private final InvestmentPlanner planner =
            new InvestmentPlanner(StandardCatalogue.shipped("cn-2017-quality"), COSTS);

    @Test
    void theWorkedExampleIsProvenOptimal() {
        InvestmentPlan plan = planner.compliance(YEAR, example());
        assertThat(plan.status()).isEqualTo(PlanningStatus.OPTIMAL);
        assertThat(plan.totalCost()).isEqualTo(331_000.0);
        assertThat(plan.bound()).isEqualTo(plan.totalCost());
        assertThat(plan.gap()).isZero();
        assertThat(plan.actions())
                .extracting(x -> x.schoolCode() + " " + x.segment() + " " + x.action() + " " + x.quantity())
                .containsExactly(
                        "A PRIMARY train_backbone_teacher 1",
                        "B PRIMARY hire_qualified_teacher 1",
                        "B null build_sports_ground 75",
                        "B null equip_multimedia_room 1",
                        "C null buy_equipment 91000");
        var county = plan.counties().getFirst();
        assertThat(county.compliantBefore()).containsEntry(Segment.PRIMARY, 1).containsEntry(Segment.JUNIOR, 0);
        assertThat(county.compliantAfter()).containsEntry(Segment.PRIMARY, 3).containsEntry(Segment.JUNIOR, 1);
        assertThat(county.cost()).isEqualTo(331_000.0);
    }

    @Test
    void theCheckerReevaluatesThePlanAndFindsEverySegmentCompliant() {
        var checker = new InvestmentChecker(StandardCatalogue.shipped("cn-2017-quality"), COSTS);
        InvestmentPlan plan = planner.compliance(YEAR, example());
        var checked = checker.check(example(), YEAR, plan.actions());
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.allCompliant()).isTrue();
        assertThat(checked.cost()).isEqualTo(plan.totalCost());
        // One step less of C's equipment leaves its junior part below the floor: the amounts are the least that work.
        List<PlannedAction> less = plan.actions().stream()
                .map(x -> x.action().equals("buy_equipment")
                        ? new PlannedAction(
                                x.schoolCode(), null, x.action(), x.kind(), x.quantity() - 1000, x.cost() - 1000)
                        : x)
                .toList();
        assertThat(checker.check(example(), YEAR, less).allCompliant()).isFalse();
    }

    @Test
    void theCheckerRefusesAnAmountOffTheStepAndTrainingBeyondTheTeachers() {
        var checker = new InvestmentChecker(StandardCatalogue.shipped("cn-2017-quality"), COSTS);
        var checked = checker.check(
                example(),
                YEAR,
                List.of(
                        new PlannedAction("C", null, "buy_equipment", InvestmentKind.BUY_EQUIPMENT, 1500, 1500),
                        new PlannedAction(
                                "A",
                                Segment.PRIMARY,
                                "train_backbone_teacher",
                                InvestmentKind.TRAIN_BACKBONE_TEACHER,
                                11,
                                330_000)));
        assertThat(checked.problems()).hasSize(2);
        assertThat(checked.problems().get(0)).contains("not a multiple of 1000");
        assertThat(checked.problems().get(1)).contains("trains 11 backbone teachers of 10 trainable");
    }

    @Test
    void aCountyCvOverItsLimitIsSolvedByTheCountyMipWithCuts() {
        InvestmentPlan plan = planner.compliance(YEAR, spread());
        // Both compliant; sports area 7.5 against 40 per student: weighted CV (40 − 7.5) / (40 + 7.5) = 0.684 > 0.5.
        // (40 − a) / (40 + a) ≤ 0.5 needs a ≥ 40 / 3 per student at L: 5,833.3 m² more, so 5,834 m² at 400 yuan.
        assertThat(plan.status()).isEqualTo(PlanningStatus.OPTIMAL);
        assertThat(plan.actions())
                .extracting(x -> x.schoolCode() + " " + x.action() + " " + x.quantity())
                .containsExactly("L build_sports_ground 5834");
        assertThat(plan.totalCost()).isEqualTo(5834 * 400.0);
        assertThat(plan.bound()).isEqualTo(plan.totalCost());
        assertThat(plan.counties().getFirst().cvBefore().get(Segment.PRIMARY).get("sports_area_per_student"))
                .isGreaterThan(0.5);
        assertThat(plan.counties().getFirst().cvAfter().get(Segment.PRIMARY).get("sports_area_per_student"))
                .isLessThanOrEqualTo(0.5);
        var checker = new InvestmentChecker(StandardCatalogue.shipped("cn-2017-quality"), COSTS);
        assertThat(checker.check(spread(), YEAR, plan.actions()).cvOverLimit()).isEmpty();
        // One m² less and the CV is over its limit again: the amount is the least that works.
        var less = List.of(new PlannedAction(
                "L", null, "build_sports_ground", InvestmentKind.BUILD_SPORTS_GROUND, 5833, 5833 * 400.0));
        assertThat(checker.check(spread(), YEAR, less).cvOverLimit())
                .containsExactly("130199 PRIMARY sports_area_per_student");
    }

    @Test
    void theCvStepRaisesTheLowestSchoolsWhenUsedAlone() {
        var standard = StandardCatalogue.shipped("cn-2017-quality");
        var covers = new java.util.EnumMap<InvestmentKind, Cover>(InvestmentKind.class);
        COSTS.byKind().forEach((k, v) -> covers.put(k, new Cover(v)));
        List<SchoolYear> schools = new java.util.ArrayList<>(spread());
        List<PlannedAction> added = new java.util.ArrayList<>();
        var sports = standard.indicators().stream()
                .filter(i -> i.id().equals("sports_area_per_student"))
                .findFirst()
                .orElseThrow();
        boolean done = new CvRepair(standard, covers)
                .repair(schools, Segment.PRIMARY, sports, added, CvRepair.trainable(schools));
        assertThat(done).isTrue();
        assertThat(added).allMatch(x -> x.schoolCode().equals("L"));
        long total = added.stream().mapToLong(PlannedAction::quantity).sum();
        assertThat(total).isGreaterThanOrEqualTo(5834);
        var checker = new InvestmentChecker(standard, COSTS);
        assertThat(checker.check(spread(), YEAR, added).cvOverLimit()).isEmpty();
    }

    private static List<SchoolYear> spread() {
        SchoolYear low = school(
                "L",
                SchoolType.PRIMARY,
                Location.RURAL,
                new SegmentFigures(1000, 20, 60, 60, 30, 20, 10),
                SegmentFigures.NONE,
                0,
                new SharedAssets(4500, 0, 7500, 2_000_000, 23, 0, 0));
        SchoolYear high = school(
                "H",
                SchoolType.PRIMARY,
                Location.URBAN,
                new SegmentFigures(1000, 20, 60, 60, 30, 20, 10),
                SegmentFigures.NONE,
                0,
                new SharedAssets(4500, 0, 40_000, 2_000_000, 23, 0, 0));
        return List.of(low, high);
    }

    @Test
    void theMipOfTheSameProblemAgreesWithTheEnumeration() {
        var standard = StandardCatalogue.shipped("cn-2017-quality");
        var covers = new java.util.EnumMap<InvestmentKind, Cover>(InvestmentKind.class);
        COSTS.byKind().forEach((k, v) -> covers.put(k, new Cover(v)));
        try (CountyCvModel model = new CountyCvModel(standard, covers, example())) {
            var result = model.solve(java.time.Duration.ofSeconds(10));
            assertThat(result.optimal()).isTrue();
            assertThat(result.objective()).isEqualTo(planner.perSchoolOptimum(YEAR, example()));
            assertThat(result.objective()).isEqualTo(331_000.0);
            // The exported model keeps every digit: 110/260 of a step, not a six-digit rounding of it.
            assertThat(model.exportMps()).contains("0.42307692307692").contains("ENDATA");
        }
    }

    @Test
    void aSegmentWithoutTeachersToTrainCannotBeHelped() {
        SchoolYear none = school(
                "N",
                SchoolType.PRIMARY,
                Location.RURAL,
                new SegmentFigures(100, 4, 0, 0, 0, 0, 0),
                SegmentFigures.NONE,
                0,
                new SharedAssets(450, 0, 750, 200_000, 3, 0, 0));
        InvestmentPlan plan = planner.compliance(YEAR, List.of(none));
        assertThat(plan.status()).isEqualTo(PlanningStatus.INFEASIBLE);
        assertThat(plan.reason().code()).isEqualTo("backbone-cap");
        assertThat(plan.actions()).isEmpty();
    }

    @Test
    void aBudgetBuysTheMostCompliantSegmentsThenTheCheapest() {
        InvestmentPlan plan = planner.budget(YEAR, example(), 250_000);
        assertThat(plan.status()).isEqualTo(PlanningStatus.OPTIMAL);
        // C's primary part is compliant already; A (30,000) and C's junior part (91,000) fit, B (210,000) does not
        // fit beside them; A + B (240,000) reaches the same 3 at a higher cost.
        assertThat(plan.bound()).isEqualTo(3.0);
        assertThat(plan.totalCost()).isEqualTo(121_000.0);
        assertThat(plan.gap()).isZero();
        assertThat(plan.actions()).extracting(PlannedAction::schoolCode).containsExactly("A", "C");
    }

    @Test
    void aBudgetBelowTheCheapestUsefulPlanIsRefusedWithTheFigure() {
        assertThatThrownBy(() -> planner.budget(YEAR, example(), 20_000))
                .isInstanceOf(PlanningProblemInvalidException.class)
                .hasMessageContaining("20000 yuan is below 30000 yuan");
    }
}
