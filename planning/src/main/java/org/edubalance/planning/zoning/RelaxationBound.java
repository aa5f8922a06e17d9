package org.edubalance.planning.zoning;

/**
 * A proven lower bound on the student-km of any plan (docs/planning/zoning.md §5.5): the Lagrangian relaxation of the
 * capacities. Dropping contiguity and pricing each school's capacity in each year at λ ≥ 0, every block goes to its
 * cheapest allowed school at the price-adjusted cost, and
 *
 * <pre>L(λ) = Σ_b min_j [cost(b, j) + Σ_t λ(j, t) · entrants_t(b)] − Σ_(j,t) λ(j, t) · capacity(j)</pre>
 *
 * is below every plan's objective for any λ ≥ 0 (a plan within capacity pays at most its own cost for the priced
 * terms). The prices are raised by subgradient steps towards a target (Polyak's rule); the best L seen is the bound.
 * At its best it equals the linear relaxation of the assignment without contiguity, computed in O(blocks × schools ×
 * years) per step without a solver, so the city of 10,000 blocks × 300 schools gets a bound in seconds.
 *
 * <p>The final prices also fix pairs: a plan cheaper than an upper bound U pays, in price-adjusted costs, at most U −
 * L(λ) above each block's cheapest school, so a pair whose adjusted cost exceeds that margin is in no better plan
 * ({@link #keep}).
 */
final class RelaxationBound {
    private final ZoningInstance in;
    private final double[][] price;
    private double best = Double.NEGATIVE_INFINITY;
    private double[][] bestPrice;

    RelaxationBound(ZoningInstance in) {
        this.in = in;
        this.price = new double[in.schools][in.years];
        this.bestPrice = new double[in.schools][in.years];
    }

    /** The best bound found so far (−∞ before the first step). */
    double bound() {
        return best;
    }

    /**
     * Runs up to {@code steps} subgradient steps towards {@code target} (an upper bound, or NaN when none is known),
     * stopping early at {@code deadline} (System.nanoTime) or when the steps no longer move the bound.
     */
    void improve(int steps, double target, long deadline) {
        double step = 2.0;
        int stale = 0;
        double[][] load = new double[in.schools][in.years];
        for (int k = 0; k < steps && System.nanoTime() < deadline && step > 1e-6; k++) {
            for (double[] row : load) {
                java.util.Arrays.fill(row, 0);
            }
            double value = evaluate(price, load);
            if (best == Double.NEGATIVE_INFINITY || value > best + 1e-9 * Math.max(1, Math.abs(best))) {
                best = value;
                bestPrice = copy(price);
                stale = 0;
            } else if (++stale >= 20) {
                step /= 2;
                stale = 0;
            }
            double norm = 0;
            for (int j = 0; j < in.schools; j++) {
                for (int t = 0; t < in.years; t++) {
                    double g = load[j][t] - in.capacity[j];
                    if (price[j][t] > 0 || g > 0) {
                        norm += g * g;
                    }
                }
            }
            if (norm < 1e-12) {
                return; // every capacity holds at the cheapest schools: the bound is the relaxation's optimum
            }
            double goal = Double.isNaN(target) ? Math.abs(value) * 1.05 + 1 : target;
            double size = step * Math.max(goal - value, 1e-6 * Math.max(1, Math.abs(value))) / norm;
            for (int j = 0; j < in.schools; j++) {
                for (int t = 0; t < in.years; t++) {
                    price[j][t] = Math.max(0, price[j][t] + size * (load[j][t] - in.capacity[j]));
                }
            }
        }
    }

    /** L(prices), filling {@code load} with each school's entrants when every block takes its cheapest school. */
    private double evaluate(double[][] prices, double[][] load) {
        double sum = 0;
        for (int b = 0; b < in.blocks; b++) {
            int cheapest = -1;
            double least = Double.POSITIVE_INFINITY;
            for (int j = 0; j < in.schools; j++) {
                if (in.allowed[b][j]) {
                    double c = adjusted(prices, b, j);
                    if (c < least) {
                        least = c;
                        cheapest = j;
                    }
                }
            }
            sum += least;
            for (int t = 0; t < in.years; t++) {
                load[cheapest][t] += in.entrants[t][b];
            }
        }
        for (int j = 0; j < in.schools; j++) {
            for (int t = 0; t < in.years; t++) {
                sum -= prices[j][t] * in.capacity[j];
            }
        }
        return sum;
    }

    private double adjusted(double[][] prices, int b, int j) {
        double c = in.cost[b][j];
        for (int t = 0; t < in.years; t++) {
            c += prices[j][t] * in.entrants[t][b];
        }
        return c;
    }

    /** The price-adjusted cost of (b, j) at the best prices: the construction's order. */
    double adjusted(int b, int j) {
        return adjusted(bestPrice, b, j);
    }

    /**
     * Which pairs can be in a plan cheaper than {@code upper}: those whose adjusted cost is within U − L of their block's
     * cheapest (a little more, for rounding).
     */
    boolean[][] keep(double upper) {
        double margin = upper - best + 1e-7 * Math.max(1, Math.abs(upper));
        boolean[][] keep = new boolean[in.blocks][in.schools];
        for (int b = 0; b < in.blocks; b++) {
            double least = Double.POSITIVE_INFINITY;
            for (int j = 0; j < in.schools; j++) {
                if (in.allowed[b][j]) {
                    least = Math.min(least, adjusted(b, j));
                }
            }
            for (int j = 0; j < in.schools; j++) {
                keep[b][j] = in.allowed[b][j] && adjusted(b, j) - least <= margin;
            }
        }
        return keep;
    }

    private static double[][] copy(double[][] from) {
        double[][] to = new double[from.length][];
        for (int i = 0; i < from.length; i++) {
            to[i] = from[i].clone();
        }
        return to;
    }
}
