package org.edubalance.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.funding.FundingFormula;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.core.standard.AssessmentItem;
import org.edubalance.core.standard.Condition;
import org.edubalance.core.standard.Condition.FlagIs;
import org.edubalance.core.standard.Condition.InputAtLeast;
import org.edubalance.core.standard.Condition.InputBelow;
import org.edubalance.core.standard.Condition.InputNotBelowInput;
import org.edubalance.core.standard.Condition.InputRatioAtLeast;
import org.edubalance.core.standard.Condition.SchoolCheck;
import org.edubalance.core.standard.SchoolCheckKind;
import org.jspecify.annotations.Nullable;

/**
 * Judges the non-resource items of a pack (government guarantee, quality, social recognition, vetoes,
 * eligibility) from the county inputs and the in-scope school rows.
 *
 * <p>An item is met when every condition holds; it is {@link ItemStatus#NOT_MET} when any condition is known to
 * fail, and {@link ItemStatus#MISSING} when nothing fails but an input is absent or unreadable — never a silent
 * pass. Comparisons follow docs/standards.md §0.2: "以上 / 不低于" is ≥, "低于" is strict.
 */
public final class ItemEvaluator {
    private static final int LISTED_SCHOOLS = 5;
    /** What a per-school check returns when the school lacks the figures it needs (compared by identity). */
    private static final Finding LACKING = Finding.of(FindingCode.SCHOOLS_LACK_FIGURES);
    /** What a per-school check returns for a failing school beyond the listed ones: it is counted, not described. */
    private static final Finding FAILED = Finding.of(FindingCode.SCHOOLS_FAIL_CHECK);

    private final CountyInputs inputs;
    private final List<SchoolYear> schools;

    public ItemEvaluator(CountyInputs inputs, List<SchoolYear> schools) {
        this.inputs = inputs;
        this.schools = List.copyOf(schools);
    }

    public ItemResult evaluate(AssessmentItem item) {
        Outcome outcome = new Outcome();
        for (Condition condition : item.conditions()) {
            switch (condition) {
                case InputAtLeast c ->
                    number(c.input(), outcome)
                            .ifPresent(v -> outcome.judge(
                                    v >= c.min(), compared(c.input(), v, v >= c.min() ? "≥" : "<", c.min())));
                case InputBelow c ->
                    number(c.input(), outcome).ifPresent(v -> {
                        boolean ok = c.inclusive() ? v <= c.max() : v < c.max();
                        outcome.judge(ok, compared(c.input(), v, ok ? (c.inclusive() ? "≤" : "<") : "≥", c.max()));
                    });
                case InputNotBelowInput c -> {
                    OptionalDouble a = number(c.input(), outcome);
                    OptionalDouble b = number(c.reference(), outcome);
                    if (a.isPresent() && b.isPresent()) {
                        boolean ok = a.getAsDouble() >= b.getAsDouble();
                        outcome.judge(
                                ok,
                                Finding.of(
                                        FindingCode.INPUTS_COMPARED,
                                        "input",
                                        c.input(),
                                        "value",
                                        a.getAsDouble(),
                                        "relation",
                                        ok ? "≥" : "<",
                                        "reference",
                                        c.reference(),
                                        "referenceValue",
                                        b.getAsDouble()));
                    }
                }
                case InputRatioAtLeast c -> {
                    OptionalDouble a = number(c.numerator(), outcome);
                    OptionalDouble b = number(c.denominator(), outcome);
                    if (a.isPresent() && b.isPresent()) {
                        double ratio = b.getAsDouble() == 0 ? 0 : a.getAsDouble() / b.getAsDouble();
                        boolean ok = b.getAsDouble() > 0 && ratio >= c.min();
                        outcome.judge(
                                ok,
                                Finding.of(
                                        FindingCode.RATIO_COMPARED,
                                        "numerator",
                                        c.numerator(),
                                        "denominator",
                                        c.denominator(),
                                        "ratio",
                                        ratio,
                                        "relation",
                                        ok ? "≥" : "<",
                                        "bound",
                                        c.min()));
                    }
                }
                case FlagIs c ->
                    flag(c.input(), outcome)
                            .ifPresent(v -> outcome.judge(
                                    v == c.expected(),
                                    v == c.expected()
                                            ? Finding.of(FindingCode.FLAG_AS_EXPECTED, "input", c.input(), "value", v)
                                            : Finding.of(
                                                    FindingCode.FLAG_NOT_AS_EXPECTED,
                                                    "input",
                                                    c.input(),
                                                    "value",
                                                    v,
                                                    "expected",
                                                    c.expected())));
                case SchoolCheck c -> schoolCheck(c, outcome);
            }
        }
        return new ItemResult(item, outcome.status(), outcome.evidence, outcome.missing);
    }

