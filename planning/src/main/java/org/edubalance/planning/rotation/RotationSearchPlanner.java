package org.edubalance.planning.rotation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveProgress;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.rotation.RotationMipPlanner.Solved;
import org.edubalance.planning.rotation.SchoolSegmentSite.SiteKey;

/**
 * Solves a {@link RotationProblem} too wide for the exact model in the time a bureau waits — a long commute limit or a
 * city. Planning-methods.md §2.4 found HiGHS's bound good early there but its plans poor, and the balance optimum
 * reachable with short moves; so this planner finds plans in smaller exact models and proves the bound on the whole:
 *
 * <ul>
 *   <li><b>near plans</b> (one core): the exact model with each teacher's candidates cut to the {@link #WIDTHS} nearest
 *       schools, first 8, then wider with the plan in hand as cutoff. A city is cut into geographic parts of about
 *       county size ({@link #PART_BINARIES}), each with its own quota, solved one after the other; the union of part
 *       plans meets every county rule (each part meets the quota and backbone share of its own eligible teachers, and
 *       a school's staffing and losses involve only its part).
 *   <li><b>bound, then the whole model</b> (the other core): the linear relaxation of the whole model — tight thanks
 *       to the chord rows — then, when the problem is one part and two minutes or more are left, HiGHS on the whole
 *       model with the best near plan as cutoff for the rest of the time.
 * </ul>
 *
 * The plan is the best found; it carries the relaxation bound, or the whole model's optimum when HiGHS proves it.
 */
public final class RotationSearchPlanner {
    /**
     * Candidates per teacher in the successive near models. On the benchmark county at 15 km the 8 nearest gave a plan
     * 0.4 % above the 10 km optimum in 27 s.
     */
    static final int[] WIDTHS = {8, 16, 32};

    /** Candidates per teacher in the first near plan. */
    static final int NEAREST = WIDTHS[0];

    /** Near-model binaries per geographic part: about the benchmark county's 8-nearest model, solved in 27 s. */
    static final int PART_BINARIES = 32_000;

    /** The least time left for which the whole model is worth starting (see {@code boundThenWholeModel}). */
    static final Duration WHOLE_MODEL_TIME = Duration.ofSeconds(120);

    private final int partBinaries;

    public RotationSearchPlanner() {
        this(PART_BINARIES);
    }

    /** A planner that cuts the problem into parts of about {@code partBinaries} near-model binaries. */
    RotationSearchPlanner(int partBinaries) {
        this.partBinaries = partBinaries;
    }

    /** Solves {@code problem} within {@code settings}' time limit. */
    public RotationPlan solve(RotationProblem problem, SolveSettings settings) {
        return solve(problem, settings, SolveListener.IGNORE);
    }

