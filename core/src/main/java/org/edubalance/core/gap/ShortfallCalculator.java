package org.edubalance.core.gap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SchoolEvaluator;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Quantity;
import org.edubalance.core.standard.Standard;

/**
 * Computes each school's shortfall on every indicator below its standard.
 *
 * <p>Each indicator is linear in its numerator, so the amount to add is
 * {@code threshold × students ÷ per − current numerator}; to the 85 % floor it is
 * {@code floorRatio × threshold × students ÷ per − current numerator} (0 when the value already reaches it).
 * Countable quantities are rounded up to whole units. Example: 300 primary students with 10 above-degree
 * teachers (3.33 per 100) need 4.2 × 300 ÷ 100 − 10 = 2.6 → 3 more teachers.
 */
public final class ShortfallCalculator {
    /** Tolerance so that 3.0000000001 teachers do not round up to 4. */
    private static final double ROUNDING_SLACK = 1e-9;

    private final Standard standard;

    public ShortfallCalculator(Standard standard) {
        this.standard = standard;
    }

    /** Every (school, indicator) below its standard, in school order then pack order. */
    public List<Shortfall> shortfalls(List<SchoolEvaluation> schools) {
        double floorRatio =
                standard.schoolRule() == null ? 1.0 : standard.schoolRule().floorRatio();
        List<Shortfall> result = new ArrayList<>();
        for (SchoolEvaluation s : schools) {
            for (int k = 0; k < standard.indicators().size(); k++) {
                IndicatorScore score = s.scores().get(k);
                if (!score.hasThreshold() || score.met()) {
                    continue;
                }
                IndicatorDefinition indicator = standard.indicators().get(k);
                double current = SchoolEvaluator.numerator(indicator, s.part());
                double needed = score.threshold() * s.part().students() / indicator.per();
                double neededFloor = floorRatio * needed;
                Quantity q = indicator.gapQuantity();
                result.add(new Shortfall(
                        s.school().code(),
                        s.school().name(),
                        s.segment(),
                        indicator.id(),
                        q,
                        score.value(),
                        score.threshold(),
                        amount(needed - current, q),
                        amount(neededFloor - current, q)));
            }
        }
        return result;
    }

    /** County totals per segment and indicator, in the order the shortfalls first appear. */
    public static List<ShortfallTotal> totals(List<Shortfall> shortfalls) {
        Map<String, ShortfallTotal> totals = new LinkedHashMap<>();
        for (Shortfall s : shortfalls) {
            String key = s.segment() + "/" + s.indicatorId();
            ShortfallTotal t = totals.get(key);
            totals.put(
                    key,
                    t == null
                            ? new ShortfallTotal(
                                    s.segment(), s.indicatorId(), s.quantity(), 1, s.toThreshold(), s.toFloor())
                            : new ShortfallTotal(
                                    t.segment(),
                                    t.indicatorId(),
                                    t.quantity(),
                                    t.schools() + 1,
                                    t.toThreshold() + s.toThreshold(),
                                    t.toFloor() + s.toFloor()));
        }
        return List.copyOf(totals.values());
    }

    private static double amount(double raw, Quantity quantity) {
        if (raw <= 0) {
            return 0;
        }
        return quantity.isCountable() ? Math.ceil(raw - ROUNDING_SLACK) : raw;
    }
}
