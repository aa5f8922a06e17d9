package org.edubalance.planning.zoning;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayDeque;
import org.edubalance.planning.solver.MipResult;
import org.edubalance.planning.solver.MipSolver;

/**
 * The linear relaxation of the assignment as a starting point (docs/planning/zoning.md §5.6). Without integrality
 * and contiguity, an optimum of the capacitated assignment splits at most one block per capacity row between schools;
 * every other block goes wholly to one school. Those blocks, kept where they are connected to their school, seed the
 * search planner's construction, which places the rest — a start close to the relaxation's optimum, where the
 * Lagrangian prices alone leave schools over capacity. The relaxation's optimum is also a lower bound on the pairs
 * solved (every plan cheaper than the upper bound uses only those pairs).
 */
final class LinearStart {
    private final ZoningInstance in;

    /** The relaxation's seed and its optimum. */
    record Seed(ZoneState partial, double bound) {}

    LinearStart(ZoningInstance in) {
        this.in = in;
    }

    /** The seed from the pairs {@code keep} allows, or null when the solver gives no optimum. */
    Seed solve(boolean[][] keep) {
        try (MipSolver lp = MipSolver.of(MipSolver.Backend.HIGHS_LP)) {
            MPSolver model = lp.model();
            MPVariable[][] x = new MPVariable[in.blocks][in.schools];
            for (int b = 0; b < in.blocks; b++) {
                MPConstraint one = model.makeConstraint(1, 1, "");
                for (int j = 0; j < in.schools; j++) {
                    if (keep[b][j]) {
                        x[b][j] = model.makeNumVar(0, 1, "");
                        one.setCoefficient(x[b][j], 1);
                        model.objective().setCoefficient(x[b][j], in.cost[b][j]);
                    }
                }
            }
            for (int j = 0; j < in.schools; j++) {
                for (int t = 0; t < in.years; t++) {
                    MPConstraint cap = model.makeConstraint(Double.NEGATIVE_INFINITY, in.capacity[j], "");
                    for (int b = 0; b < in.blocks; b++) {
                        if (x[b][j] != null) {
                            cap.setCoefficient(x[b][j], in.entrants[t][b]);
                        }
                    }
                }
            }
            model.objective().setMinimization();
            MipResult result = lp.solveWithoutTimeLimit();
            if (!result.optimal()) {
                return null;
            }
            ZoneState partial = new ZoneState(in);
            for (int b = 0; b < in.blocks; b++) {
                for (int j = 0; j < in.schools; j++) {
                    if (x[b][j] != null && x[b][j].solutionValue() > 1 - 1e-6) {
                        partial.assign(b, j);
                    }
                }
            }
            return new Seed(connected(partial), result.objective());
        }
    }

    /** {@code partial} without the blocks not connected to their school through blocks of the same school. */
    private ZoneState connected(ZoneState partial) {
        boolean[] kept = new boolean[in.blocks];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int j = 0; j < in.schools; j++) {
            int site = in.schoolBlock[j];
            if (partial.school[site] != j) {
                partial.assign(site, j);
            }
            kept[site] = true;
            queue.add(site);
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int n : in.neighbours[u]) {
                if (!kept[n] && partial.school[n] == partial.school[u]) {
                    kept[n] = true;
                    queue.add(n);
                }
            }
        }
        for (int b = 0; b < in.blocks; b++) {
            if (!kept[b]) {
                partial.assign(b, -1);
            }
        }
        return partial;
    }
}