    /**
     * Solves {@code problem} within {@code settings}' time limit, reporting "model", "search" and "bound" (each with
     * the incumbent and bound known by then, from either core) and "done" to {@code listener}.
     */
    public RotationPlan solve(RotationProblem problem, SolveSettings settings, SolveListener listener) {
        var run = new Run(problem, settings, listener, partBinaries);
        ExecutorService wholeModel = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "rotation-whole-model");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<Solved> whole = CompletableFuture.supplyAsync(run::boundThenWholeModel, wholeModel);
            Plan near = run.nearPlans();
            Solved wholePlan = whole.get();
            return run.result(near, wholePlan);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while solving the rotation", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            wholeModel.shutdown();
        }
    }

    /** A plan and its objective on the whole problem. */
    private record Plan(List<Move> moves, double objective, double balance) {
        static final Plan NONE = new Plan(List.of(), Double.NaN, Double.NaN);

        boolean found() {
            return !Double.isNaN(objective);
        }
    }

    /** One solve: the problem, the time, and the best plan and bound either core has so far. */
    private static final class Run {
        private final RotationProblem problem;
        private final SolveSettings settings;
        private final SolveListener listener;
        private final RotationMipPlanner mip = new RotationMipPlanner();
        private final Objective objective;
        private final long start = System.nanoTime();
        private final int partBinaries;
        private double incumbent = Double.NaN;
        private double bound = Double.NaN;
        private boolean wholeOptimal;

        Run(RotationProblem problem, SolveSettings settings, SolveListener listener, int partBinaries) {
            this.problem = problem;
            this.partBinaries = partBinaries;
            this.settings = settings;
            this.listener = listener;
            this.objective = new Objective(problem);
            report("model");
        }

        /** The relaxation bound, then the whole model with the best plan so far as cutoff for the time left. */
        Solved boundThenWholeModel() {
            double relaxed = mip.relaxationBound(problem);
            synchronized (this) {
                bound = relaxed;
            }
            report("bound");
            Duration rest = left();
            // A whole model of several parts' size gave HiGHS no plan in the time and overran it (city: 40 s); on one
            // part it needs minutes (the benchmark county at 15 km: optimal in 186 s) and overran a 55 s limit by 26 s.
            if (rest.compareTo(WHOLE_MODEL_TIME) < 0 || partCount() > 1) {
                return Solved.none("NOT_SOLVED");
            }
            double cutoff = incumbent();
            Solved whole = mip.solve(problem, rest, 1, cutoff, d -> {});
            synchronized (this) {
                if (whole.found()) {
                    incumbent = Double.isNaN(incumbent) ? whole.objective() : Math.min(incumbent, whole.objective());
                }
                // optimal, or nothing below the cutoff: the plan in hand then was optimal
                wholeOptimal = whole.optimal() || whole.status().equals("INFEASIBLE") && !Double.isNaN(cutoff);
            }
            report("search");
            return whole;
        }

        /** The near plans, widening while time is left; each part keeps its best plan. */
        Plan nearPlans() {
            List<RotationProblem> parts = parts();
            List<Solved> best = new ArrayList<>();
            parts.forEach(p -> best.add(Solved.none("NOT_SOLVED")));
            Plan plan = Plan.NONE;
            for (int step = 0; step < WIDTHS.length && left().toMillis() > 1000 && !wholeOptimal(); step++) {
                for (int i = 0; i < parts.size() && left().toMillis() > 1000; i++) {
                    RotationProblem part = parts.get(i);
                    // the first pass shares the time evenly; later passes split what is left
                    int solvesLeft = parts.size() - i + (step == 0 ? parts.size() : 0);
                    Duration share = left().dividedBy(solvesLeft);
                    Solved solved = mip.solve(
                            part.withCandidates(nearest(part, WIDTHS[step])),
                            share,
                            1,
                            best.get(i).objective(),
                            d -> {});
                    if (solved.found() && !(solved.objective() >= best.get(i).objective())) {
                        best.set(i, solved);
                    }
                }
                if (best.stream().allMatch(Solved::found)) {
                    List<Move> moves = new ArrayList<>();
                    best.forEach(s -> moves.addAll(s.moves()));
                    moves.sort(Comparator.comparing(Move::teacher));
                    plan = new Plan(moves, objective.of(moves), objective.balance(moves));
                    synchronized (this) {
                        incumbent = Double.isNaN(incumbent) ? plan.objective() : Math.min(incumbent, plan.objective());
                    }
                    report("search");
                }
            }
            return plan;
        }

        RotationPlan result(Plan near, Solved whole) {
            boolean wholeIsBetter = whole.found() && !(whole.objective() >= near.objective());
            Plan best = wholeIsBetter ? new Plan(whole.moves(), whole.objective(), whole.balance()) : near;
            double proven;
            synchronized (this) {
                proven = wholeOptimal && best.found() ? best.objective() : bound;
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            listener.progress(new SolveProgress("done", elapsed, settings.timeLimit(), best.objective(), proven));
            String status = !best.found() ? whole.status() : proven >= best.objective() - 1e-9 ? "OPTIMAL" : "FEASIBLE";
            return new RotationPlan(
                    best.moves(),
                    status,
                    best.objective(),
                    best.balance(),
                    best.found() ? Math.min(best.objective(), proven) : Double.NaN,
                    (wholeIsBetter ? "search: whole model, " : "search: near plans, ") + RotationMipPlanner.SOLVER_NAME,
                    elapsed);
        }

        /**
         * The problem cut into geographic parts of about {@code partBinaries} near-model binaries: halves by
         * latitude, then by longitude, and so on, each half holding half the eligible teachers.
         */
        private List<RotationProblem> parts() {
            int count = partCount();
            Map<SchoolCode, GeoPoint> positions = new HashMap<>();
            problem.sites().stream()
                    .filter(s -> s.position() != null)
                    .forEach(s -> positions.put(s.school(), s.position()));
            List<List<Teacher>> groups = List.of(problem.eligible());
            for (boolean byLatitude = true; groups.size() < count; byLatitude = !byLatitude) {
                List<List<Teacher>> halves = new ArrayList<>();
                for (List<Teacher> group : groups) {
                    boolean latitude = byLatitude;
                    List<Teacher> sorted = group.stream()
                            .sorted(Comparator.comparingDouble(t -> {
                                GeoPoint p = positions.get(t.school());
                                return p == null ? 0 : latitude ? p.latitude() : p.longitude();
                            }))
                            .toList();
                    // a school's teachers stay together so that its staffing is one part's concern
                    int cut = sorted.size() / 2;
                    while (cut < sorted.size()
                            && cut > 0
                            && sorted.get(cut)
                                    .school()
                                    .equals(sorted.get(cut - 1).school())) {
                        cut++;
                    }
                    halves.add(sorted.subList(0, cut));
                    halves.add(sorted.subList(cut, sorted.size()));
                }
                groups = halves;
            }
            if (groups.size() == 1) {
                return List.of(problem);
            }
            List<RotationProblem> parts = new ArrayList<>();
            for (List<Teacher> group : groups) {
                parts.add(part(group));
            }
            return parts;
        }

        /** How many parts: the fewest power of two that brings each part's near model to {@code partBinaries}. */
        private int partCount() {
            int count = 1;
            while ((long) problem.eligible().size() * NEAREST > (long) count * partBinaries) {
                count *= 2;
            }
            return count;
        }

        /** The problem of {@code eligible}'s schools alone: moves among them, the quota of their eligible teachers. */
        private RotationProblem part(List<Teacher> eligible) {
            Set<SchoolCode> schools = new HashSet<>();
            eligible.forEach(t -> schools.add(t.school()));
            Map<TeacherId, List<Candidate>> candidates = new HashMap<>();
            Map<TeacherId, SchoolCode> pinned = new HashMap<>();
            for (Teacher t : eligible) {
                SchoolCode pin = problem.pinned().get(t.id());
                if (pin != null) {
                    pinned.put(t.id(), pin);
                }
                candidates.put(
                        t.id(),
                        problem.candidates().getOrDefault(t.id(), List.of()).stream()
                                .filter(c -> schools.contains(c.school())
                                        || c.school().equals(pin))
                                .toList());
            }
            RotationPolicy policy = problem.policy();
            if (policy.maxMovers() != null) {
                policy = policy.withMaxMovers(policy.maxMovers()
                        * eligible.size()
                        / problem.eligible().size());
            }
            return new RotationProblem(
                    problem.county(),
                    problem.year(),
                    policy,
                    problem.sites(),
                    problem.teachers(),
                    eligible,
                    candidates,
                    pinned,
                    problem.forbidden());
        }

        private Duration left() {
            return settings.timeLimit().minus(Duration.ofNanos(System.nanoTime() - start));
        }

        private synchronized double incumbent() {
            return incumbent;
        }

        private synchronized boolean wholeOptimal() {
            return wholeOptimal;
        }

        /** Reports from either core, one at a time. */
        private synchronized void report(String phase) {
            listener.progress(new SolveProgress(
                    phase,
                    Duration.ofNanos(System.nanoTime() - start),
                    settings.timeLimit(),
                    incumbent,
                    wholeOptimal ? incumbent : bound));
        }
    }

    /**
     * The model's objective of a plan of the whole problem, recomputed from its moves: the balance terms after the
     * moves plus the cost of each mover (the part plans' own objectives count the other parts' schools as unmoved).
     */
    private static final class Objective {
        private final RotationProblem problem;
        private final List<SiteIndicator> terms;
        private final Map<TeacherId, Teacher> eligible = new HashMap<>();

        Objective(RotationProblem problem) {
            this.problem = problem;
            this.terms = problem.siteIndicators();
            problem.eligible().forEach(t -> eligible.put(t.id(), t));
        }

        double of(List<Move> moves) {
            double movers = moves.stream()
                    .mapToDouble(m ->
                            problem.policy().moverPenalty() + RotationMipPlanner.COMMUTE_TIE_BREAK * m.distanceKm())
                    .sum();
            return balance(moves) + movers;
        }

        double balance(List<Move> moves) {
            Map<SiteKey, Map<TeacherIndicator, Integer>> change = new HashMap<>();
            for (Move m : moves) {
                Teacher t = eligible.get(m.teacher());
                for (TeacherIndicator indicator :
                        problem.policy().indicatorWeights().keySet()) {
                    if (indicator.counts(t)) {
                        change.computeIfAbsent(
                                        new SiteKey(m.from(), m.segment()), k -> new EnumMap<>(TeacherIndicator.class))
                                .merge(indicator, -1, Integer::sum);
                        change.computeIfAbsent(
                                        new SiteKey(m.to(), m.segment()), k -> new EnumMap<>(TeacherIndicator.class))
                                .merge(indicator, 1, Integer::sum);
                    }
                }
            }
            double sum = 0;
            for (SiteIndicator term : terms) {
                int n = term.base() + change.getOrDefault(term.site(), Map.of()).getOrDefault(term.indicator(), 0);
                sum += term.cost() * Math.abs(100.0 * n / term.students() - term.countyValue());
            }
            return sum;
        }
    }

    /** Each eligible teacher's {@code width} nearest candidates, and the pinned destination whatever its rank. */
    static Map<TeacherId, List<Candidate>> nearest(RotationProblem problem, int width) {
        Map<TeacherId, List<Candidate>> near = new HashMap<>();
        problem.candidates().forEach((teacher, candidates) -> {
            SchoolCode pin = problem.pinned().get(teacher);
            List<Candidate> sorted = candidates.stream()
                    .sorted(Comparator.comparingDouble(Candidate::distanceKm))
                    .toList();
            List<Candidate> kept = new ArrayList<>(sorted.subList(0, Math.min(width, sorted.size())));
            sorted.stream()
                    .filter(c -> c.school().equals(pin) && !kept.contains(c))
                    .forEach(kept::add);
            near.put(teacher, kept);
        });
        return near;
    }
}
