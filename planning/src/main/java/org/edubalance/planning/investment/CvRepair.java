package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.SchoolEvaluator;
import org.edubalance.core.evaluation.ScopeDecision;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.investment.InvestmentApplier;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.statistics.inequality.CoefficientOfVariation;

/**
 * Brings a county CV over its limit down by raising the lowest school segments of that indicator: repeatedly the
 * lowest part that can still be raised is lifted to the next higher value (at most the county mean), which always
 * lowers the enrolment-weighted spread. A heuristic: the plan it completes is reported FEASIBLE with the separable
 * optimum as its proven lower bound (docs/planning/investment.md §3).
 */
final class CvRepair {
    private static final int MAX_ROUNDS = 200_000;

    private final Standard standard;
    private final SegmentSplitter splitter;
    private final Map<InvestmentKind, Cover> covers;

    CvRepair(Standard standard, Map<InvestmentKind, Cover> covers) {
        this.standard = standard;
        this.splitter = new SegmentSplitter(standard.split());
        this.covers = covers;
    }

    /**
     * Adds actions to {@code schools} (one county's in-scope rows with the plan so far applied, replaced in place) until
     * the CV of {@code indicator} in {@code segment} is within its limit; false when no action can get it there.
     */
    boolean repair(
            List<SchoolYear> schools,
            Segment segment,
            IndicatorDefinition indicator,
            List<PlannedAction> added,
            Map<String, Long> trainable) {
        var kind = InvestmentKind.ofIndicator(indicator.id());
        if (kind.isEmpty() || !covers.containsKey(kind.get())) {
            return false;
        }
        Cover cover = covers.get(kind.get());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<SegmentPart> parts = new ArrayList<>();
            List<Integer> rowOf = new ArrayList<>();
            for (int i = 0; i < schools.size(); i++) {
                if (!ScopeDecision.of(standard.scope(), schools.get(i)).inScope()) {
                    continue;
                }
                for (SegmentPart p : splitter.split(schools.get(i))) {
                    if (p.segment() == segment) {
                        parts.add(p);
                        rowOf.add(i);
                    }
                }
            }
            int n = parts.size();
            double[] x = new double[n];
            double[] w = new double[n];
            double num = 0;
            double students = 0;
            for (int i = 0; i < n; i++) {
                x[i] = SchoolEvaluator.value(indicator, parts.get(i));
                w[i] = parts.get(i).students();
                num += SchoolEvaluator.numerator(indicator, parts.get(i));
                students += w[i];
            }
            if (standard.cv().passes(CoefficientOfVariation.weighted(x, w, n), segment)) {
                return true;
            }
            double mean = indicator.per() * num / students;
            int lowest = -1;
            for (int i = 0; i < n; i++) {
                if (x[i] < mean && raisable(parts.get(i), kind.get(), trainable) && (lowest < 0 || x[i] < x[lowest])) {
                    lowest = i;
                }
            }
            if (lowest < 0) {
                return false;
            }
            double target = mean;
            for (int i = 0; i < n; i++) {
                if (x[i] > x[lowest] * (1 + 1e-9) && x[i] < target) {
                    target = x[i];
                }
            }
            SegmentPart part = parts.get(lowest);
            double share = kind.get().perSegment() ? 1.0 : part.assetShare();
            double shortfall = (target - x[lowest]) * part.students() / indicator.per();
            long need = Math.max(1, (long) Math.ceil(shortfall / share));
            Cover.Purchase buy = cover.atLeast(need);
            String code = part.school().code().value();
            Segment actionSegment = kind.get().perSegment() ? segment : null;
            if (kind.get() == InvestmentKind.TRAIN_BACKBONE_TEACHER) {
                String key = code + " " + segment;
                long left = trainable.get(key);
                if (buy.total() > left) {
                    buy = cover.atLeast(left);
                    if (buy.total() > left || buy.total() == 0) {
                        trainable.put(key, 0L);
                        continue;
                    }
                }
                trainable.put(key, left - buy.total());
            }
            List<PlannedAction> bought = new ArrayList<>();
            for (Cover.Bought b : cover.bought(buy)) {
                bought.add(new PlannedAction(
                        code,
                        actionSegment,
                        b.action().name(),
                        kind.get(),
                        b.quantity(),
                        b.quantity() * b.action().unitCostYuan()));
            }
            added.addAll(bought);
            int row = rowOf.get(lowest);
            schools.set(row, InvestmentApplier.apply(schools.get(row), bought));
        }
        return false;
    }

    private static boolean raisable(SegmentPart part, InvestmentKind kind, Map<String, Long> trainable) {
        return kind != InvestmentKind.TRAIN_BACKBONE_TEACHER
                || trainable.getOrDefault(part.school().code().value() + " " + part.segment(), 0L) > 0;
    }

    /** How many teachers each school segment may still have trained, before any plan: "code SEGMENT" → count. */
    static Map<String, Long> trainable(List<SchoolYear> schools) {
        Map<String, Long> left = new HashMap<>();
        for (SchoolYear s : schools) {
            for (Segment seg : Segment.values()) {
                var f = s.segment(seg);
                left.put(s.code().value() + " " + seg, (long) Math.max(0, f.teachers() - f.backboneTeachers()));
            }
        }
        return left;
    }
}
