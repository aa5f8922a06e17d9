package org.edubalance.planning.zoning;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.planning.solver.MipResult;
import org.edubalance.planning.solver.MipSolver;
import org.jspecify.annotations.Nullable;

/**
 * The exact model (docs/planning/zoning.md §5.5): the capacitated assignment of blocks to schools on HiGHS, with
 * contiguity imposed by <em>cut</em> constraints added as the solves find them, not by a flow.
 *
 * <p>Variables x(b, j) ∈ {0, 1} for the pairs that can be in a plan better than the search planner's (the relaxation
 * fixes the rest to 0, {@link RelaxationBound#keep}). Rows: each block in one zone; each school's zone within its
 * capacity in each horizon year (only where the pairs kept could exceed it); from the start, a block that is not its
 * school's needs a neighbour in the same zone, x(b, j) ≤ Σ_(n ∈ N(b)) x(n, j). Then, while the optimum has a zone in
 * pieces, every piece C that does not hold the school's block gets, for each of its blocks b, the separator cut x(b, j)
 * ≤ Σ_(n ∈ N(C)) x(n, j) — to reach the school's block, a block of C needs one of C's outside neighbours in the zone —
 * and the model is solved again. Each cut holds for every connected plan, so each optimum is a lower bound, and the
 * first connected optimum is the optimum.
 *
 * <p>Why cuts and not a flow: a single-commodity flow per school needs a flow variable per school and arc — 60
 * schools × 9,000 arcs = 540,000 columns for a county of 1,500 blocks — whereas the assignment that ignores contiguity
 * is already almost connected (each block wants its nearest school), so a few rounds of a few hundred cuts suffice.
 */
final class ZoningCutModel {
    private static final int CUTS_PER_PIECE = 25;

    /**
     * HiGHS stops when its incumbent is within this relative gap of its bound: half the contract's optimality gap, so an
     * optimum reported here is also {@code OPTIMAL} in the result, without the long tail of closing the last 0.01 %.
     */
    static final double REL_GAP = 5e-5;

    private final ZoningInstance in;
    private final boolean[][] keep;

    /** What a round of solves ended with. */
    record Outcome(@Nullable ZoneState plan, double bound, boolean optimal, int rounds, int cuts) {}

    /** The plan of the blocks the model leaves out (a window's surroundings), or null when it holds every block. */
    private final @Nullable ZoneState base;

    private final boolean[] active;

    ZoningCutModel(ZoningInstance in, boolean[][] keep) {
        this(in, keep, null);
    }

    /**
     * The model of the blocks that have a pair in {@code keep}; every other block keeps its school in {@code base}
     * (a window of the search planner, {@link ZoneWindows}).
     */
    ZoningCutModel(ZoningInstance in, boolean[][] keep, @Nullable ZoneState base) {
        this.in = in;
        this.keep = keep;
        this.base = base;
        this.active = new boolean[in.blocks];
        for (int b = 0; b < in.blocks; b++) {
            for (int j = 0; j < in.schools && !active[b]; j++) {
                active[b] = keep[b][j];
            }
        }
    }

    /** How many pairs the model has. */
    long pairs() {
        long count = 0;
        for (boolean[] row : keep) {
            for (boolean k : row) {
                count += k ? 1 : 0;
            }
        }
        return count;
    }

    /** Solves until the optimum is connected or {@code deadline} (System.nanoTime) passes. */
    Outcome solve(long deadline, int threads, double upper) {
        return solve(deadline, threads, upper, REL_GAP);
    }

