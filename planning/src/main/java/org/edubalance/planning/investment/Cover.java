package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.investment.InvestmentAction;

/**
 * The cheapest way to add at least {@code q} units with the actions of one indicator, each bought in whole steps.
 *
 * <p>With one action (the shipped file) it is {@code ⌈q / step⌉} steps. With several (a bureau's own rows) it is an
 * unbounded covering knapsack, solved exactly by dynamic programming over units of the steps' greatest common divisor;
 * only when that table would exceed {@link #MAX_CELLS} cells does it fall back to the best single action and say it is
 * not proven ({@link Purchase#exact()} false).
 */
final class Cover {
    static final int MAX_CELLS = 2_000_000;

    private final List<InvestmentAction> actions;
    private final long gcd;

    Cover(List<InvestmentAction> actions) {
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("No action");
        }
        this.actions = List.copyOf(actions);
        long g = 0;
        for (InvestmentAction a : actions) {
            g = gcd(g, a.step());
        }
        this.gcd = g;
    }

    /**
     * The amounts bought and their cost.
     *
     * @param amounts the amount of each action, in the cover's action order
     * @param cost their cost in yuan
     * @param exact whether the cost is proven least
     */
    record Purchase(long[] amounts, double cost, boolean exact) {
        long total() {
            long sum = 0;
            for (long a : amounts) {
                sum += a;
            }
            return sum;
        }
    }

    /** The least cost of one unit among the actions (what any amount costs at the least per unit). */
    double leastUnitCost() {
        return actions.stream()
                .mapToDouble(InvestmentAction::unitCostYuan)
                .min()
                .orElseThrow();
    }

    List<InvestmentAction> actions() {
        return actions;
    }

    /** The cheapest purchase of at least {@code q} units ({@code q ≤ 0}: nothing). */
    Purchase atLeast(long q) {
        long[] amounts = new long[actions.size()];
        if (q <= 0) {
            return new Purchase(amounts, 0.0, true);
        }
        if (actions.size() == 1) {
            long steps = ceilDiv(q, actions.getFirst().step());
            amounts[0] = steps * actions.getFirst().step();
            return new Purchase(amounts, steps * actions.getFirst().stepCost(), true);
        }
        long units = ceilDiv(q, gcd);
        if (units > MAX_CELLS) {
            return bestSingle(q);
        }
        int n = (int) units;
        double[] best = new double[n + 1];
        int[] choice = new int[n + 1];
        for (int x = 1; x <= n; x++) {
            best[x] = Double.POSITIVE_INFINITY;
            for (int i = 0; i < actions.size(); i++) {
                long size = actions.get(i).step() / gcd;
                double c = actions.get(i).stepCost() + best[(int) Math.max(0, x - size)];
                if (c < best[x]) {
                    best[x] = c;
                    choice[x] = i;
                }
            }
        }
        for (int x = n; x > 0; ) {
            InvestmentAction a = actions.get(choice[x]);
            amounts[choice[x]] += a.step();
            x = (int) Math.max(0, x - a.step() / gcd);
        }
        return new Purchase(amounts, best[n], true);
    }

    private Purchase bestSingle(long q) {
        Purchase best = null;
        for (int i = 0; i < actions.size(); i++) {
            long steps = ceilDiv(q, actions.get(i).step());
            double cost = steps * actions.get(i).stepCost();
            if (best == null || cost < best.cost()) {
                long[] amounts = new long[actions.size()];
                amounts[i] = steps * actions.get(i).step();
                best = new Purchase(amounts, cost, false);
            }
        }
        return best;
    }

    /** Each amount as a list of (action, amount) pairs with a positive amount. */
    List<Bought> bought(Purchase p) {
        List<Bought> list = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (p.amounts()[i] > 0) {
                list.add(new Bought(actions.get(i), p.amounts()[i]));
            }
        }
        return list;
    }

    /** An action and its amount. */
    record Bought(InvestmentAction action, long quantity) {}

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
