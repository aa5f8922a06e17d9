package org.edubalance.planning.zoning;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The search planner (docs/planning/zoning.md §5.6): builds zones that are connected by construction and improves
 * them by moving border blocks, never breaking a zone.
 *
 * <p><b>Construction.</b> Zones grow from their schools' blocks. Every (block, school) pair at a zone's border is
 * offered in the order of its regret — how much dearer, in the relaxation's price-adjusted cost, than the block's
 * cheapest school — so blocks join their best school first and a block reaches a second-best school only when its
 * best one cannot take it (full, or not grown to it). A pair that does not fit the capacity waits; what is left at the
 * end joins the touching zone it overloads least.
 *
 * <p><b>Moves.</b> A border block moves to a touching zone when that lowers student-km plus a penalty per child over
 * capacity (larger than any distance, so a move that relieves an overloaded school always wins), and the zone it leaves
 * stays connected (a search over that zone alone). School blocks and pinned blocks never move.
 */
final class ContiguousSearch {
    private final ZoningInstance in;
    private final RelaxationBound prices;
    private final double penalty;
    /** The penalty per child over capacity, per school: raised on schools that stay overloaded ({@link #relieve}). */
    private final double[] weight;

    ContiguousSearch(ZoningInstance in, RelaxationBound prices) {
        this.in = in;
        this.prices = prices;
        double longest = 0;
        for (double[] row : in.km) {
            for (double d : row) {
                longest = Math.max(longest, d);
            }
        }
        this.penalty = 10 * longest + 1;
        this.weight = new double[in.schools];
        java.util.Arrays.fill(weight, penalty);
    }

    /**
     * Pushes overload out of schools that stay full, by raising their penalty: a block then leaves an overloaded school
     * for a touching school that is itself full (the overload moves on rather than grows), and from there on, until it
     * reaches a school with room. The penalties are set back once no school is over, or at {@code deadline}.
     */
    void relieve(ZoneState state, long deadline) {
        for (int round = 0; round < 500 && state.overflow() > 0 && System.nanoTime() < deadline; round++) {
            improve(state, deadline);
            for (int j = 0; j < in.schools; j++) {
                if (state.overflow(j) > 0) {
                    weight[j] *= 1.5;
                }
            }
        }
        java.util.Arrays.fill(weight, penalty);
        improve(state, deadline);
    }

    /** A complete plan grown from {@code partial} (blocks with school −1 are placed); zones stay connected. */
    ZoneState construct(ZoneState partial) {
        ZoneState state = partial.copy();
        for (int j = 0; j < in.schools; j++) {
            if (state.school[in.schoolBlock[j]] != j) {
                state.assign(in.schoolBlock[j], j);
            }
        }
        double[] least = new double[in.blocks];
        for (int b = 0; b < in.blocks; b++) {
            least[b] = Double.POSITIVE_INFINITY;
            for (int j = 0; j < in.schools; j++) {
                if (in.allowed[b][j]) {
                    least[b] = Math.min(least[b], prices.adjusted(b, j));
                }
            }
        }
        PriorityQueue<Offer> offers = new PriorityQueue<>();
        for (int b = 0; b < in.blocks; b++) {
            if (state.school[b] >= 0) {
                offerNeighbours(state, b, least, offers);
            }
        }
        List<Integer> waiting = new ArrayList<>();
        while (!offers.isEmpty()) {
            Offer offer = offers.poll();
            if (state.school[offer.block] >= 0) {
                continue;
            }
            if (!state.fits(offer.block, offer.school)) {
                waiting.add(offer.block);
                continue;
            }
            state.assign(offer.block, offer.school);
            offerNeighbours(state, offer.block, least, offers);
        }
        placeLeftovers(state, least);
        return state;
    }

    private void offerNeighbours(ZoneState state, int b, double[] least, PriorityQueue<Offer> offers) {
        int j = state.school[b];
        for (int n : in.neighbours[b]) {
            if (state.school[n] < 0 && in.allowed[n][j]) {
                offers.add(new Offer(prices.adjusted(n, j) - least[n], in.cost[n][j], n, j));
            }
        }
    }

    /** Blocks no zone could take within capacity join the touching zone they overload least, wave after wave. */
    private void placeLeftovers(ZoneState state, double[] least) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int b = 0; b < in.blocks; b++) {
                if (state.school[b] >= 0) {
                    continue;
                }
                int best = -1;
                double bestScore = Double.POSITIVE_INFINITY;
                for (int n : in.neighbours[b]) {
                    int j = state.school[n];
                    if (j >= 0 && in.allowed[b][j]) {
                        double score = penalty * state.overflowChange(j, b, 1) + in.cost[b][j];
                        if (score < bestScore) {
                            bestScore = score;
                            best = j;
                        }
                    }
                }
                if (best >= 0) {
                    state.assign(b, best);
                    progress = true;
                }
            }
        }
    }

    /**
     * Moves border blocks while a move lowers student-km plus the overload penalty, until none does or {@code
     * deadline} (System.nanoTime) passes. Returns whether it ran to a local optimum.
     */
    boolean improve(ZoneState state, long deadline) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int b = 0; b < in.blocks; b++) {
                if ((b & 255) == 0 && System.nanoTime() > deadline) {
                    return false;
                }
                moved |= tryMove(state, b);
            }
        }
        return true;
    }

    private boolean tryMove(ZoneState state, int b) {
        int from = state.school[b];
        if (from < 0 || in.schoolBlock[from] == b) {
            return false;
        }
        int best = -1;
        double bestDelta = -1e-9;
        double leave = weight[from] * state.overflowChange(from, b, -1) - in.cost[b][from];
        for (int n : in.neighbours[b]) {
            int to = state.school[n];
            if (to < 0 || to == from || !in.allowed[b][to]) {
                continue;
            }
            double delta = leave + in.cost[b][to] + weight[to] * state.overflowChange(to, b, 1);
            if (delta < bestDelta) {
                bestDelta = delta;
                best = to;
            }
        }
        if (best < 0 || !state.staysConnected(b)) {
            return false;
        }
        state.assign(b, best);
        return true;
    }

    private record Offer(double regret, double cost, int block, int school) implements Comparable<Offer> {
        @Override
        public int compareTo(Offer other) {
            int byRegret = Double.compare(regret, other.regret);
            if (byRegret != 0) {
                return byRegret;
            }
            int byCost = Double.compare(cost, other.cost);
            return byCost != 0 ? byCost : Integer.compare(block, other.block);
        }
    }
}
