package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * The CV step (docs/planning/investment.md §3.3): a county's per-school plan completed by {@link CvRepair} until every
 * CV is within its limit — the fallback when the water levels fail, and the start of the benchmark's peer.
 */
final class CvStep {
    private final Standard standard;
    private final Map<InvestmentKind, Cover> covers;

    CvStep(Standard standard, Map<InvestmentKind, Cover> covers) {
        this.standard = standard;
        this.covers = covers;
    }

    /** The CV step's plan of a county (see {@link #repaired}) with {@code bound}, or null. */
    CountyCvLoop.@Nullable CountyPlan plan(
            int year, List<SchoolYear> schools, List<PlannedAction> actions, InvestmentChecker checker, double bound) {
        List<PlannedAction> repaired = repaired(year, schools, actions, checker);
        if (repaired == null) {
            return null;
        }
        double cost = checker.check(schools, year, repaired).cost();
        return new CountyCvLoop.CountyPlan(repaired, cost, false, Math.min(bound, cost));
    }

    /** {@code actions} completed by the CV step until every CV of {@code schools} is within its limit, or null. */
    private @Nullable List<PlannedAction> repaired(
            int year, List<SchoolYear> schools, List<PlannedAction> actions, InvestmentChecker checker) {
        InvestmentChecker.Checked checked = checker.check(schools, year, actions);
        List<PlannedAction> completed = new ArrayList<>(actions);
        if (!repairCvs(year, checked, completed)) {
            return null;
        }
        List<PlannedAction> merged = merge(completed);
        return checker.check(schools, year, merged).cvOverLimit().isEmpty() ? merged : null;
    }

    private boolean repairCvs(int year, InvestmentChecker.Checked checked, List<PlannedAction> actions) {
        CvRepair repair = new CvRepair(standard, covers);
        Map<String, Long> trainable = CvRepair.trainable(checked.after());
        for (PlannedAction a : actions) {
            if (a.kind() == InvestmentKind.TRAIN_BACKBONE_TEACHER) {
                trainable.merge(a.schoolCode() + " " + a.segment(), -a.quantity(), Long::sum);
            }
        }
        Map<String, List<SchoolYear>> byCounty = new TreeMap<>();
        for (SchoolYear s : checked.after()) {
            if (s.year() == year) {
                byCounty.computeIfAbsent(s.county().code().value(), c -> new ArrayList<>())
                        .add(s);
            }
        }
        for (String over : checked.cvOverLimit()) {
            String[] words = over.split(" ");
            var indicator = standard.indicators().stream()
                    .filter(i -> i.id().equals(words[2]))
                    .findFirst()
                    .orElseThrow();
            var segment = org.edubalance.core.school.Segment.valueOf(words[1]);
            if (!repair.repair(byCounty.get(words[0]), segment, indicator, actions, trainable)) {
                return false;
            }
        }
        return true;
    }

    /** Adds up the amounts of the same action for the same school segment, in plan order. */
    private static List<PlannedAction> merge(List<PlannedAction> actions) {
        Map<String, PlannedAction> merged = new LinkedHashMap<>();
        for (PlannedAction a : actions) {
            merged.merge(
                    a.schoolCode() + " " + a.segment() + " " + a.action(),
                    a,
                    (x, y) -> new PlannedAction(
                            x.schoolCode(),
                            x.segment(),
                            x.action(),
                            x.kind(),
                            x.quantity() + y.quantity(),
                            x.cost() + y.cost()));
        }
        return List.copyOf(merged.values());
    }
}
