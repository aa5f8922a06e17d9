package org.edubalance.core.investment;

import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * One purchase of a plan.
 *
 * @param schoolCode the school
 * @param segment the segment whose teachers it adds to; {@code null} for a whole-school action (building, ground,
 *     equipment, multimedia rooms), which the evaluation splits between the segments by the standard's weights
 * @param action the action's name
 * @param kind the indicator kind it raises
 * @param quantity the amount, a whole multiple of the action's step
 * @param cost quantity × unit cost, in yuan
 */
public record PlannedAction(
        String schoolCode, @Nullable Segment segment, String action, InvestmentKind kind, long quantity, double cost) {
    public PlannedAction {
        if (quantity <= 0) {
            throw new IllegalArgumentException("A planned amount is positive, got " + quantity);
        }
    }
}
