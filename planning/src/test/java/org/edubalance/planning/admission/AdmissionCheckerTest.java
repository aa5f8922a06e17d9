package org.edubalance.planning.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.planning.admission.AdmissionResult.Assignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: on random rounds (zones of one to three schools, private schools, 0-seat schools, homes with and without
 * positions, both tie-breaks, coordination on and off) the independent checker accepts what the mechanism returns,
 * and rejects it once a placement, a number or a figure is changed.
 */
class AdmissionCheckerTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void the_checker_accepts_the_mechanism_s_result_and_rejects_a_tampered_one(long seed) {
        var random = new Random(seed);
        AdmissionRound round = randomRound(random);
        AdmissionResult result = new AdmissionPlanner().plan(round, Rounds.INPUTS, Rounds.PUBLIC_VALUE);

        assertThat(new AdmissionChecker().check(round, result)).isEmpty();

        List<Assignment> placed =
                result.assignments().stream().filter(a -> a.school() != null).toList();
        Assignment moved = placed.get(random.nextInt(placed.size()));
        Assignment other = result.assignments().stream()
                .filter(a -> a.school() != null && !a.school().equals(moved.school()))
                .findFirst()
                .orElseThrow();
        // Swap two children's schools: each is then at a school off its stated rank, or breaks stability.
        assertThat(new AdmissionChecker().check(round, replaced(result, moved, other.school(), other.choiceRank())))
                .isNotEmpty();
        // A different number for one child.
        assertThat(new AdmissionChecker()
                        .check(
                                round,
                                replaced(
                                        result,
                                        new Assignment(
                                                moved.applicantId(),
                                                moved.school(),
                                                moved.choiceRank(),
                                                moved.priorityClass(),
                                                "0".repeat(64)),
                                        null,
                                        null)))
                .anyMatch(p -> p.startsWith(moved.applicantId() + ": lottery number"));
        // One child unplaced: its seat is free while it prefers the school.
        assertThat(new AdmissionChecker()
                        .check(
                                round,
                                replaced(
                                        result,
                                        new Assignment(
                                                moved.applicantId(),
                                                null,
                                                null,
                                                null,
                                                round.policy().tieBreak() == TieBreak.SINGLE
                                                        ? moved.lotteryNumber()
                                                        : null),
                                        null,
                                        null)))
                .isNotEmpty();
    }

    @Test
    void a_placement_in_the_coordination_part_is_checked_at_its_exact_position() {
        // Zone Z1's one seat at H (next door) goes to one of three children; the other two walk the coordination
        // part: 40 one-seat schools east along 36°N, a hundredth of a degree apart, and three on one site.
        var r = new Rounds().school("H", 1, "Z1", 36, 117.001);
        for (int k = 1; k <= 40; k++) {
            r.school(String.format("E%02d", k), 1, null, 36, 117 + k / 100.0);
        }
        r.school("T1", 1, null, 36, 117.015).school("T2", 1, null, 36, 117.015).school("T3", 1, null, 36, 117.015);
        var home = new org.edubalance.core.school.GeoPoint(36, 117);
        for (String id : List.of("A1", "A2", "A3")) {
            r.child(id, "Z1", "Z1", true, false, null, home);
        }
        AdmissionRound round = r.round();
        AdmissionResult result = new AdmissionPlanner().plan(round, Rounds.INPUTS, Rounds.PUBLIC_VALUE);
        assertThat(new AdmissionChecker().check(round, result)).isEmpty();
        // H, then E01 (0.01°), T1, T2, T3 (0.015°), E02 …: the two who lose H take E01 at rank 2 and T1 at rank 3.
        assertThat(result.assignments())
                .extracting(a -> a.school().value() + "@" + a.choiceRank())
                .containsExactlyInAnyOrder("H@1", "E01@2", "T1@3");
        for (Assignment a : result.assignments()) {
            if (a.choiceRank() > 1) {
                for (int wrong : new int[] {a.choiceRank() - 1, a.choiceRank() + 1}) {
                    assertThat(new AdmissionChecker().check(round, replaced(result, a, a.school(), wrong)))
                            .as("%s at rank %d", a.applicantId(), wrong)
                            .anyMatch(p ->
                                    p.startsWith(a.applicantId() + ": school " + a.school() + " at rank " + wrong));
                }
            }
        }
    }

    private static AdmissionResult replaced(
            AdmissionResult result, Assignment changed, SchoolCode school, Integer rank) {
        List<Assignment> list = new ArrayList<>(result.assignments());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).applicantId().equals(changed.applicantId())) {
                list.set(
                        i,
                        school == null
                                ? changed
                                : new Assignment(
                                        changed.applicantId(),
                                        school,
                                        rank,
                                        changed.priorityClass(),
                                        changed.lotteryNumber()));
            }
        }
        return new AdmissionResult(
                result.year(),
                result.county(),
                result.grade(),
                result.policy(),
                result.lottery(),
                list,
                result.schools(),
                result.summary(),
                result.outcome());
    }

    static AdmissionRound randomRound(Random random) {
        var r = new Rounds();
        boolean coordination = random.nextBoolean();
        r.policy(Rounds.with(coordination, random.nextBoolean() ? TieBreak.SINGLE : TieBreak.MULTIPLE));
        int zones = 3 + random.nextInt(4);
        int code = 100;
        List<String> publicCodes = new ArrayList<>();
        for (int z = 0; z < zones; z++) {
            int members = 1 + random.nextInt(3);
            for (int m = 0; m < members; m++) {
                String c = "S" + code++;
                int seats = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(5);
                boolean positioned = random.nextInt(8) != 0;
                r.school(
                        c,
                        seats,
                        "Z" + z,
                        positioned ? 36 + random.nextDouble() * 0.1 : Double.NaN,
                        117 + random.nextDouble() * 0.1);
                if (seats > 0) {
                    publicCodes.add(c);
                }
            }
        }
        List<String> privateCodes = List.of("P1", "P2");
        r.privateSchool("P1", 1 + random.nextInt(4));
        r.privateSchool("P2", 2);
        int children = 30 + random.nextInt(40);
        for (int i = 0; i < children; i++) {
            String hukou = random.nextInt(6) == 0 ? null : "Z" + random.nextInt(zones);
            String home = random.nextInt(3) == 0 ? hukou : random.nextInt(5) == 0 ? null : "Z" + random.nextInt(zones);
            List<SchoolCode> choices = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                choices.add(new SchoolCode(privateCodes.get(random.nextInt(2))));
            }
            if (random.nextBoolean() && !publicCodes.isEmpty()) {
                SchoolCode pick = new SchoolCode(publicCodes.get(random.nextInt(publicCodes.size())));
                if (!choices.contains(pick)) {
                    choices.add(pick);
                }
            }
            String[] specials = {null, null, null, "MILITARY", "OTHER"};
            r.add(new Applicant(
                    "A" + String.format("%04d", i),
                    hukou,
                    home,
                    random.nextBoolean(),
                    random.nextBoolean(),
                    random.nextInt(4) == 0,
                    specials[random.nextInt(specials.length)],
                    choices,
                    random.nextInt(5) == 0
                            ? null
                            : new GeoPoint(36 + random.nextDouble() * 0.1, 117 + random.nextDouble() * 0.1)));
        }
        return r.round();
    }
}
