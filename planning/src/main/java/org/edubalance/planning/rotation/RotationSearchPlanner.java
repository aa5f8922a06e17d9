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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.planning.PlanningStatus;
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
 *       model with the best near plan as cutoff for the rest of the time; when it has several parts, the wider near
 *       plans of half of them.
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
            Future<Solved> whole = wholeModel.submit(run::boundThenWholeModel);
            run.nearPlans();
            return run.result(whole.get());
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

    /** One solve: the problem, the time, and the best plans and bound either core has so far. */
    private static final class Run {
        private final RotationProblem problem;
        private final SolveSettings settings;
        private final SolveListener listener;
        private final RotationMipPlanner mip = new RotationMipPlanner();
        private final Objective objective;
        private final long start = System.nanoTime();
        private final int partBinaries;
        private final List<RotationProblem> parts;
        /** Each part's best plan so far. */
        private final List<Solved> best = new ArrayList<>();
        /** Counted down when every part has its first near plan (or the time for it is spent). */
        private final CountDownLatch firstPass = new CountDownLatch(1);

        private Plan near = Plan.NONE;
        private double incumbent = Double.NaN;
        private double bound = Double.NaN;
        private boolean wholeOptimal;

        Run(RotationProblem problem, SolveSettings settings, SolveListener listener, int partBinaries) {
            this.problem = problem;
            this.partBinaries = partBinaries;
            this.settings = settings;
            this.listener = listener;
            this.objective = new Objective(problem);
            this.parts = parts();
            parts.forEach(p -> best.add(Solved.none("NOT_SOLVED")));
            report("model");
        }

        /**
         * The relaxation bound; then, for a problem of one part, the whole model with the best plan so far as cutoff
         * for the time left, or else the wider near plans of the second half of the parts.
         */
        Solved boundThenWholeModel() throws InterruptedException {
            double relaxed = mip.relaxationBound(problem);
            synchronized (this) {
                bound = relaxed;
            }
            report("bound");
            if (parts.size() > 1) {
                // A whole model of several parts' size gave HiGHS no plan in the time and overran it by 40 s (city).
                firstPass.await();
                widen(parts.size() / 2, parts.size());
                return Solved.none("NOT_SOLVED");
            }
            Duration rest = left();
            // On one part the whole model needs minutes (the benchmark county at 15 km: optimal in 186 s), and HiGHS
            // overran a 55 s limit on it by 26 s.
            if (rest.compareTo(WHOLE_MODEL_TIME) < 0) {
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

        /**
         * The first near plan of every part, half the time shared evenly among them; then the wider near plans of the
         * first half of the parts (all of one), while the other core, once its bound is proven, widens the rest.
         */
        void nearPlans() {
            try {
                for (int i = 0; i < parts.size() && left().toMillis() > 1000; i++) {
                    nearPlan(i, 0, left().dividedBy(2L * parts.size() - i));
                }
            } finally {
                firstPass.countDown();
            }
            widen(0, Math.max(1, parts.size() / 2));
        }

        /** Wider near plans of parts {@code from} to {@code to} (exclusive), each step splitting the time left. */
        private void widen(int from, int to) {
            for (int step = 1; step < WIDTHS.length && left().toMillis() > 1000 && !wholeOptimal(); step++) {
                for (int i = from; i < to && left().toMillis() > 1000; i++) {
                    nearPlan(i, step, left().dividedBy(to - i));
                }
            }
        }

        /** Part {@code i}'s near model of step {@code step}, below the part's best plan so far. */
        private void nearPlan(int i, int step, Duration share) {
            RotationProblem part = parts.get(i);
            Solved solved = mip.solve(
                    part.withCandidates(nearest(part, WIDTHS[step])),
                    share,
                    1,
                    bestOf(i).objective(),
                    d -> {});
            offer(i, solved);
        }

        private synchronized Solved bestOf(int i) {
            return best.get(i);
        }

        /** Keeps {@code solved} if it is part {@code i}'s best plan; once every part has one, their union is a plan. */
        private void offer(int i, Solved solved) {
            synchronized (this) {
                if (!solved.found() || solved.objective() >= best.get(i).objective()) {
                    return;
                }
                best.set(i, solved);
                if (!best.stream().allMatch(Solved::found)) {
                    return;
                }
                List<Move> moves = new ArrayList<>();
                best.forEach(s -> moves.addAll(s.moves()));
                moves.sort(Comparator.comparing(Move::teacher));
                near = new Plan(moves, objective.of(moves), objective.balance(moves));
                incumbent = Double.isNaN(incumbent) ? near.objective() : Math.min(incumbent, near.objective());
            }
            report("search");
        }

        RotationPlan result(Solved whole) {
            Plan near;
            synchronized (this) {
                near = this.near;
            }
            boolean wholeIsBetter = whole.found() && !(whole.objective() >= near.objective());
            Plan best = wholeIsBetter ? new Plan(whole.moves(), whole.objective(), whole.balance()) : near;
            double proven;
            synchronized (this) {
                proven = wholeOptimal && best.found() ? best.objective() : bound;
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            listener.progress(new SolveProgress("done", elapsed, settings.timeLimit(), best.objective(), proven));
            PlanningStatus status = !best.found()
                    ? PlanningStatus.ofSolver(whole.status(), elapsed.compareTo(settings.timeLimit()) >= 0)
                    : proven >= best.objective() - 1e-9 ? PlanningStatus.OPTIMAL : PlanningStatus.FEASIBLE;
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
