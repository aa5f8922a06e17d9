package org.edubalance.planning.groups;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.admission.HomeDistance;
import org.edubalance.planning.groups.GroupSegment.Site;
import org.edubalance.planning.solver.MipResult;
import org.edubalance.planning.solver.MipSolver;

/**
 * The exact model of one segment's groups on HiGHS (docs/planning/groups.md §3). A binary x[c][s] for each core c and
 * member s within the distance limit; each member in at most one group; each group between groupMinSize − 1 and
 * groupMaxSize − 1 members; each group's mean strength at least the floor f, which is linear:
 * Σ_s (strength_s − f)·x[c][s] ≥ −(strength_c − f), in millionths so that the row's coefficients are whole numbers.
 * Lexicographic, in two solves of the same model: first the most members placed, then, with that many kept, the least
 * total distance in metres. Both solves run with a relative gap of 0: OPTIMAL means proven, not "within 0.01 %".
 */
final class GroupSolver {
    /** A member within the limit of a core: indices into the segment's cores and members, and the metres between. */
    record Arc(int core, int member, long metres) {}

    /**
     * What the solves found.
     *
     * @param coreOf each member's core (an index into the cores), −1 when in no group
     * @param metres the plan's total distance
     * @param boundMetres a proven lower bound on the total distance of any plan placing as many
     */
    record Solution(int[] coreOf, PlanningStatus status, long metres, double boundMetres) {}

    private final GroupSegment in;
    private final GroupPolicy policy;
    private final List<Arc> arcs = new ArrayList<>();

    GroupSolver(GroupSegment in, GroupPolicy policy) {
        this.in = in;
        this.policy = policy;
        for (int c = 0; c < in.cores().size(); c++) {
            GeoPoint core = in.cores().get(c).position();
            for (int s = 0; s < in.members().size(); s++) {
                GeoPoint member = in.members().get(s).position();
                if (core == null || member == null) {
                    continue;
                }
                double km = HomeDistance.km(core, member);
                if (km <= policy.maxDistanceKm()) {
                    arcs.add(new Arc(c, s, Math.round(km * 1000)));
                }
            }
        }
    }

    /** The member–core pairs within the distance limit, by core then member. */
    List<Arc> arcs() {
        return arcs;
    }

    /**
     * Solves until {@code deadline} ({@link System#nanoTime()}; each solve gets at least a second).
     *
     * @throws org.edubalance.planning.PlanningProblemInvalidException when the limits leave no plan, naming why
     */
    Solution solve(long deadline) {
        int[] coreOf = new int[in.members().size()];
        Arrays.fill(coreOf, -1);
        if (in.cores().isEmpty()) {
            return new Solution(coreOf, PlanningStatus.OPTIMAL, 0, 0);
        }
        new GroupLimits(in, policy, arcs).explainImpossibleCores();
        try (MipSolver mip = MipSolver.of(MipSolver.Backend.HIGHS)) {
            MPSolver model = mip.model();
            MPVariable[] x = build(model);
            MPObjective objective = model.objective();
            for (MPVariable v : x) {
                objective.setCoefficient(v, 1);
            }
            objective.setMaximization();
            // A gap of 0: proven means proven.
            mip.parameters("mip_rel_gap=0");
            MipResult most = mip.solve(left(deadline), 1, Double.NaN);
            if ("INFEASIBLE".equals(most.solverStatus())) {
                throw new GroupLimits(in, policy, arcs).sharedMembersLeaveNoPlan();
            }
            if (!most.found()) {
                throw new org.edubalance.planning.PlanningProblemInvalidException(
                        "No plan of the " + in.segment().name().toLowerCase(java.util.Locale.ROOT)
                                + " groups was found within the time limit. Maybe a longer --time-limit.");
            }
            read(x, coreOf);
            long placed = Math.round(most.objective());
            long metres = metres(coreOf);
            keepPlaced(model, x, placed);
            for (int k = 0; k < x.length; k++) {
                objective.setCoefficient(x[k], arcs.get(k).metres());
            }
            objective.setMinimization();
            MipResult shortest = mip.solve(left(deadline), 1, Double.NaN);
            boolean proven = most.optimal() && shortest.optimal();
            if (shortest.found()) {
                read(x, coreOf);
                metres = Math.round(shortest.objective());
            }
            double bound = shortest.found()
                    ? shortest.provenBound(() -> relaxation(placed))
                    : Math.min(metres, relaxation(placed));
            return new Solution(coreOf, proven ? PlanningStatus.OPTIMAL : PlanningStatus.FEASIBLE, metres, bound);
        }
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /** The variables and the rows; the objective is the caller's. */
    private MPVariable[] build(MPSolver model) {
        MPVariable[] x = new MPVariable[arcs.size()];
        int cores = in.cores().size();
        MPConstraint[] once = new MPConstraint[in.members().size()];
        MPConstraint[] size = new MPConstraint[cores];
        MPConstraint[] floor = new MPConstraint[cores];
        long f = Math.round(policy.minMeanStrength() * 1e6);
        for (int c = 0; c < cores; c++) {
            size[c] = model.makeConstraint(policy.minSize() - 1, policy.maxSize() - 1, "size_" + c);
            floor[c] = model.makeConstraint(-(in.cores().get(c).micro() - f), Double.POSITIVE_INFINITY, "floor_" + c);
        }
        for (int k = 0; k < x.length; k++) {
            Arc a = arcs.get(k);
            Site member = in.members().get(a.member());
            x[k] = model.makeBoolVar("x_" + a.core() + "_" + a.member());
            if (once[a.member()] == null) {
                once[a.member()] = model.makeConstraint(0, 1, "once_" + a.member());
            }
            once[a.member()].setCoefficient(x[k], 1);
            size[a.core()].setCoefficient(x[k], 1);
            floor[a.core()].setCoefficient(x[k], member.micro() - f);
        }
        return x;
    }

    private static void keepPlaced(MPSolver model, MPVariable[] x, long placed) {
        MPConstraint keep = model.makeConstraint(placed, Double.POSITIVE_INFINITY, "placed");
        for (MPVariable v : x) {
            keep.setCoefficient(v, 1);
        }
    }

    /** The least total distance of the linear relaxation placing {@code placed}: a lower bound on any such plan. */
    private double relaxation(long placed) {
        try (MipSolver lp = MipSolver.of(MipSolver.Backend.HIGHS_LP)) {
            MPVariable[] x = build(lp.model());
            keepPlaced(lp.model(), x, placed);
            for (int k = 0; k < x.length; k++) {
                lp.model().objective().setCoefficient(x[k], arcs.get(k).metres());
            }
            lp.model().objective().setMinimization();
            MipResult relaxed = lp.solveWithoutTimeLimit();
            return relaxed.optimal() ? relaxed.objective() : 0;
        }
    }

    private void read(MPVariable[] x, int[] coreOf) {
        Arrays.fill(coreOf, -1);
        for (int k = 0; k < x.length; k++) {
            if (x[k].solutionValue() > 0.5) {
                coreOf[arcs.get(k).member()] = arcs.get(k).core();
            }
        }
    }

    private long metres(int[] coreOf) {
        long sum = 0;
        for (Arc a : arcs) {
            if (coreOf[a.member()] == a.core()) {
                sum += a.metres();
            }
        }
        return sum;
    }
}
