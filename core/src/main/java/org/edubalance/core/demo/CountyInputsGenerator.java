package org.edubalance.core.demo;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;

/**
 * Makes up the county-level inputs of one synthetic county for consecutive years: the government-guarantee, quality and
 * social-recognition items that do not come from school rows (docs/standards.md §1.1, §1.4–§1.6), and the three inputs of the
 * 2012 basic-balance method (provincial basic standard, government effort score, public satisfaction; §2).
 *
 * <p>Values are anchored on the thresholds of those items (pay parity, 100 % training, rotation 10 % / 20 %, nearby
 * enrolment 100 % / 95 %, quota 50 %, migrants 85 %, special-education funds 6,000 yuan, retention and disabled
 * enrolment 95 %, monitoring level III and difference rate under 0.15, recognition 85 %, basic balance at least 3 years
 * earlier; 2012: effort score 85, satisfaction 85 %). Each item fails in about 1.5 % of counties (the vetoes in 1 %); a failing item is fixed with a 35 % chance
 * each later year. About one county in eight leaves one to four inputs out.
 */
final class CountyInputsGenerator {
    static final List<String> INPUT_NAMES = List.of(
            "teacher_avg_pay_yuan",
            "civil_servant_avg_pay_yuan",
            "training_360h_rate",
            "teachers_rotated",
            "teachers_eligible_for_rotation",
            "backbone_teachers_rotated",
            "nearby_enrollment_rate_primary",
            "nearby_enrollment_rate_junior",
            "hs_quota_allocation_rate",
            "hs_quota_rural_tilt",
            "migrant_public_rate",
            "left_behind_care_system",
            "special_ed_funds_per_student_yuan",
            "layout_plan_compliant",
            "urban_rural_unified_standards",
            "staffing_pooled",
            "junior_retention_rate_3yr",
            "disabled_enrollment_rate",
            "school_charter_it_management",
            "ict_use_good",
            "moral_culture_good",
            "curriculum_complete",
            "no_excess_burden",
            "monitoring_level_min",
            "monitoring_diff_rate_max",
            "social_recognition_rate",
            "veto_exam_admission",
            "veto_school_choice",
            "veto_key_school_class",
            "eligible_basic_balance_years",
            "provincial_basic_standard_met",
            "government_effort_score",
            "public_satisfaction_rate");
    private static final Set<String> DERIVED =
            Set.of("civil_servant_avg_pay_yuan", "teachers_eligible_for_rotation", "eligible_basic_balance_years");

    private static final List<Rate> RATES = List.of(
            Rate.ratio("nearby_enrollment_rate_primary", 1, 1, 0.97, 0.995),
            Rate.ratio("nearby_enrollment_rate_junior", 0.955, 1, 0.9, 0.945),
            Rate.ratio("hs_quota_allocation_rate", 0.5, 0.72, 0.4, 0.49),
            Rate.ratio("migrant_public_rate", 0.86, 0.99, 0.75, 0.84),
            Rate.ratio("junior_retention_rate_3yr", 0.955, 0.995, 0.92, 0.948),
            Rate.ratio("disabled_enrollment_rate", 0.955, 0.995, 0.9, 0.945),
            Rate.ratio("monitoring_diff_rate_max", 0.04, 0.14, 0.15, 0.22),
            Rate.ratio("social_recognition_rate", 0.86, 0.97, 0.78, 0.845),
            Rate.ratio("public_satisfaction_rate", 0.86, 0.97, 0.78, 0.845),
            new Rate("government_effort_score", 85.5, 98, 78, 84.5, 10));

    private final RegionCode county;
    private final int firstYear;
    private final Set<String> failing = new HashSet<>();
    private final Set<String> omitted = new HashSet<>();
    private final double firstTeacherPay;
    private final double rotationEligibleShare;
    private final int basicBalanceYear;

    CountyInputsGenerator(RegionCode county, int firstYear, RandomDraws draws) {
        this.county = county;
        this.firstYear = firstYear;
        for (String name : INPUT_NAMES) {
            if (!DERIVED.contains(name) && draws.chance(name.startsWith("veto_") ? 0.01 : 0.015)) {
                failing.add(name);
            }
        }
        this.firstTeacherPay = draws.uniform(85_000, 135_000);
        this.rotationEligibleShare = draws.uniform(0.2, 0.35);
        this.basicBalanceYear = firstYear - (draws.chance(0.05) ? draws.uniformInt(0, 2) : draws.uniformInt(3, 12));
        if (draws.chance(1.0 / 8)) {
            int count = draws.uniformInt(1, 4);
            while (omitted.size() < count) {
                omitted.add(draws.pick(INPUT_NAMES));
            }
        }
    }

