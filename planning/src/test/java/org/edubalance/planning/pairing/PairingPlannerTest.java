package org.edubalance.planning.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.core.pairing.UnpairedReason;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The pairing planner on school segments whose strengths are set directly (docs/planning/pairing.md): roles, reasons,
 * the worked example, and the optimum against every possible plan of small random counties.
 */
class PairingPlannerTest {
    private static final Standard STANDARD = StandardCatalogue.load("cn-2017-quality");
    private static final PairingPolicy NATIONAL = new PairingPolicy("national", 1.2, 1.05, 3, 30, false);
    private static final double LAT = 36.0;
    private static final double LON = 120.0;
    /** Degrees of longitude per km at 36°N, near enough to place schools a few km apart. */
    private static final double KM = 1 / (111.195 * Math.cos(Math.toRadians(LAT)));

    @Test
    void theWorkedExample() {
        // Two mentors 10 km apart on a line; three mentees. M1 may take two; the far mentee is beyond 30 km of both.
        List<SchoolEvaluation> schools = List.of(
                segment("M1", Location.URBAN, 0.0, 1.5, true),
                segment("M2", Location.TOWN, 10.0, 1.3, true),
                segment("W1", Location.RURAL, 2.0, 0.8, false),
                segment("W2", Location.RURAL, 8.0, 1.0, true),
                segment("W3", Location.RURAL, 45.0, 0.7, false),
                segment("W4", Location.RURAL, null, 0.6, false),
                segment("N1", Location.TOWN, 5.0, 1.1, true));
        PairingPolicy policy = new PairingPolicy("test", 1.2, 1.05, 2, 30, false);

        PairingPlan plan = new PairingPlanner(policy).plan(evaluation(schools), "130199");

        assertThat(plan.pairs()).extracting(p -> p.mentor() + "→" + p.mentee()).containsExactly("M1→W1", "M2→W2");
        assertThat(plan.pairs().get(0).km()).isEqualTo(metres("M1", 0, 2) / 1000.0);
        assertThat(plan.unpaired())
                .extracting(u -> u.school() + " " + u.reason())
                .containsExactly("W3 " + UnpairedReason.NO_MENTOR_WITHIN_DISTANCE, "W4 " + UnpairedReason.NO_POSITION);
        // N1 meets the rule at strength 1.1: neither mentee (≥ 1.05) nor mentor (< 1.2).
        assertThat(plan.candidates()).extracting(PairingPlan.Candidate::school).doesNotContain("N1");
        assertThat(plan.summary().mentors()).isEqualTo(2);
        assertThat(plan.summary().mentees()).isEqualTo(4);
        assertThat(plan.summary().paired()).isEqualTo(2);
        assertThat(plan.summary().totalKm()).isEqualTo((metres("M1", 0, 2) + metres("M2", 10, 8)) / 1000.0);
        assertThat(plan.summary().status()).isEqualTo(PlanningStatus.OPTIMAL);
        assertThat(PairingPlanChecker.check(plan, evaluation(schools), policy)).isEmpty();
        assertThat(PairingPlanJson.write(plan))
                .startsWith("{\"kind\":\"pairing\",\"year\":2025,\"countyCode\":\"130199\",\"pairs\":[{\"segment\":"
                        + "\"PRIMARY\",\"mentor\":\"M1\",\"mentee\":\"W1\",\"km\":")
                .contains("{\"segment\":\"PRIMARY\",\"school\":\"W3\",\"reason\":\"no mentor within 30 km\"}")
                .contains("\"summary\":{\"mentors\":2,\"mentees\":4,\"paired\":2,\"totalKm\":");
    }

    @Test
    void aFullMentorLeavesTheFartherMenteeWithTheReason() {
        List<SchoolEvaluation> schools = List.of(
                segment("M1", Location.URBAN, 0.0, 1.5, true),
                segment("W1", Location.RURAL, 1.0, 0.8, false),
                segment("W2", Location.RURAL, 3.0, 0.8, false));
        PairingPolicy one = new PairingPolicy("one", 1.2, 1.05, 1, 30, false);

        PairingPlan plan = new PairingPlanner(one).plan(evaluation(schools), "130199");

        assertThat(plan.pairs()).extracting(PairingPlan.Pair::mentee).containsExactly("W1");
        assertThat(plan.unpaired())
                .extracting(PairingPlan.Unpaired::reason)
                .containsExactly(UnpairedReason.MENTORS_FULL);
        assertThat(PairingPlanJson.write(plan)).contains("\"reason\":\"every mentor within 30 km is full\"");
    }

    @Test
    void urbanRuralOnlyAndTeachingPointsNeverMentor() {
        List<SchoolEvaluation> schools = new ArrayList<>(
                List.of(segment("R1", Location.RURAL, 0.0, 1.6, true), segment("W1", Location.RURAL, 1.0, 0.8, false)));
        schools.add(segment("T1", SchoolType.TEACHING_POINT, Location.TOWN, 2.0, 1.7, true));
        PairingPolicy cityCountry = new PairingPolicy("cc", 1.2, 1.05, 3, 30, true);

        assertThatThrownBy(() -> new PairingPlanner(cityCountry).plan(evaluation(schools), "130199"))
                .isInstanceOf(PlanningProblemInvalidException.class)
                .hasMessageContaining("mentorMinStrength")
                .hasMessageContaining("no mentor at all");
        PairingPlan anywhere = new PairingPlanner(NATIONAL).plan(evaluation(schools), "130199");
        assertThat(anywhere.pairs()).extracting(PairingPlan.Pair::mentor).containsExactly("R1");
    }

