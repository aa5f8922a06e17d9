package org.edubalance.planning.investment;

import java.util.Arrays;
import java.util.List;

/**
 * The least cost of making exactly {@code c} school segments compliant, for every {@code c}: a group knapsack over the
 * schools (each school picks one set of its segments) indexed by the count, so exact and independent of the size of
 * the sums of money. Counts of segments a set leaves out but that are compliant anyway are not credited, which only
 * makes the table cautious: the plan read back reaches at least its count.
 */
final class SegmentKnapsack {
    private final double[] cost;
    // choice[i][c]: the set of school i's segments picked on the way to c compliant segments after school i.
    private final byte[][] choice;

    private SegmentKnapsack(double[] cost, byte[][] choice) {
        this.cost = cost;
        this.choice = choice;
    }

    static SegmentKnapsack solve(List<SchoolOptions.Option[]> offers, int total) {
        double[] cost = new double[total + 1];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        byte[][] choice = new byte[offers.size()][total + 1];
        int reach = 0;
        for (int i = 0; i < offers.size(); i++) {
            SchoolOptions.Option[] byMask = offers.get(i);
            double[] next = new double[total + 1];
            Arrays.fill(next, Double.POSITIVE_INFINITY);
            int parts = Integer.numberOfTrailingZeros(byMask.length);
            for (int c = 0; c <= reach; c++) {
                if (Double.isInfinite(cost[c])) {
                    continue;
                }
                for (int mask = 0; mask < byMask.length; mask++) {
                    double price = byMask[mask].cost();
                    int to = c + Integer.bitCount(mask);
                    if (!Double.isInfinite(price) && cost[c] + price < next[to]) {
                        next[to] = cost[c] + price;
                        choice[i][to] = (byte) mask;
                    }
                }
            }
            reach += parts;
            System.arraycopy(next, 0, cost, 0, total + 1);
        }
        return new SegmentKnapsack(cost, choice);
    }

    /** The most compliant segments reachable within {@code budget} yuan. */
    int mostWithin(double budget) {
        for (int c = cost.length - 1; c >= 0; c--) {
            if (cost[c] <= budget + 1e-6 * Math.max(1, budget)) {
                return c;
            }
        }
        return 0;
    }

    /** The least cost of reaching more than {@code count} compliant segments; 0 when none can be reached. */
    double cheapestAbove(int count) {
        double least = Double.POSITIVE_INFINITY;
        for (int c = count + 1; c < cost.length; c++) {
            least = Math.min(least, cost[c]);
        }
        return Double.isInfinite(least) ? 0 : least;
    }

    /** The set of segments each school picks in the cheapest way to {@code count} compliant segments. */
    int[] masks(int count) {
        int[] masks = new int[choice.length];
        int c = count;
        for (int i = choice.length - 1; i >= 0; i--) {
            masks[i] = choice[i][c];
            c -= Integer.bitCount(masks[i]);
        }
        return masks;
    }
}
