package org.edubalance.planning.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.school.SchoolCode;
import org.junit.jupiter.api.Test;

class AdmissionStatisticsTest {

    /**
     * Four children of zone Z1 (all hukou and owned home there): A1 and A2 (migrants) list the private P (1 seat)
     * first; X (Z1, 1 seat) is everyone's zone school and Y (Z2, 5 seats) takes the rest by coordination. By hand: P
     * takes the lower-numbered of A1/A2; X takes the lowest-numbered of P's loser, A3 and A4 (one class); Y the others.
     */
    @Test
    void rates_count_first_choices_migrants_in_public_schools_and_demand_per_seat() {
        AdmissionResult result = new Rounds()
                .privateSchool("P", 1)
                .school("X", 1, "Z1")
                .school("Y", 5, "Z2")
                .add(new Applicant("A1", "Z1", "Z1", true, false, true, null, List.of(new SchoolCode("P")), null))
                .add(new Applicant("A2", "Z1", "Z1", true, false, true, null, List.of(new SchoolCode("P")), null))
                .child("A3", "Z1")
                .child("A4", "Z1")
                .plan();
        AdmissionStatistics stats = AdmissionStatistics.of(result);

        assertThat(stats.applicants()).isEqualTo(4);
        assertThat(stats.unplaced()).isZero();
        // First choices: P's winner, plus X's winner when it is A3 or A4 (X is their first school; for P's loser it is
        // the second).
        String loserOfP = Rounds.byNumber("A1", "A2").get(1);
        String winnerOfX = Rounds.byNumber(loserOfP, "A3", "A4").get(0);
        int firstChoices = 1 + (winnerOfX.equals(loserOfP) ? 0 : 1);
        assertThat(stats.firstChoiceRate()).isEqualTo(firstChoices / 4.0);
        // Two migrants, one at P (private), the other at X or Y (public).
        assertThat(stats.migrantPublicRate()).isEqualTo(0.5);
        // X saw A3, A4 and the loser of P: 3 applicants for 1 seat; P 2 for 1.
        assertThat(stats.schools())
                .extracting(o -> o.code() + ":" + o.applicants() + ":" + o.perSeat())
                .contains("P:2:2.0", "X:3:3.0");
        assertThat(stats.oversubscribed()).isEqualTo(2);
    }
}