    private static Finding compared(String input, double value, String relation, double bound) {
        return Finding.of(
                FindingCode.INPUT_COMPARED, "input", input, "value", value, "relation", relation, "bound", bound);
    }

    private OptionalDouble number(String name, Outcome outcome) {
        @Nullable CountyInput input = inputs.input(name).orElse(null);
        if (input == null) {
            outcome.missing(name, Finding.of(FindingCode.INPUT_NOT_GIVEN, "input", name));
            return OptionalDouble.empty();
        }
        OptionalDouble v = input.number();
        if (v.isEmpty()) {
            outcome.missing(name, Finding.of(FindingCode.INPUT_NOT_A_NUMBER, "input", name, "raw", input.rawValue()));
        }
        return v;
    }

    private java.util.Optional<Boolean> flag(String name, Outcome outcome) {
        @Nullable CountyInput input = inputs.input(name).orElse(null);
        if (input == null) {
            outcome.missing(name, Finding.of(FindingCode.INPUT_NOT_GIVEN, "input", name));
            return java.util.Optional.empty();
        }
        Boolean v = input.flag();
        if (v == null) {
            outcome.missing(name, Finding.of(FindingCode.INPUT_NOT_A_FLAG, "input", name, "raw", input.rawValue()));
        }
        return java.util.Optional.ofNullable(v);
    }

    private void schoolCheck(SchoolCheck check, Outcome outcome) {
        List<Finding> failing = new ArrayList<>();
        int failingCount = 0;
        List<SchoolYear> lacking = new ArrayList<>();
        int checked = 0;
        for (SchoolYear s : schools) {
            // Only the first few failing schools are listed, so only they get a finding with their figures.
            boolean listed = failingCount < LISTED_SCHOOLS;
            Finding verdict = switch (check.kind()) {
                case SCHOOL_SIZE -> schoolSize(s, check, listed);
                case CLASS_SIZE -> classSize(s, check, listed);
                case MUSIC_ART_ROOMS -> musicArtRooms(s, check, listed);
                case SMALL_SCHOOL_FUNDS -> smallSchoolFunds(s, check, listed);
                case TRAINING_FUNDS_SHARE -> trainingFunds(s, check, listed);
                case CERTIFIED_TEACHERS -> certified(s, check, listed);
            };
            if (verdict == null) {
                checked++;
            } else if (verdict == LACKING) {
                lacking.add(s);
            } else {
                checked++;
                // Only the first few are listed; the rest are counted.
                if (failingCount++ < LISTED_SCHOOLS) {
                    failing.add(verdict);
                }
            }
        }
        SchoolCheckKind kind = check.kind();
        if (failingCount > 0) {
            outcome.judge(
                    false,
                    Finding.of(
                            FindingCode.SCHOOLS_FAIL_CHECK,
                            "failing",
                            failingCount,
                            "checked",
                            checked,
                            "check",
                            kind,
                            "schools",
                            failing,
                            "more",
                            failingCount > LISTED_SCHOOLS));
        } else if (!lacking.isEmpty() || checked == 0) {
            outcome.judge(true, Finding.of(FindingCode.SCHOOLS_PASS_CHECK, "checked", checked, "check", kind));
        } else {
            outcome.judge(true, Finding.of(FindingCode.ALL_SCHOOLS_PASS_CHECK, "checked", checked, "check", kind));
        }
        if (!lacking.isEmpty()) {
            // An id, not a sentence: missing inputs are listed as ids in every language.
            outcome.missing(
                    "schools." + kind.name().toLowerCase(Locale.ROOT),
                    Finding.of(
                            FindingCode.SCHOOLS_LACK_FIGURES,
                            "count",
                            lacking.size(),
                            "check",
                            kind,
                            "example",
                            SchoolRef.of(lacking.getFirst())));
        }
    }

    private static @Nullable Finding schoolSize(SchoolYear s, SchoolCheck c, boolean listed) {
        double max = s.type().isOneThrough() ? c.parameter("maxOneThrough") : c.parameter("maxSingleSegment");
        int students = s.compulsoryStudents();
        return students <= max
                ? null
                : !listed
                        ? FAILED
                        : Finding.of(
                                FindingCode.SCHOOL_TOO_LARGE,
                                "school",
                                SchoolRef.of(s),
                                "students",
                                students,
                                "max",
                                max);
    }

