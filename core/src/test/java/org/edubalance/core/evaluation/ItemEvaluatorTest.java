package org.edubalance.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.school.SchoolFixtures;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.core.standard.AssessmentItem;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

class ItemEvaluatorTest {
    private final Standard standard = StandardCatalogue.shipped("cn-2017-quality");

    private ItemResult evaluate(String itemId, Map<String, String> inputs, List<SchoolYear> schools) {
        Map<String, CountyInput> byName = new HashMap<>();
        inputs.forEach((k, v) -> byName.put(k, new CountyInput(k, v, "test")));
        AssessmentItem item = standard.items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow();
        return new ItemEvaluator(new CountyInputs(SchoolFixtures.COUNTY.code(), 2025, byName), schools).evaluate(item);
    }

    @Test
    void rotationNeedsTenPercentOfEligibleAndTwentyPercentBackbone() {
        assertThat(evaluate(
                                "gov_teacher_exchange",
                                Map.of(
                                        "teachers_rotated",
                                        "100",
                                        "teachers_eligible_for_rotation",
                                        "1000",
                                        "backbone_teachers_rotated",
                                        "20"),
                                List.of())
                        .status())
                .isEqualTo(ItemStatus.MET);
        ItemResult low = evaluate(
                "gov_teacher_exchange",
                Map.of(
                        "teachers_rotated",
                        "99",
                        "teachers_eligible_for_rotation",
                        "1000",
                        "backbone_teachers_rotated",
                        "30"),
                List.of());
        assertThat(low.status()).isEqualTo(ItemStatus.NOT_MET);
        assertThat(low.evidence())
                .contains(Finding.of(
                        FindingCode.RATIO_COMPARED,
                        "numerator",
                        "teachers_rotated",
                        "denominator",
                        "teachers_eligible_for_rotation",
                        "ratio",
                        0.099,
                        "relation",
                        "<",
                        "bound",
                        0.1));
    }

    @Test
    void missingInputMakesTheItemMissingNotPassed() {
        ItemResult result = evaluate("gov_teacher_salary_parity", Map.of("teacher_avg_pay_yuan", "90000"), List.of());
        assertThat(result.status()).isEqualTo(ItemStatus.MISSING);
        assertThat(result.missingInputs()).containsExactly("civil_servant_avg_pay_yuan");
    }

    @Test
    void knownFailureWinsOverAMissingInput() {
        ItemResult result = evaluate("gov_hs_quota_allocation", Map.of("hs_quota_allocation_rate", "0.45"), List.of());
        assertThat(result.status()).isEqualTo(ItemStatus.NOT_MET);
        assertThat(result.missingInputs()).containsExactly("hs_quota_rural_tilt");
    }

    @Test
    void monitoringDifferenceRateMustBeStrictlyBelowTheLimit() {
        // "低于0.15" is strict (docs/standards.md §0.2).
        assertThat(evaluate(
                                "q_national_monitoring",
                                Map.of("monitoring_level_min", "3", "monitoring_diff_rate_max", "0.15"),
                                List.of())
                        .status())
                .isEqualTo(ItemStatus.NOT_MET);
        assertThat(evaluate(
                                "q_national_monitoring",
                                Map.of("monitoring_level_min", "3", "monitoring_diff_rate_max", "0.149"),
                                List.of())
                        .status())
                .isEqualTo(ItemStatus.MET);
    }

    @Test
    void percentagesAndChineseFlagsAreRead() {
        assertThat(evaluate("social_recognition", Map.of("social_recognition_rate", "85%"), List.of())
                        .status())
                .isEqualTo(ItemStatus.MET);
        assertThat(evaluate("gov_layout_plan", Map.of("layout_plan_compliant", "是"), List.of())
                        .status())
                .isEqualTo(ItemStatus.MET);
        assertThat(evaluate("veto_key_school_class", Map.of("veto_key_school_class", "否"), List.of())
                        .status())
                .isEqualTo(ItemStatus.MET);
        assertThat(evaluate("veto_key_school_class", Map.of("veto_key_school_class", "是"), List.of())
                        .status())
                .isEqualTo(ItemStatus.NOT_MET);
    }

    @Test
    void schoolSizeAllowsOneThroughSchoolsMore() {
        SchoolYear big = SchoolFixtures.school(
                "5001",
                SchoolType.PRIMARY,
                org.edubalance.core.school.Location.URBAN,
                SchoolFixtures.segment(2100, 45, 120),
                org.edubalance.core.school.SegmentFigures.NONE,
                0,
                SharedAssets.NONE);
        SchoolYear oneThrough = SchoolFixtures.school(
                "5002",
                SchoolType.NINE_YEAR,
                org.edubalance.core.school.Location.URBAN,
                SchoolFixtures.segment(1400, 30, 80),
                SchoolFixtures.segment(1000, 20, 80),
                0,
                SharedAssets.NONE);
        ItemResult result = evaluate("gov_school_size", Map.of(), List.of(big, oneThrough));
        assertThat(result.status()).isEqualTo(ItemStatus.NOT_MET);
        Finding fails = result.evidence().getFirst();
        assertThat(result.evidence()).hasSize(1);
        assertThat(fails.code()).isEqualTo(FindingCode.SCHOOLS_FAIL_CHECK);
        assertThat(fails.params())
                .containsEntry("failing", 1)
                .containsEntry("checked", 2)
                .containsEntry("more", false)
                .containsEntry(
                        "schools",
                        List.of(Finding.of(
                                FindingCode.SCHOOL_TOO_LARGE,
                                "school",
                                new SchoolRef(big.code(), big.name()),
                                "students",
                                2100,
                                "max",
                                2000.0)));
    }