    /** The inputs of {@code year}, given the county's school rows of that year; call once a year, in order. */
    CountyInputs inputsFor(int year, List<SchoolYear> schools, RandomDraws draws) {
        if (year > firstYear) {
            updateFailures(draws);
        }
        Map<String, String> values = new LinkedHashMap<>();
        putStaffing(values, year, schools, draws);
        for (Rate rate : RATES) {
            double value = fails(rate.name())
                    ? draws.uniform(rate.failLow(), rate.failHigh())
                    : draws.uniform(rate.passLow(), rate.passHigh());
            values.put(rate.name(), Double.toString(Math.round(value * rate.scale()) / rate.scale()));
        }
        values.put(
                "special_ed_funds_per_student_yuan",
                yuan(
                        fails("special_ed_funds_per_student_yuan")
                                ? draws.uniform(4500, 5900)
                                : draws.uniform(6000, 9000)));
        values.put("monitoring_level_min", fails("monitoring_level_min") ? "2" : draws.chance(0.7) ? "3" : "4");
        values.put("eligible_basic_balance_years", Integer.toString(Math.max(0, year - basicBalanceYear)));
        for (String name : INPUT_NAMES) {
            if (!values.containsKey(name)) {
                boolean vetoApplies = name.startsWith("veto_");
                values.put(name, Boolean.toString(vetoApplies == fails(name)));
            }
        }
        Map<String, CountyInput> inputByName = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!omitted.contains(name)) {
                inputByName.put(name, new CountyInput(name, value, DemoDataGenerator.INPUT_SOURCE));
            }
        });
        return new CountyInputs(county, year, inputByName);
    }

    /** A failing item is fixed with a 35 % chance a year; a passing one starts failing with a 0.5 % chance. */
    private void updateFailures(RandomDraws draws) {
        for (String name : INPUT_NAMES) {
            if (DERIVED.contains(name)) {
                continue;
            }
            if (failing.contains(name)) {
                if (draws.chance(0.35)) {
                    failing.remove(name);
                }
            } else if (draws.chance(0.005)) {
                failing.add(name);
            }
        }
    }

    /** Pay parity, training and rotation, the latter sized on the county's teachers. */
    private void putStaffing(Map<String, String> values, int year, List<SchoolYear> schools, RandomDraws draws) {
        double teacherPay = firstTeacherPay * Math.pow(1.03, year - firstYear);
        double civilServantShare = fails("teacher_avg_pay_yuan") ? draws.uniform(1.02, 1.08) : draws.uniform(0.93, 1);
        values.put("teacher_avg_pay_yuan", yuan(teacherPay));
        values.put("civil_servant_avg_pay_yuan", yuan(teacherPay * civilServantShare));
        values.put("training_360h_rate", fails("training_360h_rate") ? "0.98" : "1.0");
        int teachers = schools.stream()
                .mapToInt(s -> s.primary().teachers() + s.junior().teachers())
                .sum();
        int eligible = Math.max(10, (int) Math.round(teachers * rotationEligibleShare));
        int rotated = fails("teachers_rotated")
                ? (int) Math.floor(eligible * draws.uniform(0.05, 0.095))
                : (int) Math.ceil(eligible * draws.uniform(0.105, 0.18));
        int backbone = fails("backbone_teachers_rotated")
                ? (int) Math.floor(rotated * draws.uniform(0.08, 0.18))
                : (int) Math.ceil(rotated * draws.uniform(0.21, 0.35));
        values.put("teachers_eligible_for_rotation", Integer.toString(eligible));
        values.put("teachers_rotated", Integer.toString(rotated));
        values.put("backbone_teachers_rotated", Integer.toString(backbone));
    }

    private boolean fails(String name) {
        return failing.contains(name);
    }

    private static String yuan(double value) {
        return Long.toString(Math.round(value));
    }

    /**
     * A numeric input drawn from its passing range, or from its failing range when the item fails.
     *
     * @param scale {@code 10_000} for ratios written to four places, {@code 10} for scores to one place
     */
    private record Rate(String name, double passLow, double passHigh, double failLow, double failHigh, double scale) {
        static Rate ratio(String name, double passLow, double passHigh, double failLow, double failHigh) {
            return new Rate(name, passLow, passHigh, failLow, failHigh, 10_000);
        }
    }
}
