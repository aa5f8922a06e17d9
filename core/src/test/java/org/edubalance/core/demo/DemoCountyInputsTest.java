package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputs;
import org.junit.jupiter.api.Test;

/** The county inputs carry the names the evaluator looks up, parse as numbers or flags, and mostly pass. */
class DemoCountyInputsTest {
    private static final Set<String> FLAGS = Set.of(
            "hs_quota_rural_tilt",
            "left_behind_care_system",
            "layout_plan_compliant",
            "urban_rural_unified_standards",
            "staffing_pooled",
            "school_charter_it_management",
            "ict_use_good",
            "moral_culture_good",
            "curriculum_complete",
            "no_excess_burden",
            "veto_exam_admission",
            "veto_school_choice",
            "veto_key_school_class",
            "provincial_basic_standard_met");
    /** Every county input that a shipped rule pack reads: the demo must provide each of them. */
    private static final Set<String> PACK_INPUTS = org.edubalance.core.standard.StandardCatalogue.shippedIds().stream()
            .map(org.edubalance.core.standard.StandardCatalogue::shipped)
            .flatMap(standard -> standard.items().stream())
            .flatMap(item -> item.conditions().stream())
            .flatMap(condition -> condition.inputs().stream())
            .collect(java.util.stream.Collectors.toSet());

    private static final List<CountyInputs> PROVINCE =
            new DemoDataGenerator(99).generate(DemoScale.PROVINCE, 2025).countyInputs();

    @Test
    void usesTheEvaluatorsInputNames() {
        assertThat(PACK_INPUTS).hasSizeGreaterThan(30);
        assertThat(CountyInputsGenerator.INPUT_NAMES).containsAll(PACK_INPUTS).doesNotHaveDuplicates();
        for (CountyInputs inputs : PROVINCE) {
            assertThat(CountyInputsGenerator.INPUT_NAMES)
                    .containsAll(inputs.inputByName().keySet());
        }
    }

    @Test
    void everyValueIsAFlagOrANumber() {
        for (CountyInputs inputs : PROVINCE) {
            for (CountyInput input : inputs.inputByName().values()) {
                if (FLAGS.contains(input.name())) {
                    assertThat(input.flag()).as(input.toString()).isNotNull();
                } else {
                    assertThat(input.number()).as(input.toString()).isPresent();
                    assertThat(input.number().getAsDouble())
                            .as(input.toString())
                            .isNotNegative();
                }
                assertThat(input.source()).isEqualTo("synthetic demo");
            }
        }
    }

    @Test
    void aboutOneCountyInEightLeavesSomeInputsOut() {
        long incomplete = PROVINCE.stream()
                .filter(inputs -> inputs.inputByName().size() < CountyInputsGenerator.INPUT_NAMES.size())
                .count();

        assertThat(incomplete).isBetween(6L, 25L);
    }

    @Test
    void mostCountiesPassEachItemAndAFewFail() {
        assertMostlyPassing("social_recognition_rate", v -> v >= 0.85);
        assertMostlyPassing("migrant_public_rate", v -> v >= 0.85);
        assertMostlyPassing("training_360h_rate", v -> v >= 1.0);
        assertMostlyPassing("monitoring_level_min", v -> v >= 3 && v <= 4);
        assertMostlyPassing("monitoring_diff_rate_max", v -> v < 0.15);
        assertMostlyPassing("eligible_basic_balance_years", v -> v >= 3);
        long failingSomething =
                PROVINCE.stream().filter(inputs -> failsSomething(inputs)).count();
        assertThat(failingSomething).isBetween(10L, 100L);
    }

    @Test
    void rotationFiguresAreConsistentCounts() {
        for (CountyInputs inputs : PROVINCE) {
            OptionalDouble eligible = number(inputs, "teachers_eligible_for_rotation");
            OptionalDouble rotated = number(inputs, "teachers_rotated");
            OptionalDouble backbone = number(inputs, "backbone_teachers_rotated");
            if (eligible.isPresent() && rotated.isPresent()) {
                assertThat(rotated.getAsDouble()).isLessThanOrEqualTo(eligible.getAsDouble());
            }
            if (rotated.isPresent() && backbone.isPresent()) {
                assertThat(backbone.getAsDouble()).isLessThanOrEqualTo(rotated.getAsDouble());
            }
        }
    }

    private static void assertMostlyPassing(String name, Predicate<Double> passes) {
        List<Double> values = PROVINCE.stream()
                .map(inputs -> number(inputs, name))
                .filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble)
                .toList();
        long passing = values.stream().filter(passes).count();
        assertThat(passing).as(name).isGreaterThan(values.size() * 85L / 100);
    }

    private static boolean failsSomething(CountyInputs inputs) {
        double teacherPay = number(inputs, "teacher_avg_pay_yuan").orElse(Double.MAX_VALUE);
        double civilPay = number(inputs, "civil_servant_avg_pay_yuan").orElse(0);
        boolean vetoed = inputs.inputByName().values().stream()
                .anyMatch(input -> input.name().startsWith("veto_") && Boolean.TRUE.equals(input.flag()));
        boolean flagDown = inputs.inputByName().values().stream()
                .anyMatch(input -> FLAGS.contains(input.name())
                        && !input.name().startsWith("veto_")
                        && Boolean.FALSE.equals(input.flag()));
        return teacherPay < civilPay
                || vetoed
                || flagDown
                || number(inputs, "social_recognition_rate").orElse(1) < 0.85
                || number(inputs, "junior_retention_rate_3yr").orElse(1) < 0.95
                || number(inputs, "disabled_enrollment_rate").orElse(1) < 0.95
                || number(inputs, "hs_quota_allocation_rate").orElse(1) < 0.5
                || number(inputs, "special_ed_funds_per_student_yuan").orElse(6000) < 6000
                || number(inputs, "monitoring_level_min").orElse(3) < 3
                || number(inputs, "monitoring_diff_rate_max").orElse(0) >= 0.15
                || number(inputs, "nearby_enrollment_rate_primary").orElse(1) < 1
                || number(inputs, "nearby_enrollment_rate_junior").orElse(1) < 0.95
                || number(inputs, "training_360h_rate").orElse(1) < 1
                || number(inputs, "migrant_public_rate").orElse(1) < 0.85
                || number(inputs, "eligible_basic_balance_years").orElse(3) < 3;
    }

    private static OptionalDouble number(CountyInputs inputs, String name) {
        return inputs.input(name).map(CountyInput::number).orElse(OptionalDouble.empty());
    }
}
