package org.edubalance.planning.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.planning.admission.Rounds.number;

import org.edubalance.core.admission.PriorityClass;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.planning.admission.AdmissionExplanation.Why;
import org.edubalance.planning.admission.AdmissionResult.Ranked;
import org.junit.jupiter.api.Test;

/** The explanation of the displaced child of {@code AdmissionPlannerTest}'s coordination round, worked by hand. */
class AdmissionExplanationTest {

    @Test
    void each_school_above_the_placement_shows_the_child_s_class_and_the_school_s_last_admitted() {
        var home = new GeoPoint(36, 117);
        var rounds = new Rounds()
                .school("X", 1, "Z1", 36, 117)
                .school("Y", 1, "Z2", 36, 117.1)
                .school("W", 1, "Z3", 36, 117.3)
                .child("b", "Z1", "Z1", false, false, null, home)
                .child("a", "Z1", "Z1", true, false, null, home)
                .child("c", "Z2", "Z2", true, false, null, new GeoPoint(36, 117.1));
        AdmissionResult result = rounds.plan();

        AdmissionExplanation b = AdmissionExplanation.explain(rounds.round(), result, "b");

        // b: HUKOU at X (taken by a, HUKOU_AND_HOME), out of zone at Y (taken by c), placed at W, third on its list.
        assertThat(b.why()).isEqualTo(Why.ABOVE_FULL);
        assertThat(b.steps())
                .extracting(s -> s.position() + ":" + s.school().value() + ":" + s.priorityClass() + ":" + s.admitted())
                .containsExactly("1:X:HUKOU:false", "2:Y:OUT_OF_ZONE:false", "3:W:OUT_OF_ZONE:true");
        assertThat(b.steps().get(0).lastAdmitted()).isEqualTo(new Ranked(PriorityClass.HUKOU_AND_HOME, number("a")));
        assertThat(b.steps().get(1).lastAdmitted()).isEqualTo(new Ranked(PriorityClass.HUKOU_AND_HOME, number("c")));
        assertThat(b.steps()).allSatisfy(s -> assertThat(s.lotteryNumber()).isEqualTo(number("b")));

        AdmissionExplanation a = AdmissionExplanation.explain(rounds.round(), result, "a");
        assertThat(a.why()).isEqualTo(Why.FIRST);
        assertThat(a.steps()).hasSize(1);
    }

    @Test
    void an_unplaced_child_sees_its_whole_list() {
        var rounds = new Rounds()
                .policy(Rounds.with(false, org.edubalance.core.admission.AdmissionPolicy.TieBreak.SINGLE))
                .school("X", 1, "Z1")
                .school("X2", 1, "Z1")
                .child("A1", "Z1")
                .child("A2", "Z1")
                .child("A3", "Z1");
        AdmissionResult result = rounds.plan();
        String last = Rounds.byNumber("A1", "A2", "A3").get(2);

        AdmissionExplanation e = AdmissionExplanation.explain(rounds.round(), result, last);

        assertThat(e.why()).isEqualTo(Why.UNPLACED);
        assertThat(e.steps()).extracting(s -> s.school().value()).containsExactly("X", "X2");
        assertThat(e.steps()).noneMatch(AdmissionExplanation.Step::admitted);
    }
}