    @Test
    void onlyTheFirstFiveFailingSchoolsAreDescribedTheRestCounted() {
        List<SchoolYear> big = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            big.add(SchoolFixtures.school(
                    "510" + i,
                    SchoolType.PRIMARY,
                    org.edubalance.core.school.Location.URBAN,
                    SchoolFixtures.segment(2100, 45, 120),
                    org.edubalance.core.school.SegmentFigures.NONE,
                    0,
                    SharedAssets.NONE));
        }
        Finding fails = evaluate("gov_school_size", Map.of(), big).evidence().getFirst();
        assertThat(fails.params()).containsEntry("failing", 7).containsEntry("more", true);
        assertThat((List<?>) fails.params().get("schools")).hasSize(5);
    }

    @Test
    void classSizeWithoutTheFigureIsMissing() {
        SchoolYear school = SchoolFixtures.primarySchoolWithBooks("6001", 300, 3000);
        ItemResult result = evaluate("gov_class_size", Map.of(), List.of(school));
        assertThat(result.status()).isEqualTo(ItemStatus.MISSING);
        SchoolYear withFigure =
                school.withSupplementary(new SupplementaryFigures(46, 0, 1, 1, 0, 0, 0, 0, 1e5, 6e3, 1));
        assertThat(evaluate("gov_class_size", Map.of(), List.of(withFigure)).status())
                .isEqualTo(ItemStatus.NOT_MET);
    }

    @Test
    void musicAndArtRoomsAreOnePerTwelveClassesRoundedUp() {
        SchoolYear school = SchoolFixtures.school(
                        "7001",
                        SchoolType.PRIMARY,
                        org.edubalance.core.school.Location.URBAN,
                        SchoolFixtures.segment(1000, 25, 60),
                        org.edubalance.core.school.SegmentFigures.NONE,
                        0,
                        SharedAssets.NONE)
                .withSupplementary(new SupplementaryFigures(45, 0, 2, 3, 0, 0, 0, 0, 1e5, 6e3, 60));
        ItemResult result = evaluate("gov_music_art_rooms", Map.of(), List.of(school));
        assertThat(result.status()).isEqualTo(ItemStatus.NOT_MET);
        assertThat(result.evidence().getFirst().params().get("schools"))
                .isEqualTo(List.of(Finding.of(
                        FindingCode.TOO_FEW_MUSIC_ART_ROOMS,
                        "school",
                        new SchoolRef(school.code(), school.name()),
                        "classes",
                        25,
                        "needed",
                        3,
                        "music",
                        2,
                        "art",
                        3)));
    }

    private static SchoolYear small(
            String code, SchoolType type, org.edubalance.core.school.Location location, int pupils, Double funds) {
        return SchoolFixtures.school(
                        code,
                        type,
                        location,
                        SchoolFixtures.segment(pupils, 3, 6),
                        org.edubalance.core.school.SegmentFigures.NONE,
                        0,
                        SharedAssets.NONE)
                .withSupplementary(
                        new SupplementaryFigures(null, null, null, null, null, null, null, null, funds, null, null));
    }

    @Test
    void smallSchoolFundsCoverTheFormulasFloorVillageSchoolsAndTeachingPointsWithStudents() {
        // Rural primary of 30: 650 × 30 = 19500 × 100 / 30 = 65000 required; 64999 fails, as FundingFormula floors it.
        SchoolYear rural = small("8001", SchoolType.PRIMARY, org.edubalance.core.school.Location.RURAL, 30, 64999.0);
        // An urban primary of 30 is no village school: the item does not cover it, however little it gets.
        SchoolYear urban = small("8002", SchoolType.PRIMARY, org.edubalance.core.school.Location.URBAN, 30, 100.0);
        // A teaching point in a town is covered; 65000 meets the floor exactly.
        SchoolYear point =
                small("8003", SchoolType.TEACHING_POINT, org.edubalance.core.school.Location.TOWN, 30, 65000.0);
        // A rural school without students has nothing to raise (it failed with a NaN requirement before).
        SchoolYear empty = small("8004", SchoolType.PRIMARY, org.edubalance.core.school.Location.RURAL, 0, 0.0);

        ItemResult result = evaluate("gov_small_school_funds", Map.of(), List.of(rural, urban, point, empty));

        assertThat(result.status()).isEqualTo(ItemStatus.NOT_MET);
        Finding fails = result.evidence().getFirst();
        assertThat(fails.params()).containsEntry("failing", 1);
        assertThat(fails.params().get("schools"))
                .isEqualTo(List.of(Finding.of(
                        FindingCode.FUNDS_BELOW_REQUIRED,
                        "school",
                        new SchoolRef(rural.code(), rural.name()),
                        "funds",
                        64999.0,
                        "required",
                        org.edubalance.core.funding.FundingFormula.floored(650.0 * 30, 100, 30))));
        assertThat(evaluate("gov_small_school_funds", Map.of(), List.of(urban, point, empty))
                        .status())
                .isEqualTo(ItemStatus.MET);
    }
}
