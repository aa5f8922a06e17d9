package org.edubalance.planning.rotation;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveProgress;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.rotation.RotationMipPlanner.Solved;

/**
 * Solves a {@link RotationProblem} too wide for the exact model in the time a bureau waits — a long commute limit or a
 * city (planning-methods.md §2.4: there HiGHS's bound is good early but its plans are poor). Three steps on the same
 * model as {@link RotationMipPlanner}:
 *
 * <ol>
 *   <li><b>bound</b>: the linear relaxation of the whole model, which the chord rows make tight (about 1 % below the
 *       optimum on the benchmark county);
 *   <li><b>near plan</b>: the exact model with each teacher's candidates cut to the {@link #NEAREST} nearest schools —
 *       a model a quarter the size that HiGHS solves fast, and every plan of it is a plan of the whole problem (the
 *       balance optimum hardly needs long moves: at 15 km it equals the 10 km one);
 *   <li><b>improve</b>: HiGHS on the whole model, started from the near plan, for the rest of the time.
 * </ol>
 *
 * The plan carries the better of the relaxation bound and, if HiGHS proves the whole model optimal, its optimum.
 */
public final class RotationSearchPlanner {
    /**
     * Candidates per teacher in the successive restricted models before the whole one (which needs the time left):
     * on the benchmark county at 15 km, the 8 nearest gave a plan 0.4 % above the 10 km optimum in 27 s.
     */
    static final int[] WIDTHS = {8, 16, Integer.MAX_VALUE};

    /** Candidates per teacher in the first, near plan. */
    static final int NEAREST = WIDTHS[0];

    /** Solves {@code problem} within {@code settings}' time limit. */
    public RotationPlan solve(RotationProblem problem, SolveSettings settings) {
        return solve(problem, settings, SolveListener.IGNORE);
    }

    /**
     * Solves {@code problem} within {@code settings}' time limit, reporting "model", "bound", "search" (with the
     * incumbent once there is one) and "done" to {@code listener}.
     */
    public RotationPlan solve(RotationProblem problem, SolveSettings settings, SolveListener listener) {
        long start = System.nanoTime();
        Duration limit = settings.timeLimit();
        var mip = new RotationMipPlanner();
        listener.progress(new SolveProgress("model", Duration.ZERO, limit, Double.NaN, Double.NaN));
        double bound = mip.relaxationBound(problem);
        listener.progress(new SolveProgress("bound", since(start), limit, Double.NaN, bound));

        Solved best = Solved.none("NOT_SOLVED");
        double proven = bound;
        for (int step = 0; step < WIDTHS.length && limit.minus(since(start)).toMillis() > 1000; step++) {
            boolean whole = step == WIDTHS.length - 1;
            Duration rest = limit.minus(since(start));
            Duration share = whole ? rest : rest.dividedBy(WIDTHS.length - step);
            Solved solved = mip.solve(
                    whole ? problem : problem.withCandidates(nearest(problem, WIDTHS[step])),
                    share,
                    settings.threads(),
                    best.objective(),
                    d -> {});
            if (whole && solved.optimal()) {
                proven = solved.objective();
            }
            if (whole && solved.status().equals("INFEASIBLE") && best.found()) {
                // nothing below the cutoff: the plan in hand is optimal
                proven = best.objective();
            }
            if (solved.found() && !(solved.objective() >= best.objective()) || whole && !best.found()) {
                best = solved;
            }
            listener.progress(new SolveProgress("search", since(start), limit, best.objective(), proven));
        }
        Duration elapsed = since(start);
        listener.progress(new SolveProgress("done", elapsed, limit, best.objective(), proven));
        return new RotationPlan(
                best.moves(),
                best.found() ? (proven >= best.objective() ? "OPTIMAL" : "FEASIBLE") : best.status(),
                best.objective(),
                best.balance(),
                best.found() ? Math.min(best.objective(), proven) : Double.NaN,
                "near plan, then the whole model: " + best.solver(),
                elapsed);
    }

    /** Each eligible teacher's {@code width} nearest candidates, and the pinned destination whatever its rank. */
    static Map<TeacherId, List<Candidate>> nearest(RotationProblem problem, int width) {
        Map<TeacherId, List<Candidate>> near = new HashMap<>();
        problem.candidates().forEach((teacher, candidates) -> {
            SchoolCode pin = problem.pinned().get(teacher);
            List<Candidate> sorted = candidates.stream()
                    .sorted(Comparator.comparingDouble(Candidate::distanceKm))
                    .toList();
            List<Candidate> kept = new java.util.ArrayList<>(sorted.subList(0, Math.min(width, sorted.size())));
            sorted.stream()
                    .filter(c -> c.school().equals(pin) && !kept.contains(c))
                    .forEach(kept::add);
            near.put(teacher, kept);
        });
        return near;
    }

    private static Map<TeacherId, SchoolCode> destinations(List<Move> moves) {
        Map<TeacherId, SchoolCode> to = new HashMap<>();
        moves.forEach(m -> to.put(m.teacher(), m.to()));
        return to;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
