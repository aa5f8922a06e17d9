package org.edubalance.core.investment;

/**
 * One row of the costs file: an action that raises one indicator.
 *
 * @param name the action's name, e.g. {@code build_sports_ground}
 * @param kind the indicator it raises and the quantities it adds to
 * @param unit the unit of its amount (teacher, m², yuan, room)
 * @param unitCostYuan the cost of one unit in yuan (an editable planning figure, not an official price)
 * @param step the smallest amount: every amount is a whole multiple of it
 * @param source where the cost comes from
 */
public record InvestmentAction(
        String name, InvestmentKind kind, String unit, double unitCostYuan, long step, String source) {
    public InvestmentAction {
        if (!(unitCostYuan >= 0) || Double.isInfinite(unitCostYuan)) {
            throw new IllegalArgumentException("A unit cost is finite and never negative, got " + unitCostYuan);
        }
        if (step <= 0) {
            throw new IllegalArgumentException("A step is positive, got " + step);
        }
    }

    /** The cost of one step. */
    public double stepCost() {
        return unitCostYuan * step;
    }
}
