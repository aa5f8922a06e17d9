package org.edubalance.planning.zoning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.Reason;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveProgress;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.solver.MipSolver;
import org.jspecify.annotations.Nullable;

/**
 * The zoning planner (docs/planning/zoning.md §5): one entry point for the command line, the planning jobs and the
 * benchmarks. Every method starts the same way — the relaxation's prices, then the search planner's connected plan
 * (from {@code start} when a re-solve gives one) — and {@link Method#AUTO} then solves the exact model with contiguity
 * cuts on the pairs the relaxation cannot rule out, when they are few enough to prove the optimum in the time given.
 * The result carries the best proven lower bound and its gap, and is re-checked by {@link ZoningPlanChecker}.
 */
public final class ZoningPlanner {
    /**
     * Up to this many pairs left after fixing, {@link Method#AUTO} tries the whole exact model (a district of a few
     * hundred blocks); above it, HiGHS does not close the capacitated assignment in a minute and the windows do better.
     */
    static final long EXACT_PAIRS = 30_000;

    /** A gap at or below this is optimal, as the contract says. */
    static final double OPTIMAL_GAP = 1e-4;

    private ZoningPlanner() {}

    /** How to solve. */
    public enum Method {
        /** The whole exact model first when the pairs left after fixing are few, then the search planner's windows. */
        AUTO,
        /** The whole exact model with contiguity cuts on HiGHS for all the time, however large. */
        EXACT,
        /** The search planner only: a connected plan improved by moves of border blocks, with the relaxation bound. */
        SEARCH
    }