    private static @Nullable Finding classSize(SchoolYear s, SchoolCheck c, boolean listed) {
        Integer largest = s.supplementary().maxClassSize();
        if (largest == null) {
            return LACKING;
        }
        // Only the school's largest class is reported; a school with junior classes is held to the junior cap.
        boolean primaryOnly = s.junior().students() == 0;
        double max = primaryOnly ? c.parameter("primaryMax") : c.parameter("juniorMax");
        return largest <= max
                ? null
                : !listed
                        ? FAILED
                        : Finding.of(
                                FindingCode.CLASS_TOO_LARGE, "school", SchoolRef.of(s), "largest", largest, "max", max);
    }

    private static @Nullable Finding musicArtRooms(SchoolYear s, SchoolCheck c, boolean listed) {
        SupplementaryFigures f = s.supplementary();
        if (f.musicRooms() == null || f.artRooms() == null) {
            return LACKING;
        }
        int classes = s.primary().classes() + s.junior().classes();
        int needed = (int) Math.ceil(classes / c.parameter("classesPerRoom"));
        if (f.musicRooms() >= needed && f.artRooms() >= needed) {
            return null;
        }
        if (!listed) {
            return FAILED;
        }
        return Finding.of(
                FindingCode.TOO_FEW_MUSIC_ART_ROOMS,
                "school",
                SchoolRef.of(s),
                "classes",
                classes,
                "needed",
                needed,
                "music",
                f.musicRooms(),
                "art",
                f.artRooms());
    }

    private static @Nullable Finding smallSchoolFunds(SchoolYear s, SchoolCheck c, boolean listed) {
        double floor = c.parameter("headcountFloor");
        // The formula's floor decides whom the item covers and what it requires (village schools and teaching points
        // with 0 < n < floor; base × floor / n), so the item and `plan funding` read the same numbers.
        if (!FundingFormula.floorApplies(s, floor)) {
            return null;
        }
        Double funds = s.supplementary().publicFundsYuan();
        if (funds == null) {
            return LACKING;
        }
        double required = FundingFormula.floored(
                FundingFormula.base(c.parameter("primaryBenchmarkYuan"), c.parameter("juniorBenchmarkYuan"), s),
                floor,
                s.compulsoryStudents());
        return funds >= required
                ? null
                : !listed
                        ? FAILED
                        : Finding.of(
                                FindingCode.FUNDS_BELOW_REQUIRED,
                                "school",
                                SchoolRef.of(s),
                                "funds",
                                funds,
                                "required",
                                required);
    }

    private static @Nullable Finding trainingFunds(SchoolYear s, SchoolCheck c, boolean listed) {
        Double training = s.supplementary().trainingFundsYuan();
        Double funds = s.supplementary().publicFundsYuan();
        if (training == null || funds == null) {
            return LACKING;
        }
        double share = funds == 0 ? 0 : training / funds;
        return share >= c.parameter("minShare")
                ? null
                : !listed
                        ? FAILED
                        : Finding.of(
                                FindingCode.TRAINING_SHARE_LOW,
                                "school",
                                SchoolRef.of(s),
                                "share",
                                share,
                                "min",
                                c.parameter("minShare"));
    }

    private static @Nullable Finding certified(SchoolYear s, SchoolCheck c, boolean listed) {
        Integer certified = s.supplementary().certifiedTeachers();
        if (certified == null) {
            return LACKING;
        }
        int teachers = s.primary().teachers() + s.junior().teachers();
        double share = teachers == 0 ? 1 : (double) certified / teachers;
        return share >= c.parameter("minShare")
                ? null
                : !listed
                        ? FAILED
                        : Finding.of(
                                FindingCode.TEACHERS_NOT_CERTIFIED,
                                "school",
                                SchoolRef.of(s),
                                "certified",
                                certified,
                                "teachers",
                                teachers);
    }

    /** Accumulates the conditions of one item. */
    private static final class Outcome {
        private final List<Finding> evidence = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();
        private boolean failed;

        void judge(boolean ok, Finding finding) {
            failed |= !ok;
            evidence.add(finding);
        }

        void missing(String input, Finding finding) {
            if (!missing.contains(input)) {
                missing.add(input);
            }
            evidence.add(finding);
        }

        ItemStatus status() {
            if (failed) {
                return ItemStatus.NOT_MET;
            }
            return missing.isEmpty() ? ItemStatus.MET : ItemStatus.MISSING;
        }
    }
}
