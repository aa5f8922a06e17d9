package org.edubalance.planning.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edubalance.planning.admission.Rounds.byNumber;
import static org.edubalance.planning.admission.Rounds.line;
import static org.edubalance.planning.admission.Rounds.number;
import static org.edubalance.planning.admission.Rounds.of;

import java.util.List;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.admission.PriorityClass;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.planning.admission.AdmissionResult.Ranked;
import org.edubalance.planning.admission.AdmissionResult.Summary;
import org.junit.jupiter.api.Test;

/**
 * Deferred acceptance on rounds worked by hand. Where the lottery decides, the test asks the lottery (tested on its
 * own against OpenSSL) which of the children drew the lower number and derives the placement from that.
 */
class AdmissionPlannerTest {

    @Test
    void among_children_of_one_class_the_lower_lottery_number_wins_the_last_seat() {
        AdmissionResult result = new Rounds()
                .policy(Rounds.with(false, TieBreak.SINGLE))
                .school("X", 1, "Z1")
                .child("A1", "Z1")
                .child("A2", "Z1")
                .plan();
        String winner = byNumber("A1", "A2").get(0);
        String loser = byNumber("A1", "A2").get(1);

        assertThat(of(result, winner).school()).isEqualTo(new SchoolCode("X"));
        assertThat(of(result, winner).priorityClass()).isEqualTo(PriorityClass.HUKOU_AND_HOME);
        assertThat(of(result, winner).choiceRank()).isEqualTo(1);
        // Without coordination the loser's list (X alone) is exhausted; SINGLE: it keeps its number.
        assertThat(of(result, loser).school()).isNull();
        assertThat(of(result, loser).choiceRank()).isNull();
        assertThat(of(result, loser).priorityClass()).isNull();
        assertThat(of(result, loser).lotteryNumber()).isEqualTo(number(loser));
        // X filled: the last admitted is the winner; both proposed to X.
        assertThat(line(result, "X").lastAdmitted())
                .isEqualTo(new Ranked(PriorityClass.HUKOU_AND_HOME, number(winner)));
        assertThat(line(result, "X").applicants()).isEqualTo(2);
        assertThat(result.summary()).isEqualTo(new Summary(2, 1, 1, 1, 0, 0));
    }

    @Test
    void a_higher_class_wins_whatever_the_numbers() {
        AdmissionResult result = new Rounds()
                .policy(Rounds.with(false, TieBreak.SINGLE))
                .school("X", 1, "Z1")
                .child("A1", "Z1", "Z1", false, false, null, null) // HUKOU: the home is not owned
                .child("A2", "Z1", "Z1", true, false, null, null) // HUKOU_AND_HOME
                .plan();
        assertThat(of(result, "A2").school()).isEqualTo(new SchoolCode("X"));
        assertThat(of(result, "A1").school()).isNull();
    }

    /**
     * X (zone Z1), Y (Z2) and W (Z3), one seat each, on a line eastwards 0.1° and 0.3° apart. a and b live at X; a has
     * hukou and an owned home in Z1, b only the hukou, so a takes X. b's list goes on by distance: Y, then W. c has
     * hukou and an owned home in Z2 and outranks b (out of zone) at Y. So b ends at W, third on its list.
     */
    @Test
    void a_child_displaced_from_its_zone_walks_down_the_coordination_list_until_a_school_keeps_it() {
        var home = new GeoPoint(36, 117);
        AdmissionResult result = new Rounds()
                .school("X", 1, "Z1", 36, 117)
                .school("Y", 1, "Z2", 36, 117.1)
                .school("W", 1, "Z3", 36, 117.3)
                .child("b", "Z1", "Z1", false, false, null, home)
                .child("a", "Z1", "Z1", true, false, null, home)
                .child("c", "Z2", "Z2", true, false, null, new GeoPoint(36, 117.1))
                .plan();

        assertThat(of(result, "a").school()).isEqualTo(new SchoolCode("X"));
        assertThat(of(result, "c").school()).isEqualTo(new SchoolCode("Y"));
        assertThat(of(result, "b").school()).isEqualTo(new SchoolCode("W"));
        assertThat(of(result, "b").choiceRank()).isEqualTo(3);
        assertThat(of(result, "b").priorityClass()).isEqualTo(PriorityClass.OUT_OF_ZONE);
        // X saw a and b, Y saw b and c, W only b.
        assertThat(result.schools())
                .extracting(s -> s.code().value() + ":" + s.applicants())
                .containsExactly("W:1", "X:2", "Y:2");
        assertThat(line(result, "W").lastAdmitted()).isEqualTo(new Ranked(PriorityClass.OUT_OF_ZONE, number("b")));
        assertThat(result.summary()).isEqualTo(new Summary(3, 3, 0, 2, 0, 0));
    }