    /**
     * Zones {@code area}.
     *
     * @param start a plan to start from (a re-solve after a pin: blocks whose school the pins now forbid are placed
     *     again), or null
     * @throws ZoningProblemInvalidException when the area cannot be zoned (the reason named)
     */
    public static ZoningPlan plan(
            ZoningArea area,
            ZoningPins pins,
            SolveSettings settings,
            Method method,
            @Nullable Map<String, SchoolCode> start,
            SolveListener listener) {
        long begin = System.nanoTime();
        long deadline = begin + settings.timeLimit().toNanos();
        ZoningInstance in = new ZoningInstance(area, pins);
        RelaxationBound relaxation = new RelaxationBound(in);
        relaxation.improve(200, Double.NaN, begin + settings.timeLimit().toNanos() / 10);
        progress(listener, "relaxation", begin, settings, Double.NaN, relaxation.bound());
        ContiguousSearch search = new ContiguousSearch(in, relaxation);
        ZoneState plan = search.construct(startingPoint(in, start));
        new CapacityRepair(in).repair(plan, deadline);
        search.relieve(plan, deadline);
        @Nullable ZoneState best = feasible(plan) ? plan : null;
        double upper = best == null ? Double.NaN : best.cost();
        relaxation.improve(400, upper, begin + settings.timeLimit().toNanos() / 4);
        double bound = relaxation.bound();
        String solver = "search (contiguous border moves) + Lagrangian bound";
        progress(listener, "construction", begin, settings, upper, bound);
        boolean[][] keep = relaxation.keep(best == null ? Double.POSITIVE_INFINITY : upper);
        // A re-solve starts from the plan it is given, which the relaxation's seed would throw away.
        // The seed gets up to a quarter of the time left: on the city its linear program is the largest step.
        LinearStart.Seed seed = start == null
                ? new LinearStart(in)
                        .solve(keep, System.nanoTime() + (deadline - System.nanoTime()) / 4, settings.threads())
                : null;
        if (seed != null) {
            bound = Math.max(bound, best == null ? seed.bound() : Math.min(upper, seed.bound()));
            ZoneState seeded = search.construct(seed.partial());
            new CapacityRepair(in).repair(seeded, deadline);
            search.relieve(seeded, deadline);
            if (feasible(seeded) && (best == null || seeded.cost() < best.cost())) {
                best = seeded;
                upper = seeded.cost();
            }
            solver = "search (linear relaxation seed, contiguous border moves) + relaxation bound";
        }
        progress(listener, "search", begin, settings, upper, bound);
        ZoningCutModel exact = new ZoningCutModel(in, keep);
        // Without a plan from the search, the windows have nothing to improve: the whole model is the way to one.
        boolean wholeModel =
                method == Method.EXACT || (method == Method.AUTO && (exact.pairs() <= EXACT_PAIRS || best == null));
        if (wholeModel && !closed(upper, bound) && deadline - System.nanoTime() > 2 * MipSolver.MIN_TIME_LIMIT_NANOS) {
            // The whole model first, for up to half the time left (all of it for EXACT): on a district it proves the
            // optimum in seconds; where it does not, the windows get the rest.
            long until = method == Method.EXACT || best == null
                    ? deadline
                    : System.nanoTime() + (deadline - System.nanoTime()) / 2;
            ZoningCutModel.Outcome outcome = exact.solve(until, settings.threads(), upper);
            solver = MipSolver.HIGHS_NAME + ", contiguity cuts (" + outcome.rounds() + " solves, " + outcome.cuts()
                    + " cuts), after " + solver;
            if (outcome.optimal() && outcome.plan() == null && best == null) {
                throw ZoningAreaFactory.invalid(
                        Reason.of("ZONING_INFEASIBLE"),
                        "No plan keeps every rule: the seats, the distance limit, the pins and connected zones"
                                + " cannot all hold. Check the schools that are full in the forecast.");
            }
            if (outcome.optimal()) {
                bound = Math.max(bound, best == null ? outcome.bound() : Math.min(upper, outcome.bound()));
            }
            if (outcome.plan() != null && (best == null || outcome.plan().cost() < best.cost())) {
                best = outcome.plan();
                upper = best.cost();
            }
            progress(listener, "exact", begin, settings, upper, bound);
        }
        if (best != null && !closed(upper, bound)) {
            best = new ZoneWindows(in, keep).improve(best, deadline, settings.threads(), changed(in, start, best));
            upper = best.cost();
            solver = solver + "; exact windows on HiGHS";
            progress(listener, "windows", begin, settings, upper, bound);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        return result(in, best, bound, solver, elapsed, start != null);
    }

    /** Zones {@code area} with {@link Method#AUTO} and no start. */
    public static ZoningPlan plan(ZoningArea area, ZoningPins pins, SolveSettings settings, SolveListener listener) {
        return plan(area, pins, settings, Method.AUTO, null, listener);
    }

    private static ZoneState startingPoint(ZoningInstance in, @Nullable Map<String, SchoolCode> start) {
        ZoneState partial = new ZoneState(in);
        if (start == null) {
            return partial;
        }
        start.forEach((block, school) -> {
            Integer b = in.blockIndex.get(block);
            Integer j = in.schoolIndex.get(school);
            if (b != null && j != null && in.allowed[b][j]) {
                partial.assign(b, j);
            }
        });
        // A pin can cut a zone in two: keep only what is still connected to its school, and grow the rest again.
        boolean[] kept = new boolean[in.blocks];
        for (int j = 0; j < in.schools; j++) {
            List<Integer> queue = new ArrayList<>(List.of(in.schoolBlock[j]));
            if (partial.school[in.schoolBlock[j]] != j) {
                continue;
            }
            kept[in.schoolBlock[j]] = true;
            for (int i = 0; i < queue.size(); i++) {
                for (int n : in.neighbours[queue.get(i)]) {
                    if (!kept[n] && partial.school[n] == j) {
                        kept[n] = true;
                        queue.add(n);
                    }
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

    /** The schools whose zone differs from {@code start} (none without a start): a re-solve's windows begin there. */
    private static boolean[] changed(ZoningInstance in, @Nullable Map<String, SchoolCode> start, ZoneState plan) {
        boolean[] changed = new boolean[in.schools];
        if (start == null) {
            return changed;
        }
        for (int b = 0; b < in.blocks; b++) {
            Integer before = in.schoolIndex.get(start.get(in.blockIds[b]));
            if (before == null || before != plan.school[b]) {
                changed[plan.school[b]] = true;
                if (before != null) {
                    changed[before] = true;
                }
            }
        }
        return changed;
    }

    private static boolean feasible(ZoneState state) {
        return state.complete() && state.overflow() == 0;
    }

    private static boolean closed(double upper, double bound) {
        return !Double.isNaN(upper) && PlanningOutcome.gap(upper, bound) <= OPTIMAL_GAP;
    }

    private static void progress(
            SolveListener listener, String phase, long begin, SolveSettings settings, double upper, double bound) {
        listener.progress(new SolveProgress(
                phase, Duration.ofNanos(System.nanoTime() - begin), settings.timeLimit(), upper, bound));
    }

    private static ZoningPlan result(
            ZoningInstance in, @Nullable ZoneState best, double bound, String solver, Duration elapsed, boolean warm) {
        List<BlockAssignment> blocks = new ArrayList<>();
        List<SchoolLoad> schools = new ArrayList<>();
        PlanningOutcome outcome;
        ZoningChecks checks;
        List<Integer> horizon = in.area.horizon();
        if (best == null) {
            outcome = PlanningOutcome.of(PlanningStatus.TIME_LIMIT, Double.NaN, bound, solver, elapsed);
            checks = new ZoningChecks(false, false, false, false);
        } else {
            Map<String, SchoolCode> schoolOfBlock = new java.util.LinkedHashMap<>();
            for (int b = 0; b < in.blocks; b++) {
                int j = best.school[b];
                schoolOfBlock.put(in.blockIds[b], in.schoolCodes[j]);
                blocks.add(new BlockAssignment(in.blockIds[b], in.schoolCodes[j], in.entrants[0][b], in.km[b][j]));
            }
            for (int j = 0; j < in.schools; j++) {
                List<SchoolLoad.YearLoad> load = new ArrayList<>();
                for (int t = 0; t < in.years; t++) {
                    load.add(new SchoolLoad.YearLoad(horizon.get(t), best.load[j][t]));
                }
                schools.add(new SchoolLoad(in.schoolCodes[j], seats(in, j), load));
            }
            double objective = 0;
            for (BlockAssignment b : blocks) {
                objective += b.entrants() * b.km();
            }
            double proven = Math.min(bound, objective);
            PlanningStatus status = PlanningOutcome.gap(objective, proven) <= OPTIMAL_GAP
                    ? PlanningStatus.OPTIMAL
                    : PlanningStatus.FEASIBLE;
            outcome = PlanningOutcome.of(status, objective, proven, warm ? solver + ", warm start" : solver, elapsed);
            checks = ZoningPlanChecker.check(in.area, in.pins, schoolOfBlock);
        }
        return new ZoningPlan(
                in.area.year(),
                in.area.county(),
                in.area.grade(),
                in.area.planYear(),
                outcome,
                blocks,
                schools,
                checks);
    }

    private static int seats(ZoningInstance in, int j) {
        return in.area.schools().stream()
                .filter(s -> s.code().equals(in.schoolCodes[j]))
                .findFirst()
                .orElseThrow()
                .seats();
    }
}