    /**
     * Solves as {@link #solve(long, int, double)} with HiGHS stopping at {@code relativeGap}; a plan found when time
     * runs out is returned when its zones are connected (not optimal).
     */
    Outcome solve(long deadline, int threads, double upper, double relativeGap) {
        try (MipSolver mip = MipSolver.of(MipSolver.Backend.HIGHS)) {
            MPSolver model = mip.model();
            MPVariable[][] x = variables(model);
            rows(model, x);
            double bound = Double.NEGATIVE_INFINITY;
            int rounds = 0;
            int cuts = 0;
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return new Outcome(null, bound, false, rounds, cuts);
                }
                mip.parameters(
                        "mip_rel_gap=" + relativeGap,
                        Double.isNaN(upper) ? "" : "objective_bound=" + (upper + 1e-6 * upper));
                MipResult result = mip.solve(Duration.ofNanos(left), threads, Double.NaN);
                rounds++;
                // Under the cutoff, "infeasible" means no plan below it: the bound is the cutoff (+∞ here, capped by
                // the caller at its upper bound). The bound after an optimum is the objective less HiGHS's gap:
                // OR-Tools
                // 9.15 reports HiGHS's incumbent as its "best bound", so the bound HiGHS held is not available.
                if ("INFEASIBLE".equals(result.solverStatus())) {
                    return new Outcome(null, Double.POSITIVE_INFINITY, true, rounds, cuts);
                }
                if (!result.optimal()) {
                    ZoneState found = result.found() ? read(x) : null;
                    boolean whole = found != null && (!in.area.policy().contiguity() || cut(model, x, found) == 0);
                    return new Outcome(whole ? found : null, bound, false, rounds, cuts);
                }
                bound = Math.max(bound, result.objective() - relativeGap * Math.abs(result.objective()));
                ZoneState plan = read(x);
                int added = in.area.policy().contiguity() ? cut(model, x, plan) : 0;
                if (added == 0) {
                    return new Outcome(plan, bound, true, rounds, cuts);
                }
                cuts += added;
            }
        }
    }

    private MPVariable[][] variables(MPSolver model) {
        MPVariable[][] x = new MPVariable[in.blocks][in.schools];
        MPObjective objective = model.objective();
        for (int b = 0; b < in.blocks; b++) {
            for (int j = 0; j < in.schools; j++) {
                if (keep[b][j]) {
                    x[b][j] = model.makeBoolVar("x_" + b + "_" + j);
                    objective.setCoefficient(x[b][j], in.cost[b][j]);
                }
            }
        }
        objective.setMinimization();
        return x;
    }

    private void rows(MPSolver model, MPVariable[][] x) {
        for (int b = 0; b < in.blocks; b++) {
            if (!active[b]) {
                continue;
            }
            MPConstraint one = model.makeConstraint(1, 1, "one_" + b);
            for (int j = 0; j < in.schools; j++) {
                if (x[b][j] != null) {
                    one.setCoefficient(x[b][j], 1);
                }
            }
        }
        for (int j = 0; j < in.schools; j++) {
            if (x[in.schoolBlock[j]][j] == null) {
                continue; // a school outside the window: its zone stays as it is
            }
            x[in.schoolBlock[j]][j].setLb(1);
            for (int t = 0; t < in.years; t++) {
                if (dominated(x, j, t)) {
                    continue;
                }
                double most = 0;
                double fixed = 0;
                for (int b = 0; b < in.blocks; b++) {
                    most += x[b][j] != null ? in.entrants[t][b] : 0;
                    fixed += !active[b] && base != null && base.school[b] == j ? in.entrants[t][b] : 0;
                }
                if (most + fixed > in.capacity[j] + 1e-9) {
                    MPConstraint cap = model.makeConstraint(
                            Double.NEGATIVE_INFINITY, in.capacity[j] - fixed, "cap_" + j + "_" + t);
                    for (int b = 0; b < in.blocks; b++) {
                        if (x[b][j] != null) {
                            cap.setCoefficient(x[b][j], in.entrants[t][b]);
                        }
                    }
                }
            }
        }
        if (in.area.policy().contiguity()) {
            for (int b = 0; b < in.blocks; b++) {
                for (int j = 0; j < in.schools; j++) {
                    if (x[b][j] != null && in.schoolBlock[j] != b) {
                        separator(model, x, b, j, in.neighbours[b]);
                    }
                }
            }
        }
    }

    /**
     * Whether year {@code t}'s capacity row of school {@code j} follows from another year's: every block that can join
     * sends no more entrants in {@code t} than in that year (the earlier of two equal years is kept). Equal rows make the
     * solver's work harder for nothing.
     */
    private boolean dominated(MPVariable[][] x, int j, int t) {
        for (int other = 0; other < in.years; other++) {
            if (other == t) {
                continue;
            }
            boolean covers = true;
            boolean equal = true;
            for (int b = 0; b < in.blocks && covers; b++) {
                if (x[b][j] != null) {
                    covers = in.entrants[t][b] <= in.entrants[other][b];
                    equal &= in.entrants[t][b] == in.entrants[other][b];
                }
            }
            if (covers && (!equal || other < t)) {
                return true;
            }
        }
        return false;
    }

    /** x(b, j) ≤ Σ_(n ∈ outside) x(n, j). */
    private static void separator(MPSolver model, MPVariable[][] x, int b, int j, int[] outside) {
        MPConstraint row = model.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
        row.setCoefficient(x[b][j], 1);
        for (int n : outside) {
            if (x[n][j] != null) {
                row.setCoefficient(x[n][j], -1);
            }
        }
    }

    private ZoneState read(MPVariable[][] x) {
        ZoneState plan = new ZoneState(in);
        for (int b = 0; b < in.blocks; b++) {
            if (!active[b] && base != null) {
                plan.assign(b, base.school[b]);
                continue;
            }
            for (int j = 0; j < in.schools; j++) {
                if (x[b][j] != null && x[b][j].solutionValue() > 0.5) {
                    plan.assign(b, j);
                    break;
                }
            }
        }
        return plan;
    }

    /** Adds the separator cuts of every piece of a zone cut off from its school; returns how many. */
    private int cut(MPSolver model, MPVariable[][] x, ZoneState plan) {
        boolean[] seen = new boolean[in.blocks];
        for (int j = 0; j < in.schools; j++) {
            piece(plan, in.schoolBlock[j], seen);
        }
        int added = 0;
        for (int b = 0; b < in.blocks; b++) {
            if (seen[b]) {
                continue;
            }
            int j = plan.school[b];
            List<Integer> piece = piece(plan, b, seen);
            boolean[] inPiece = new boolean[in.blocks];
            piece.forEach(p -> inPiece[p] = true);
            List<Integer> border = new ArrayList<>();
            boolean[] listed = new boolean[in.blocks];
            for (int p : piece) {
                for (int n : in.neighbours[p]) {
                    if (!inPiece[n] && !listed[n]) {
                        listed[n] = true;
                        border.add(n);
                    }
                }
            }
            int[] outside = border.stream().mapToInt(Integer::intValue).toArray();
            for (int k = 0; k < Math.min(CUTS_PER_PIECE, piece.size()); k++) {
                separator(model, x, piece.get(k), j, outside);
                added++;
            }
        }
        return added;
    }

    /** The blocks of {@code start}'s zone connected to it, marked in {@code seen}. */
    private List<Integer> piece(ZoneState plan, int start, boolean[] seen) {
        int j = plan.school[start];
        List<Integer> found = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[start] = true;
        queue.add(start);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            found.add(u);
            for (int n : in.neighbours[u]) {
                if (!seen[n] && plan.school[n] == j) {
                    seen[n] = true;
                    queue.add(n);
                }
            }
        }
        return found;
    }
}