    @Test
    void theOptimumOfSmallRandomCountiesEqualsTheBestOfEveryPlan() {
        Random random = new Random(7);
        for (int round = 0; round < 60; round++) {
            List<SchoolEvaluation> schools = new ArrayList<>();
            int mentors = 1 + random.nextInt(3);
            int mentees = 1 + random.nextInt(6);
            for (int i = 0; i < mentors; i++) {
                schools.add(segment("M" + i, Location.URBAN, random.nextDouble() * 40, 1.3, true));
            }
            for (int j = 0; j < mentees; j++) {
                schools.add(segment("W" + j, Location.RURAL, random.nextDouble() * 40, 0.8, false));
            }
            PairingPolicy policy = new PairingPolicy("p", 1.2, 1.05, 1 + random.nextInt(2), 12, false);
            Evaluation evaluation = evaluation(schools);

            PairingPlan plan = new PairingPlanner(policy).plan(evaluation, "130199");

            long[] best = bruteForce(schools.subList(0, mentors), schools.subList(mentors, schools.size()), policy);
            assertThat(plan.summary().paired()).as("round " + round).isEqualTo((int) best[0]);
            long metres = plan.pairs().stream()
                    .mapToLong(p -> Math.round(p.km() * 1000))
                    .sum();
            assertThat(metres).as("round " + round).isEqualTo(best[1]);
            assertThat(PairingPlanChecker.check(plan, evaluation, policy))
                    .as("round " + round)
                    .isEmpty();
        }
    }

    @Test
    void theCheckerCatchesAPlanThatIsNotTheShortest() {
        List<SchoolEvaluation> schools = List.of(
                segment("M1", Location.URBAN, 0.0, 1.5, true),
                segment("M2", Location.URBAN, 10.0, 1.5, true),
                segment("W1", Location.RURAL, 1.0, 0.8, false),
                segment("W2", Location.RURAL, 9.0, 0.8, false));
        PairingPolicy one = new PairingPolicy("one", 1.2, 1.05, 1, 30, false);
        Evaluation evaluation = evaluation(schools);
        PairingPlan plan = new PairingPlanner(one).plan(evaluation, "130199");
        PairingPlan crossed = new PairingPlan(
                plan.year(),
                plan.countyCode(),
                plan.policy(),
                plan.maxDistanceKm(),
                List.of(
                        new PairingPlan.Pair(plan.pairs().get(0).segment(), "M1", "W2", metres("M1", 0, 9) / 1000.0),
                        new PairingPlan.Pair(plan.pairs().get(0).segment(), "M2", "W1", metres("M2", 10, 1) / 1000.0)),
                plan.unpaired(),
                plan.candidates(),
                plan.summary());

        assertThat(PairingPlanChecker.check(crossed, evaluation, one))
                .singleElement()
                .asString()
                .contains("negative residual cycle");
        assertThat(PairingPlanChecker.check(plan, evaluation, one)).isEmpty();
    }

    /** {most mentees paired, least total metres among those} over every plan. */
    private static long[] bruteForce(List<SchoolEvaluation> mentors, List<SchoolEvaluation> mentees, PairingPolicy p) {
        long[] best = {-1, Long.MAX_VALUE};
        search(mentors, mentees, p, 0, new int[mentors.size()], 0, 0, best);
        return best;
    }

    private static void search(
            List<SchoolEvaluation> mentors,
            List<SchoolEvaluation> mentees,
            PairingPolicy p,
            int j,
            int[] load,
            long paired,
            long metres,
            long[] best) {
        if (j == mentees.size()) {
            if (paired > best[0] || (paired == best[0] && metres < best[1])) {
                best[0] = paired;
                best[1] = metres;
            }
            return;
        }
        search(mentors, mentees, p, j + 1, load, paired, metres, best);
        for (int i = 0; i < mentors.size(); i++) {
            double km = HomeDistance.km(
                    mentors.get(i).school().position(), mentees.get(j).school().position());
            if (load[i] < p.maxMenteesPerMentor() && km <= p.maxDistanceKm()) {
                load[i]++;
                search(mentors, mentees, p, j + 1, load, paired + 1, metres + Math.round(km * 1000), best);
                load[i]--;
            }
        }
    }

    private static long metres(String ignored, double fromKm, double toKm) {
        return Math.round(
                HomeDistance.km(new GeoPoint(LAT, LON + fromKm * KM), new GeoPoint(LAT, LON + toKm * KM)) * 1000);
    }

    private static Evaluation evaluation(List<SchoolEvaluation> schools) {
        return new Evaluation(STANDARD, SchoolFixtures.YEAR, List.of(), schools, List.of());
    }

    private static SchoolEvaluation segment(
            String code, Location location, @Nullable Double kmEast, double strength, boolean compliant) {
        return segment(code, SchoolType.PRIMARY, location, kmEast, strength, compliant);
    }

    /** A primary segment {@code kmEast} km east of the origin (no position when null), every ratio = strength. */
    private static SchoolEvaluation segment(
            String code,
            SchoolType type,
            Location location,
            @Nullable Double kmEast,
            double strength,
            boolean compliant) {
        SchoolYear school = new SchoolYear(
                SchoolFixtures.YEAR,
                SchoolFixtures.COUNTY,
                "城关镇",
                new SchoolCode(code),
                "学校" + code,
                type,
                location,
                Ownership.PUBLIC,
                kmEast == null ? null : new GeoPoint(LAT, LON + kmEast * KM),
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
        return new SchoolEvaluation(part, Collections.unmodifiableList(scores), compliant ? 7 : 0, compliant);
    }
}
