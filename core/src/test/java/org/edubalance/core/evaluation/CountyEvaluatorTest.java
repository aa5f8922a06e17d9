package org.edubalance.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolFixtures;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

class CountyEvaluatorTest {
    private final Standard standard = StandardCatalogue.shipped("cn-2017-quality");

    /** Every input of the 2017 pack, each at a passing value. */
    static Map<String, String> passingInputs() {
        Map<String, String> m = new HashMap<>();
        for (String flag : List.of(
                "layout_plan_compliant",
                "urban_rural_unified_standards",
                "staffing_pooled",
                "hs_quota_rural_tilt",
                "left_behind_care_system",
                "school_charter_it_management",
                "ict_use_good",
                "moral_culture_good",
                "curriculum_complete",
                "no_excess_burden")) {
            m.put(flag, "true");
        }
        for (String veto : List.of("veto_exam_admission", "veto_school_choice", "veto_key_school_class")) {
            m.put(veto, "false");
        }
        m.putAll(Map.of(
                "eligible_basic_balance_years",
                "4",
                "special_ed_funds_per_student_yuan",
                "6000",
                "teacher_avg_pay_yuan",
                "90000",
                "civil_servant_avg_pay_yuan",
                "90000",
                "training_360h_rate",
                "1",
                "teachers_rotated",
                "50",
                "teachers_eligible_for_rotation",
                "500",
                "backbone_teachers_rotated",
                "10",
                "nearby_enrollment_rate_primary",
                "1",
                "nearby_enrollment_rate_junior",
                "0.95"));
        m.putAll(Map.of(
                "hs_quota_allocation_rate",
                "0.5",
                "migrant_public_rate",
                "0.85",
                "junior_retention_rate_3yr",
                "0.95",
                "disabled_enrollment_rate",
                "0.95",
                "monitoring_level_min",
                "3",
                "monitoring_diff_rate_max",
                "0.1",
                "social_recognition_rate",
                "0.9"));
        return m;
    }

    /** A balanced county: four schools meeting every 2017 standard with similar values. */
    static List<SchoolYear> balancedSchools() {
        List<SchoolYear> schools = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int p = 400 + 100 * i;
            SegmentFigures f = new SegmentFigures(p, p / 40, p / 18, p / 18, p / 30, p / 80, p / 90);
            SharedAssets a = new SharedAssets(5.0 * p, 0, 8.0 * p, 2200.0 * p, 0.025 * p, 0.1 * p, 30.0 * p);
            schools.add(complete(
                    SchoolFixtures.school("80" + i, SchoolType.PRIMARY, Location.RURAL, f, SegmentFigures.NONE, 0, a)));
        }
        SegmentFigures j = new SegmentFigures(600, 12, 50, 40, 30, 8, 7);
        SharedAssets a = new SharedAssets(6.0 * 600, 0, 11.0 * 600, 2600.0 * 600, 0.026 * 600, 60, 30 * 600);
        schools.add(complete(
                SchoolFixtures.school("810", SchoolType.JUNIOR, Location.URBAN, SegmentFigures.NONE, j, 0, a)));
        return schools;
    }

    private static SchoolYear complete(SchoolYear s) {
        int teachers = s.primary().teachers() + s.junior().teachers();
        SupplementaryFigures f = new SupplementaryFigures(40, 0, 2, 2, 0, 0, 0, 0, 300_000.0, 20_000.0, teachers);
        return s.withSupplementary(f);
    }

    private CountyEvaluation evaluate(List<SchoolYear> schools, Map<String, String> inputs) {
        Map<String, CountyInput> byName = new HashMap<>();
        inputs.forEach((k, v) -> byName.put(k, new CountyInput(k, v, "test")));
        return new CountyEvaluator(standard)
                .evaluate(
                        SchoolFixtures.COUNTY,
                        2025,
                        schools,
                        new CountyInputs(SchoolFixtures.COUNTY.code(), 2025, byName))
                .county();
    }

    @Test
    void balancedCountyWithEveryInputMeetsTheStandard() {
        CountyEvaluation county = evaluate(balancedSchools(), passingInputs());
        assertThat(county.segments()).allSatisfy(s -> assertThat(s.reasons()).isEmpty());
        assertThat(county.items())
                .allSatisfy(i -> assertThat(i.status()).as(i.item().id()).isEqualTo(ItemStatus.MET));
        assertThat(county.resourcePass()).isTrue();
        assertThat(county.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void missingInputGivesIncompleteAndNamesIt() {
        Map<String, String> inputs = passingInputs();
        inputs.remove("social_recognition_rate");
        CountyEvaluation county = evaluate(balancedSchools(), inputs);
        assertThat(county.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(county.missingInputs()).containsExactly("social_recognition_rate");
    }

    @Test
    void vetoFailsTheCountyWhateverElseHolds() {
        Map<String, String> inputs = passingInputs();
        inputs.put("veto_school_choice", "true");
        assertThat(evaluate(balancedSchools(), inputs).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void knownFailureWinsOverMissingInputs() {
        List<SchoolYear> schools = new ArrayList<>(balancedSchools());
        schools.add(SchoolFixtures.primarySchoolWithBooks("899", 300, 1000));
        CountyEvaluation county = evaluate(schools, Map.of());
        assertThat(county.resourcePass()).isFalse();
        assertThat(county.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(county.missingInputs()).isNotEmpty();
    }

    @Test
    void specialEducationSchoolsAreOutOfScope() {
        List<SchoolYear> schools = new ArrayList<>(balancedSchools());
        schools.add(SchoolFixtures.school(
                "999",
                SchoolType.SPECIAL_EDUCATION,
                Location.URBAN,
                SchoolFixtures.segment(50, 6, 12),
                SegmentFigures.NONE,
                0,
                SharedAssets.NONE));
        CountyEvaluator.CountyResult result = new CountyEvaluator(standard)
                .evaluate(SchoolFixtures.COUNTY, 2025, schools, CountyInputs.none(SchoolFixtures.COUNTY.code(), 2025));
        assertThat(result.excluded())
                .singleElement()
                .satisfies(d -> assertThat(d.excludedBecause())
                        .isEqualTo(Finding.of(FindingCode.TYPE_OUT_OF_SCOPE, "type", SchoolType.SPECIAL_EDUCATION)));
        assertThat(result.schools()).hasSize(4);
    }
}
