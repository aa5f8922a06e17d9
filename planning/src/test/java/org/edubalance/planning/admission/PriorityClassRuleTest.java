package org.edubalance.planning.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.admission.PriorityClass;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each class's condition (docs/planning/admission.md §3), at a public school of zone Z1. */
class PriorityClassRuleTest {
    private static final AdmissionPolicy NATIONAL = Rounds.national();

    private static Applicant child(
            @Nullable String hukou, @Nullable String home, boolean owned, boolean permit, @Nullable String special) {
        return new Applicant("A1", hukou, home, owned, permit, false, special, List.of(), null);
    }

    private static PriorityClass at(Applicant child) {
        return PriorityClassRule.classAt(child, "Z1", false, NATIONAL);
    }

    @Test
    void special_needs_a_listed_priority_and_the_hukou_or_the_home_in_the_zone() {
        assertThat(at(child("Z1", "Z9", false, false, "MILITARY"))).isEqualTo(PriorityClass.SPECIAL);
        assertThat(at(child(null, "Z1", false, false, "TALENT"))).isEqualTo(PriorityClass.SPECIAL);
        // Neither zone is Z1: the priority alone gives nothing.
        assertThat(at(child("Z2", "Z2", true, true, "MILITARY"))).isEqualTo(PriorityClass.OUT_OF_ZONE);
        // A code the policy does not list: the next class that holds.
        assertThat(at(child("Z1", "Z9", false, false, "DIPLOMAT"))).isEqualTo(PriorityClass.HUKOU);
    }

    @Test
    void hukou_and_home_needs_both_in_the_zone_and_an_owned_home() {
        assertThat(at(child("Z1", "Z1", true, false, null))).isEqualTo(PriorityClass.HUKOU_AND_HOME);
        assertThat(at(child("Z1", "Z1", false, false, null))).isEqualTo(PriorityClass.HUKOU);
    }

    @Test
    void hukou_needs_the_household_registration_in_the_zone() {
        assertThat(at(child("Z1", "Z2", true, true, null))).isEqualTo(PriorityClass.HUKOU);
        assertThat(at(child("Z1", null, false, false, null))).isEqualTo(PriorityClass.HUKOU);
    }

    @Test
    void home_needs_an_owned_home_in_the_zone() {
        assertThat(at(child("Z2", "Z1", true, false, null))).isEqualTo(PriorityClass.HOME);
        assertThat(at(child(null, "Z1", true, true, null))).isEqualTo(PriorityClass.HOME);
    }

    @Test
    void resident_needs_a_home_in_the_zone_and_the_residence_permit() {
        assertThat(at(child(null, "Z1", false, true, null))).isEqualTo(PriorityClass.RESIDENT);
        assertThat(at(child(null, "Z1", false, false, null))).isEqualTo(PriorityClass.OUT_OF_ZONE);
        assertThat(at(child("Z2", "Z2", true, true, null))).isEqualTo(PriorityClass.OUT_OF_ZONE);
    }

    @Test
    void a_class_missing_from_the_policy_never_applies() {
        var withoutHome = new AdmissionPolicy(
                "county", List.of(PriorityClass.HUKOU, PriorityClass.RESIDENT), List.of(), true, 1, TieBreak.SINGLE);
        assertThat(PriorityClassRule.classAt(child(null, "Z1", true, false, null), "Z1", false, withoutHome))
                .isEqualTo(PriorityClass.OUT_OF_ZONE);
        assertThat(PriorityClassRule.classAt(child("Z1", "Z1", true, false, "MILITARY"), "Z1", false, withoutHome))
                .isEqualTo(PriorityClass.HUKOU);
        assertThat(PriorityClassRule.order(PriorityClass.RESIDENT, withoutHome)).isEqualTo(1);
        assertThat(PriorityClassRule.order(PriorityClass.OUT_OF_ZONE, withoutHome))
                .isEqualTo(2);
    }

    @Test
    void everyone_is_private_at_a_private_school_and_out_of_zone_at_a_school_in_no_zone() {
        Applicant best = child("Z1", "Z1", true, true, "MILITARY");
        assertThat(PriorityClassRule.classAt(best, null, true, NATIONAL)).isEqualTo(PriorityClass.PRIVATE);
        assertThat(PriorityClassRule.classAt(best, null, false, NATIONAL)).isEqualTo(PriorityClass.OUT_OF_ZONE);
    }

    @Test
    void classes_rank_in_the_policy_s_order_with_out_of_zone_last() {
        assertThat(PriorityClassRule.order(PriorityClass.SPECIAL, NATIONAL)).isZero();
        assertThat(PriorityClassRule.order(PriorityClass.RESIDENT, NATIONAL)).isEqualTo(4);
        assertThat(PriorityClassRule.order(PriorityClass.OUT_OF_ZONE, NATIONAL)).isEqualTo(5);
    }
}
