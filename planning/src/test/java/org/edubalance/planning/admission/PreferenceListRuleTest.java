package org.edubalance.planning.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.junit.jupiter.api.Test;

/**
 * The three parts of a list (docs/planning/admission.md §4). Schools stand on the equator at 36°N… below; one
 * hundredth of a degree of longitude at 36°N is about 0.9 km, so "nearest" is read off the longitudes.
 */
class PreferenceListRuleTest {
    private static final GeoPoint HOME = new GeoPoint(36, 117);

    /** Zone Z1: S3 (0.03° east), S1 (0.01°); zone Z2: S2 (0.02°), S4 (0.05°); zone Z3: S5 (0.04°), S6 (0 seats). */
    private static Rounds county() {
        return new Rounds()
                .school("S1", 5, "Z1", 36, 117.01)
                .school("S3", 5, "Z1", 36, 117.03)
                .school("S2", 5, "Z2", 36, 117.02)
                .school("S4", 5, "Z2", 36, 117.05)
                .school("S5", 5, "Z3", 36, 117.04)
                .school("S6", 0, "Z3", 36, 117.001)
                .privateSchool("P1", 3);
    }

    @Test
    void choices_come_first_in_the_child_s_order_then_its_zone_nearest_first_then_the_rest_nearest_first() {
        var rule = PreferenceListRule.of(county().child("A1", "Z1", "Z1", true, false, null, HOME, "P1", "S3")
                .round());
        // Choices P1, S3; zone Z1 left: S1; coordination: S2 (0.02), S5 (0.04), S4 (0.05); S6 has no seats.
        assertThat(rule.list(0)).extracting(SchoolCode::value).containsExactly("P1", "S3", "S1", "S2", "S5", "S4");
    }

    @Test
    void the_hukou_zone_and_the_home_zone_are_one_part_ordered_by_distance() {
        var rule = PreferenceListRule.of(
                county().child("A1", "Z1", "Z2", false, false, null, HOME).round());
        // Z1 ∪ Z2 = S1 (0.01), S2 (0.02), S3 (0.03), S4 (0.05); then S5.
        assertThat(rule.list(0)).extracting(SchoolCode::value).containsExactly("S1", "S2", "S3", "S4", "S5");
    }

    @Test
    void without_a_home_position_each_part_goes_by_code() {
        var rule = PreferenceListRule.of(
                county().child("A1", "Z2", "Z1", true, false, null, null, "S5").round());
        assertThat(rule.list(0)).extracting(SchoolCode::value).containsExactly("S5", "S1", "S2", "S3", "S4");
    }

    @Test
    void equal_rounded_distances_go_by_code_and_schools_without_a_position_come_last() {
        var rule = PreferenceListRule.of(new Rounds()
                .school("B", 1, "Z1", 36, 117.01)
                .school("A", 1, "Z1", 36, 117.01) // on the same site as B
                .school("0", 1, "Z1", Double.NaN, Double.NaN) // first by code, but no position
                .school("C", 1, "Z2", 36.5, 117)
                .child("A1", "Z1", "Z1", true, false, null, HOME)
                .round());
        assertThat(rule.list(0)).extracting(SchoolCode::value).containsExactly("A", "B", "0", "C");
    }

    @Test
    void without_coordination_the_list_ends_with_the_child_s_zones() {
        var rule = PreferenceListRule.of(county().policy(Rounds.with(false, TieBreak.SINGLE))
                .child("A1", "Z1", "Z1", true, false, null, HOME, "P1")
                .round());
        assertThat(rule.list(0)).extracting(SchoolCode::value).containsExactly("P1", "S1", "S3");
    }

    @Test
    void a_school_without_seats_is_on_no_list_and_a_private_school_only_where_chosen() {
        var rule = PreferenceListRule.of(county().child("A1", "Z3", "Z3", true, false, null, HOME, "S6")
                .child("A2", null, null, false, false, null, HOME)
                .round());
        assertThat(rule.list(0)).extracting(SchoolCode::value).containsExactly("S5", "S1", "S2", "S3", "S4");
        // Registered outside the county, home zone unknown: coordination alone.
        assertThat(rule.list(1)).extracting(SchoolCode::value).containsExactly("S1", "S2", "S3", "S5", "S4");
    }

    @Test
    void a_long_coordination_part_keeps_its_order_across_chunks_and_never_splits_equal_distances() {
        // Zone ZH: H, next door. East along 36°N: E01…E60 at 0.01°…0.60°; 40 schools C00…C39 on one site at 0.025°
        // (one run of equal distances, longer than the mechanism's first chunk of 32); N1, N2 without a position.
        var round = new Rounds().school("H", 1, "ZH", 36, 117.001);
        List<String> expected = new ArrayList<>(List.of("H", "E01", "E02"));
        for (int k = 1; k <= 60; k++) {
            round.school(String.format("E%02d", k), 1, null, 36, 117 + k / 100.0);
        }
        for (int c = 39; c >= 0; c--) {
            round.school(String.format("C%02d", c), 1, null, 36, 117.025);
        }
        for (int c = 0; c < 40; c++) {
            expected.add(String.format("C%02d", c));
        }
        for (int k = 3; k <= 60; k++) {
            expected.add(String.format("E%02d", k));
        }
        round.school("N2", 1, null, Double.NaN, Double.NaN).school("N1", 1, null, Double.NaN, Double.NaN);
        expected.addAll(List.of("N1", "N2"));
        var rule = PreferenceListRule.of(
                round.child("A1", "ZH", "ZH", true, false, null, HOME).round());
        assertThat(rule.list(0)).extracting(SchoolCode::value).containsExactlyElementsOf(expected);
    }

    @Test
    void schools_north_and_south_at_the_same_distance_go_by_code_across_chunks() {
        // On the home's meridian, k hundredths of a degree north (Nk) and south (Sk), k = 1…30: the same distance,
        // so Nk before Sk, and nearer k first.
        var round = new Rounds().school("H", 1, "ZH", 36, 117.001);
        List<String> expected = new ArrayList<>(List.of("H"));
        for (int k = 1; k <= 30; k++) {
            round.school(String.format("S%02d", k), 1, null, 36 - k / 100.0, 117)
                    .school(String.format("N%02d", k), 1, null, 36 + k / 100.0, 117);
            expected.addAll(List.of(String.format("N%02d", k), String.format("S%02d", k)));
        }
        var rule = PreferenceListRule.of(
                round.child("A1", "ZH", "ZH", true, false, null, HOME).round());
        assertThat(rule.list(0)).extracting(SchoolCode::value).containsExactlyElementsOf(expected);
    }
}