    @Test
    void a_private_school_draws_lots_among_all_who_list_it_and_the_others_go_on_to_their_zone() {
        AdmissionResult result = new Rounds()
                .privateSchool("P", 1)
                .school("X", 5, "Z1")
                .add(new Applicant("A1", "Z1", "Z1", true, false, true, "MILITARY", List.of(new SchoolCode("P")), null))
                .add(new Applicant("A2", null, null, false, false, true, null, List.of(new SchoolCode("P")), null))
                .plan();
        String winner = byNumber("A1", "A2").get(0);
        String loser = byNumber("A1", "A2").get(1);

        // The priority counts for nothing at a private school.
        assertThat(of(result, winner).school()).isEqualTo(new SchoolCode("P"));
        assertThat(of(result, winner).priorityClass()).isEqualTo(PriorityClass.PRIVATE);
        assertThat(of(result, loser).school()).isEqualTo(new SchoolCode("X"));
        assertThat(of(result, loser).choiceRank()).isEqualTo(2);
        // X did not fill: no last admitted. Both children are migrants; one is placed at a public school.
        assertThat(line(result, "X").lastAdmitted()).isNull();
        assertThat(line(result, "P").lastAdmitted()).isEqualTo(new Ranked(PriorityClass.PRIVATE, number(winner)));
        assertThat(result.summary()).isEqualTo(new Summary(2, 2, 0, 1, 2, 1));
    }

    @Test
    void with_multiple_tie_breaks_each_school_draws_its_own_number() {
        AdmissionResult result = new Rounds()
                .policy(Rounds.with(false, TieBreak.MULTIPLE))
                .school("X", 1, "Z1")
                .child("A1", "Z1")
                .child("A2", "Z1")
                .plan();
        String winner = byNumber("X|A1", "X|A2").get(0).substring(2);
        String loser = winner.equals("A1") ? "A2" : "A1";

        assertThat(of(result, winner).school()).isEqualTo(new SchoolCode("X"));
        assertThat(of(result, winner).lotteryNumber()).isEqualTo(number("X|" + winner));
        assertThat(of(result, loser).school()).isNull();
        assertThat(of(result, loser).lotteryNumber()).isNull();
    }

    @Test
    void a_school_without_seats_takes_no_one_and_is_reported_with_zeros() {
        AdmissionResult result = new Rounds()
                .school("X0", 0, "Z1")
                .school("X1", 1, "Z1")
                .child("A1", "Z1", "X0")
                .plan();
        // X0 is dropped from the list, so X1 is the child's first school.
        assertThat(of(result, "A1").school()).isEqualTo(new SchoolCode("X1"));
        assertThat(of(result, "A1").choiceRank()).isEqualTo(1);
        var empty = line(result, "X0");
        assertThat(List.of(empty.seats(), empty.admitted(), empty.applicants())).containsExactly(0, 0, 0);
        assertThat(empty.lastAdmitted()).isNull();
    }

    @Test
    void the_draw_refuses_an_empty_public_value() {
        var round = new Rounds().school("X", 1, "Z1").child("A1", "Z1").round();
        assertThatThrownBy(() -> new AdmissionPlanner().plan(round, Rounds.INPUTS, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public value is empty");
    }
}
