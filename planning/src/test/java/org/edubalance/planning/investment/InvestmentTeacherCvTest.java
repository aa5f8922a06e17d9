package org.edubalance.planning.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.core.school.SchoolFixtures.YEAR;
import static org.edubalance.core.school.SchoolFixtures.school;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.planning.PlanningStatus;
import org.junit.jupiter.api.Test;

/**
 * A CV limit on a teacher indicator (docs/planning/investment.md §3.3), whose action is bought per segment and capped
 * by the teachers a school has to train: four primary schools of 400 students and 40 teachers, three with 4 backbone
 * teachers (1.0 per 100 students, the standard) and one with 40 (10.0). The CV is 1.20 against the limit 0.50; the
 * cheapest way down trains backbone teachers in the three low schools, each able to train 36. Brute force over the
 * 37³ ways to train them gives the optimum: 34 teachers (10, 11 and 13, in some order: whole teachers do not
 * divide evenly), 1,020,000 yuan.
 */
class InvestmentTeacherCvTest {
    private static final int SCHOOLS = 4;
    private static final int STUDENTS = 400;
    private static final int TEACHERS = 40;
    private static final int[] BACKBONE = {4, 4, 4, 40};
    private static final double PRICE = 30_000;
    private static final CostTable COSTS = new CostTable(List.of(
            action(InvestmentKind.HIRE_QUALIFIED_TEACHER, 120_000),
            action(InvestmentKind.TRAIN_BACKBONE_TEACHER, PRICE),
            action(InvestmentKind.HIRE_PE_ARTS_TEACHER, 120_000),
            action(InvestmentKind.BUILD_TEACHING_SPACE, 3_500),
            action(InvestmentKind.BUILD_SPORTS_GROUND, 400),
            action(InvestmentKind.BUY_EQUIPMENT, 1),
            action(InvestmentKind.EQUIP_MULTIMEDIA_ROOM, 60_000)));

    private static InvestmentAction action(InvestmentKind kind, double cost) {
        return new InvestmentAction(kind.defaultAction(), kind, "unit", cost, 1, "test");
    }

    @Test
    void theLevelsTrainTheLowSchoolsToTheEnumeratedOptimum() {
        var standard = StandardCatalogue.shipped("cn-2017-quality");
        InvestmentPlanner planner = new InvestmentPlanner(standard, COSTS, Duration.ofSeconds(30));
        assertThat(planner.perSchoolOptimum(YEAR, schools())).isZero();
        assertThat(cv(new int[SCHOOLS])).isGreaterThan(0.5);
        double optimum = enumeratedOptimum();
        assertThat(optimum).isEqualTo(34 * PRICE);

        InvestmentPlan plan = planner.compliance(YEAR, schools());

        assertThat(plan.status()).isEqualTo(PlanningStatus.OPTIMAL);
        assertThat(plan.totalCost()).isBetween(optimum, optimum * (1 + CountyCvLoop.PROVEN));
        assertThat(plan.bound()).isLessThanOrEqualTo(optimum);
        assertThat(new InvestmentChecker(standard, COSTS)
                        .check(schools(), YEAR, plan.actions())
                        .cvOverLimit())
                .isEmpty();
    }

    /** The least cost over every way to train the three low schools' teachers that meets the limit. */
    private static double enumeratedOptimum() {
        int most = TEACHERS - BACKBONE[0];
        double best = Double.POSITIVE_INFINITY;
        int[] trained = new int[SCHOOLS];
        for (int a = 0; a <= most; a++) {
            for (int b = 0; b <= most; b++) {
                for (int c = 0; c <= most; c++) {
                    trained[0] = a;
                    trained[1] = b;
                    trained[2] = c;
                    if ((a + b + c) * PRICE < best && cv(trained) <= 0.5) {
                        best = (a + b + c) * PRICE;
                    }
                }
            }
        }
        return best;
    }

    /** The CV of backbone teachers per 100 students; equal enrolments, so the plain population CV. */
    private static double cv(int[] trained) {
        double mean = 0;
        for (int i = 0; i < SCHOOLS; i++) {
            mean += 100.0 * (BACKBONE[i] + trained[i]) / STUDENTS / SCHOOLS;
        }
        double variance = 0;
        for (int i = 0; i < SCHOOLS; i++) {
            double d = 100.0 * (BACKBONE[i] + trained[i]) / STUDENTS - mean;
            variance += d * d / SCHOOLS;
        }
        return Math.sqrt(variance) / mean;
    }

    private static List<SchoolYear> schools() {
        List<SchoolYear> list = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            list.add(school(
                    "T" + i,
                    SchoolType.PRIMARY,
                    Location.RURAL,
                    new SegmentFigures(STUDENTS, 8, TEACHERS, TEACHERS, 20, BACKBONE[i], 10),
                    SegmentFigures.NONE,
                    0,
                    new SharedAssets(6.5 * STUDENTS, 0, 7.5 * STUDENTS, 3_000.0 * STUDENTS, 0.04 * STUDENTS, 0, 0)));
        }
        return list;
    }
}
