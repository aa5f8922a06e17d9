package org.edubalance.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputs;
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
import org.jspecify.annotations.Nullable;

/**
 * Judges the non-resource items of a pack (government guarantee, quality, social recognition, vetoes,
 * eligibility) from the county inputs and the in-scope school rows.
 *
 * <p>An item is met when every condition holds; it is {@link ItemStatus#NOT_MET} when any condition is known to
 * fail, and {@link ItemStatus#MISSING} when nothing fails but an input is absent or unreadable — never a silent
 * pass. Comparisons follow standards.md §0.2: "以上 / 不低于" is ≥, "低于" is strict.
 */
public final class ItemEvaluator {
    private static final int LISTED_SCHOOLS = 5;

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
                                    v >= c.min(),
                                    c.input() + " = " + fmt(v) + (v >= c.min() ? " ≥ " : " < ") + fmt(c.min())));
                case InputBelow c ->
                    number(c.input(), outcome).ifPresent(v -> {
                        boolean ok = c.inclusive() ? v <= c.max() : v < c.max();
                        outcome.judge(
                                ok,
                                c.input() + " = " + fmt(v) + (ok ? (c.inclusive() ? " ≤ " : " < ") : " ≥ ")
                                        + fmt(c.max()));
                    });
                case InputNotBelowInput c -> {
                    OptionalDouble a = number(c.input(), outcome);
                    OptionalDouble b = number(c.reference(), outcome);
                    if (a.isPresent() && b.isPresent()) {
                        boolean ok = a.getAsDouble() >= b.getAsDouble();
                        outcome.judge(
                                ok,
                                c.input() + " = " + fmt(a.getAsDouble()) + (ok ? " ≥ " : " < ") + c.reference() + " = "
                                        + fmt(b.getAsDouble()));
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
                                c.numerator() + " ÷ " + c.denominator() + " = " + fmt(ratio) + (ok ? " ≥ " : " < ")
                                        + fmt(c.min()));
                    }
                }
                case FlagIs c ->
                    flag(c.input(), outcome)
                            .ifPresent(v -> outcome.judge(
                                    v == c.expected(),
                                    c.input() + " = " + v
                                            + (v == c.expected() ? "" : " (expected " + c.expected() + ")")));
                case SchoolCheck c -> schoolCheck(c, outcome);
            }
        }
        return new ItemResult(item, outcome.status(), outcome.evidence, outcome.missing);
    }

    private OptionalDouble number(String name, Outcome outcome) {
        @Nullable CountyInput input = inputs.input(name).orElse(null);
        if (input == null) {
            outcome.missing(name, name + " not given");
            return OptionalDouble.empty();
        }
        OptionalDouble v = input.number();
        if (v.isEmpty()) {
            outcome.missing(name, name + " = '" + input.rawValue() + "' is not a number");
        }
        return v;
    }

    private java.util.Optional<Boolean> flag(String name, Outcome outcome) {
        @Nullable CountyInput input = inputs.input(name).orElse(null);
        if (input == null) {
            outcome.missing(name, name + " not given");
            return java.util.Optional.empty();
        }
        Boolean v = input.flag();
        if (v == null) {
            outcome.missing(name, name + " = '" + input.rawValue() + "' is not true/false (是/否)");
        }
        return java.util.Optional.ofNullable(v);
    }

    private void schoolCheck(SchoolCheck check, Outcome outcome) {
        List<String> failing = new ArrayList<>();
        int failingCount = 0;
        List<String> lacking = new ArrayList<>();
        int checked = 0;
        for (SchoolYear s : schools) {
            String verdict = switch (check.kind()) {
                case SCHOOL_SIZE -> schoolSize(s, check);
                case CLASS_SIZE -> classSize(s, check);
                case MUSIC_ART_ROOMS -> musicArtRooms(s, check);
                case SMALL_SCHOOL_FUNDS -> smallSchoolFunds(s, check);
                case TRAINING_FUNDS_SHARE -> trainingFunds(s, check);
                case CERTIFIED_TEACHERS -> certified(s, check);
            };
            if (verdict == null) {
                checked++;
            } else if (verdict.startsWith("?")) {
                lacking.add(s.code().value());
            } else {
                checked++;
                // Only the first few are listed; the rest are counted.
                if (failingCount++ < LISTED_SCHOOLS) {
                    failing.add(s.name() + " (" + s.code() + "): " + verdict);
                }
            }
        }
        String name = check.kind().name().toLowerCase(Locale.ROOT);
        if (failingCount > 0) {
            outcome.judge(
                    false,
                    failingCount + " of " + (checked) + " schools fail " + name + ": " + String.join("; ", failing)
                            + (failingCount > LISTED_SCHOOLS ? "; …" : ""));
        } else if (!lacking.isEmpty() || checked == 0) {
            outcome.judge(true, checked + " schools pass " + name);
        } else {
            outcome.judge(true, "all " + checked + " schools pass " + name);
        }
        if (!lacking.isEmpty()) {
            outcome.missing(
                    name + " figures of " + lacking.size() + " schools",
                    lacking.size() + " schools lack the figures for " + name + " (e.g. " + lacking.getFirst() + ")");
        }
    }

    private static @Nullable String schoolSize(SchoolYear s, SchoolCheck c) {
        double max = s.type().isOneThrough() ? c.parameter("maxOneThrough") : c.parameter("maxSingleSegment");
        int students = s.compulsoryStudents();
        return students <= max ? null : students + " students > " + fmt(max);
    }

    private static @Nullable String classSize(SchoolYear s, SchoolCheck c) {
        Integer largest = s.supplementary().maxClassSize();
        if (largest == null) {
            return "?";
        }
        // Only the school's largest class is reported; a school with junior classes is held to the junior cap.
        boolean primaryOnly = s.junior().students() == 0;
        double max = primaryOnly ? c.parameter("primaryMax") : c.parameter("juniorMax");
        return largest <= max ? null : "largest class " + largest + " > " + fmt(max);
    }

    private static @Nullable String musicArtRooms(SchoolYear s, SchoolCheck c) {
        SupplementaryFigures f = s.supplementary();
        if (f.musicRooms() == null || f.artRooms() == null) {
            return "?";
        }
        int classes = s.primary().classes() + s.junior().classes();
        int needed = (int) Math.ceil(classes / c.parameter("classesPerRoom"));
        if (f.musicRooms() >= needed && f.artRooms() >= needed) {
            return null;
        }
        return classes + " classes need " + needed + " music and " + needed + " art rooms, has " + f.musicRooms()
                + " music and " + f.artRooms() + " art";
    }

    private static @Nullable String smallSchoolFunds(SchoolYear s, SchoolCheck c) {
        double floor = c.parameter("headcountFloor");
        int students = s.compulsoryStudents();
        if (students >= floor) {
            return null;
        }
        Double funds = s.supplementary().publicFundsYuan();
        if (funds == null) {
            return "?";
        }
        double benchmark = (s.primary().students() * c.parameter("primaryBenchmarkYuan")
                        + s.junior().students() * c.parameter("juniorBenchmarkYuan"))
                / students;
        double required = benchmark * floor;
        return funds >= required ? null : "public funds " + fmt(funds) + " < " + fmt(required) + " yuan";
    }

    private static @Nullable String trainingFunds(SchoolYear s, SchoolCheck c) {
        Double training = s.supplementary().trainingFundsYuan();
        Double funds = s.supplementary().publicFundsYuan();
        if (training == null || funds == null) {
            return "?";
        }
        double share = funds == 0 ? 0 : training / funds;
        return share >= c.parameter("minShare")
                ? null
                : "training share " + fmt(share) + " < " + fmt(c.parameter("minShare"));
    }

    private static @Nullable String certified(SchoolYear s, SchoolCheck c) {
        Integer certified = s.supplementary().certifiedTeachers();
        if (certified == null) {
            return "?";
        }
        int teachers = s.primary().teachers() + s.junior().teachers();
        double share = teachers == 0 ? 1 : (double) certified / teachers;
        return share >= c.parameter("minShare") ? null : certified + " of " + teachers + " teachers certified";
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        // BigDecimal rather than String.format: this runs for every failing school of every county.
        return java.math.BigDecimal.valueOf(v)
                .setScale(4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Accumulates the conditions of one item. */
    private static final class Outcome {
        private final List<String> evidence = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();
        private boolean failed;

        void judge(boolean ok, String text) {
            failed |= !ok;
            evidence.add(text);
        }

        void missing(String input, String text) {
            if (!missing.contains(input)) {
                missing.add(input);
            }
            evidence.add(text);
        }

        ItemStatus status() {
            if (failed) {
                return ItemStatus.NOT_MET;
            }
            return missing.isEmpty() ? ItemStatus.MET : ItemStatus.MISSING;
        }
    }
}
