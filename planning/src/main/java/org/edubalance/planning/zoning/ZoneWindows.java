package org.edubalance.planning.zoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.edubalance.planning.solver.MipSolver;

/**
 * Restricted exact models over windows of neighbouring zones (docs/planning/zoning.md §5.6): the search planner's
 * large-neighbourhood step. A window is one school's zone and the zones that touch it (the nearest few); its blocks are
 * freed, every other block keeps its school, and the exact model with contiguity cuts re-zones the window alone on
 * HiGHS within a second or two. A better window plan replaces the old one; the window moves on to the next school.
 * Where single moves of border blocks stall (a block can only leave a full school if another block makes room), the
 * window re-deals several zones at once.
 */
final class ZoneWindows {
    private static final int ZONES_PER_WINDOW = 4;
    private static final long WINDOW_NANOS = 2_000_000_000L;

    /** A window stops within 0.1 % of its own optimum: the last steps of HiGHS's search cost more than they bring. */
    private static final double WINDOW_GAP = 1e-3;

    private final ZoningInstance in;
    private final boolean[][] keep;

    ZoneWindows(ZoningInstance in, boolean[][] keep) {
        this.in = in;
        this.keep = keep;
    }

    /**
     * Passes over the schools until a whole pass improves nothing or {@code deadline} (System.nanoTime) passes; returns
     * the better plan (the same object when nothing improved).
     */
    ZoneState improve(ZoneState plan, long deadline, int threads) {
        return improve(plan, deadline, threads, new boolean[in.schools]);
    }

    /**
     * As {@link #improve(ZoneState, long, int)}, the windows around the schools marked {@code first} before the others
     * (a re-solve after a pin starts where the pin changed the plan). A window is not started with less than the
     * solver's least time limit left, so the deadline holds.
     */
    ZoneState improve(ZoneState plan, long deadline, int threads, boolean[] first) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < in.schools; j++) {
            if (first[j]) {
                order.add(j);
            }
        }
        for (int j = 0; j < in.schools; j++) {
            if (!first[j]) {
                order.add(j);
            }
        }
        long last = deadline - MipSolver.MIN_TIME_LIMIT_NANOS;
        ZoneState best = plan;
        boolean improved = true;
        while (improved && System.nanoTime() < last) {
            improved = false;
            for (int k = 0; k < order.size() && System.nanoTime() < last; k++) {
                ZoneState next =
                        window(best, order.get(k), Math.min(deadline, System.nanoTime() + WINDOW_NANOS), threads);
                if (next != null && next.overflow() == 0 && next.cost() < best.cost() - 1e-7 * Math.abs(best.cost())) {
                    best = next;
                    improved = true;
                }
            }
        }
        return best;
    }

    private ZoneState window(ZoneState plan, int centre, long deadline, int threads) {
        boolean[] chosen = new boolean[in.schools];
        for (int j : neighbours(plan, centre)) {
            chosen[j] = true;
        }
        boolean[][] window = new boolean[in.blocks][in.schools];
        for (int b = 0; b < in.blocks; b++) {
            int current = plan.school[b];
            if (chosen[current]) {
                for (int j = 0; j < in.schools; j++) {
                    window[b][j] = chosen[j] && (keep[b][j] || j == current);
                }
            }
        }
        ZoningCutModel.Outcome outcome =
                new ZoningCutModel(in, window, plan).solve(deadline, threads, plan.cost(), WINDOW_GAP);
        return outcome.plan();
    }

    /** The school and up to three zones touching its zone, nearest school first. */
    private List<Integer> neighbours(ZoneState plan, int centre) {
        boolean[] touching = new boolean[in.schools];
        for (int b = 0; b < in.blocks; b++) {
            if (plan.school[b] == centre) {
                for (int n : in.neighbours[b]) {
                    touching[plan.school[n]] = true;
                }
            }
        }
        touching[centre] = false;
        List<Integer> near = new ArrayList<>();
        for (int j = 0; j < in.schools; j++) {
            if (touching[j]) {
                near.add(j);
            }
        }
        int site = in.schoolBlock[centre];
        near.sort(Comparator.comparingDouble(j -> in.km[site][j]));
        List<Integer> chosen = new ArrayList<>(List.of(centre));
        chosen.addAll(near.subList(0, Math.min(ZONES_PER_WINDOW - 1, near.size())));
        return chosen;
    }
}
