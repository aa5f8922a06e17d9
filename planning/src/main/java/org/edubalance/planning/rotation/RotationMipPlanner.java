package org.edubalance.planning.rotation;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.Teacher;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveProgress;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.rotation.SchoolSegmentSite.SiteKey;
import org.edubalance.planning.solver.MipResult;
import org.edubalance.planning.solver.MipSolver;

/**
 * Solves a {@link RotationProblem} exactly with a mixed-integer model (docs/planning-methods.md §2.3) on OR-Tools' HiGHS
 * (through {@link MipSolver}, which holds the solver's quirks).
 *
 * <p>Variables: {@code y[t,s] ∈ {0,1}}, teacher {@code t} moves to school {@code s} (a candidate); staying is implicit.
 * Rules: each teacher moves at most once; at least {@code ⌈share × eligible⌉} move (and at most {@code maxMovers});
 * backbone teachers are at least the policy's share of the movers (or of the eligible backbone teachers); no school
 * segment loses more than {@code ⌊maxShareLeaving × its teachers⌋}; with {@code subjectsMustStayStaffed}, every school
 * segment receives at least as many teachers of each subject as it sends; pinned moves are fixed.
 *
 * <p>Objective, minimised: for each segment {@code g} and balanced indicator {@code m} with county value {@code x̄ > 0},
 * {@code w_m Σ_s (P_s / N_g) |x_s − x̄| / x̄} — the enrolment-weighted mean absolute deviation relative to the county
 * value, the linear sibling of the official CV (moves keep {@code x̄} fixed, so it is a constant) — plus {@code
 * moverPenalty} per mover and {@code 10⁻⁵} per kilometre of commute as a tie-break. The plan carries the solver's proven
 * bound, so its gap to the best possible plan is known.
 */
public final class RotationMipPlanner {
    static final double COMMUTE_TIE_BREAK = 1e-5;
    /** The plans' solver name. */
    static final String SOLVER_NAME = MipSolver.HIGHS_NAME;

    private static final double PER = 100;

    /**
     * The model of {@code problem} in MPS format, exactly as {@link #solve} builds it, so that an outside solver (the
     * HiGHS benchmark) can solve the same instance: same variables, rules and objective.
     */
    public String exportMps(RotationProblem problem) {
        try (MipSolver solver = MipSolver.of(MipSolver.Backend.HIGHS)) {
            new Model(problem, solver.model()).build();
            return solver.exportMps();
        }
    }

    /**
     * A lower bound on any plan's objective from the linear relaxation of the model (HiGHS's LP solver, integrality
     * dropped): what a plan found by search is measured against. With the chord rows (see {@code deviation}) it lies
     * about 1 % below the optimum on the benchmark county at 15 km; without them it was a quarter below
     * (docs/planning-methods.md §2.4). HiGHS rather than GLOP: 5 s against 41 s on that county.
     */
    public double relaxationBound(RotationProblem problem) {
        try (MipSolver solver = MipSolver.of(MipSolver.Backend.HIGHS_LP)) {
            new Model(problem, solver.model()).build();
            MipResult relaxed = solver.solveWithoutTimeLimit();
            return relaxed.optimal() ? relaxed.objective() : Double.NaN;
        }
    }

    /**
     * Whether HiGHS proves {@code problem}'s model optimal within about a minute on two cores: up to 60,000 binaries.
     * The benchmark county at 10 km (53,404) took 16 s; at 15 km (104,861) HiGHS had no plan at all after 60 s and
     * proved the optimum after 135 s, which is {@link RotationSearchPlanner}'s ground.
     */
    public static boolean fits(RotationProblem problem) {
        return binaries(problem) <= 60_000;
    }

    /** The number of decision variables (teacher × destination) of {@code problem}'s model. */
    public static int binaries(RotationProblem problem) {
        return problem.eligible().stream()
                .mapToInt(t ->
                        problem.candidates().getOrDefault(t.id(), List.of()).size())
                .sum();
    }

    /** Solves {@code problem} within {@code settings}' time limit. */
    public RotationPlan solve(RotationProblem problem, SolveSettings settings) {
        return solve(problem, settings, SolveListener.IGNORE);
    }

    /**
     * Solves {@code problem} within {@code settings}' time limit, reporting the phases to {@code listener} (OR-Tools
     * gives no callback from inside HiGHS, so the reports are "model", "solve", "bound" when the time limit cut the
     * search short, and "done").
     */
    public RotationPlan solve(RotationProblem problem, SolveSettings settings, SolveListener listener) {
        long start = System.nanoTime();
        listener.progress(new SolveProgress("model", Duration.ZERO, settings.timeLimit(), Double.NaN, Double.NaN));
        Solved solved = solve(
                problem,
                settings.timeLimit(),
                settings.threads(),
                Double.NaN,
                elapsed -> listener.progress(
                        new SolveProgress("solve", elapsed, settings.timeLimit(), Double.NaN, Double.NaN)));
        // A plan cut short by the time limit takes the relaxation's bound (MipResult#provenBound says why).
        double bound = solved.result().provenBound(() -> {
            listener.progress(new SolveProgress(
                    "bound",
                    Duration.ofNanos(System.nanoTime() - start),
                    settings.timeLimit(),
                    solved.objective(),
                    Double.NaN));
            return relaxationBound(problem);
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        listener.progress(new SolveProgress("done", elapsed, settings.timeLimit(), solved.objective(), bound));
        return new RotationPlan(
                solved.moves(),
                solved.result().status(elapsed.compareTo(settings.timeLimit()) >= 0),
                solved.objective(),
                solved.balance(),
                bound,
                solved.solver(),
                elapsed);
    }

    /**
     * One HiGHS solve of {@code problem}'s model that accepts only plans below {@code cutoff} (NaN: any plan). The
     * cutoff is how a search passes on the plan it has: OR-Tools 9.15 aborts the JVM when given a solution hint for
     * HiGHS, but HiGHS's {@code objective_bound} option gets through and prunes every branch that cannot beat it.
     *
     * @param solving told the time spent building the model, when the solver starts
     */
    Solved solve(RotationProblem problem, Duration timeLimit, int threads, double cutoff, Consumer<Duration> solving) {
        long start = System.nanoTime();
        try (MipSolver solver = MipSolver.of(MipSolver.Backend.HIGHS)) {
            var model = new Model(problem, solver.model());
            model.build();
            Duration built = Duration.ofNanos(System.nanoTime() - start);
            solving.accept(built);
            MipResult result = solver.solve(timeLimit.minus(built), threads, cutoff);
            return result.found()
                    ? new Solved(model.moves(), result, model.balance(), SOLVER_NAME)
                    : Solved.none(result.solverStatus());
        }
    }

    /** What one HiGHS solve returned; {@code balance} is NaN without a plan. */
    record Solved(List<Move> moves, MipResult result, double balance, String solver) {
        static Solved none(String status) {
            return new Solved(List.of(), new MipResult(status, Double.NaN), Double.NaN, SOLVER_NAME);
        }

        double objective() {
            return result.objective();
        }

        boolean found() {
            return result.found();
        }

        boolean optimal() {
            return result.optimal();
        }

        String status() {
            return result.solverStatus();
        }
    }

    /** One solve's variables and constraints. */
    private static final class Model {
        private final RotationProblem problem;
        private final RotationPolicy policy;
        private final MPSolver solver;
        private final Map<SiteKey, SchoolSegmentSite> siteByKey = new HashMap<>();
        private final List<Choice> choices = new ArrayList<>();
        private final List<MPVariable> deviations = new ArrayList<>();
        private final List<Double> deviationCosts = new ArrayList<>();

        /** One decision: teacher {@code teacher} to candidate {@code candidate}. */
        private record Choice(Teacher teacher, Candidate candidate, MPVariable y) {}

        Model(RotationProblem problem, MPSolver solver) {
            this.problem = problem;
            this.policy = problem.policy();
            this.solver = solver;
            problem.sites().forEach(s -> siteByKey.put(s.key(), s));
        }

        void build() {
            MPObjective objective = solver.objective();
            objective.setMinimization();
            for (Teacher t : problem.eligible()) {
                List<Candidate> candidates = problem.candidates().getOrDefault(t.id(), List.of());
                MPConstraint once = solver.makeConstraint(0, 1, "once_" + t.id());
                SchoolCode pin = problem.pinned().get(t.id());
                boolean pinFound = false;
                for (Candidate c : candidates) {
                    MPVariable y = solver.makeBoolVar("y_" + choices.size());
                    once.setCoefficient(y, 1);
                    objective.setCoefficient(y, policy.moverPenalty() + COMMUTE_TIE_BREAK * c.distanceKm());
                    if (c.school().equals(pin)) {
                        y.setLb(1);
                        pinFound = true;
                    }
                    choices.add(new Choice(t, c, y));
                }
                if (pin != null && !pinFound) {
                    throw new PlanningProblemInvalidException("Teacher " + t.id() + " is pinned to school " + pin
                            + ", which the policy does not allow for this teacher (segment, commute, direction or"
                            + " a forbidden move). Maybe unpin the move or relax the policy.");
                }
            }
            quota();
            backbone();
            sites();
            balance(objective);
        }

        private void quota() {
            Integer max = policy.maxMovers();
            MPConstraint movers = solver.makeConstraint(
                    problem.minimumMovers(), max == null ? Double.POSITIVE_INFINITY : max, "movers");
            choices.forEach(c -> movers.setCoefficient(c.y(), 1));
        }

        private void backbone() {
            double share = policy.minBackboneShare();
            if (policy.backboneShareOfEligible()) {
                MPConstraint c = solver.makeConstraint(
                        Math.ceil(share * problem.eligibleBackbone() - 1e-9), Double.POSITIVE_INFINITY, "backbone");
                choices.stream()
                        .filter(x -> x.teacher().backboneLevel().isBackbone())
                        .forEach(x -> c.setCoefficient(x.y(), 1));
            } else {
                // Σ backbone movers − share × Σ movers ≥ 0
                MPConstraint c = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "backbone");
                choices.forEach(x ->
                        c.setCoefficient(x.y(), (x.teacher().backboneLevel().isBackbone() ? 1 : 0) - share));
            }
        }

        private void sites() {
            Map<SiteKey, List<Choice>> out = new HashMap<>();
            Map<SiteKey, List<Choice>> in = new HashMap<>();
            for (Choice c : choices) {
                out.computeIfAbsent(
                                new SiteKey(c.teacher().school(), c.teacher().segment()), k -> new ArrayList<>())
                        .add(c);
                in.computeIfAbsent(
                                new SiteKey(c.candidate().school(), c.teacher().segment()), k -> new ArrayList<>())
                        .add(c);
            }
            for (SchoolSegmentSite site : problem.sites()) {
                List<Choice> leaving = out.getOrDefault(site.key(), List.of());
                if (leaving.isEmpty()) {
                    continue;
                }
                int cap = (int)
                        Math.floor(policy.maxShareLeaving() * site.staffing().teachers() + 1e-9);
                MPConstraint loss = solver.makeConstraint(0, cap, "leave_" + site.school() + "_" + site.segment());
                leaving.forEach(c -> loss.setCoefficient(c.y(), 1));
                if (policy.subjectsMustStayStaffed()) {
                    Map<Subject, MPConstraint> bySubject = new EnumMap<>(Subject.class);
                    for (Choice c : leaving) {
                        bySubject
                                .computeIfAbsent(
                                        c.teacher().subject(),
                                        s -> solver.makeConstraint(
                                                0, Double.POSITIVE_INFINITY, "staff_" + site.school() + "_" + s))
                                .setCoefficient(c.y(), -1);
                    }
                    for (Choice c : in.getOrDefault(site.key(), List.of())) {
                        MPConstraint staffed = bySubject.get(c.teacher().subject());
                        if (staffed != null) {
                            staffed.setCoefficient(c.y(), 1);
                        }
                    }
                }
            }
        }

        private void balance(MPObjective objective) {
            Map<SiteKey, List<Choice>> touching = new HashMap<>();
            for (Choice c : choices) {
                touching.computeIfAbsent(
                                new SiteKey(c.teacher().school(), c.teacher().segment()), k -> new ArrayList<>())
                        .add(c);
                touching.computeIfAbsent(
                                new SiteKey(c.candidate().school(), c.teacher().segment()), k -> new ArrayList<>())
                        .add(c);
            }
            for (SiteIndicator term : problem.siteIndicators()) {
                deviation(objective, term, touching.getOrDefault(term.site(), List.of()));
            }
        }

        /**
         * {@code d ≥ |x_s − x̄|} with x_s linear in the moves ({@code touching}: the choices into or out of the site);
         * d enters the objective with {@code cost}.
         */
        private void deviation(MPObjective objective, SiteIndicator term, List<Choice> touching) {
            SiteKey site = term.site();
            TeacherIndicator m = term.indicator();
            double cost = term.cost();
            double scale = PER / term.students();
            double gap = scale * term.base() - term.countyValue();
            MPVariable d = solver.makeNumVar(
                    0, Double.POSITIVE_INFINITY, "d_" + site.school() + "_" + site.segment() + "_" + m);
            objective.setCoefficient(d, cost);
            deviations.add(d);
            deviationCosts.add(cost);
            MPConstraint above = solver.makeConstraint(gap, Double.POSITIVE_INFINITY, "above");
            MPConstraint below = solver.makeConstraint(-gap, Double.POSITIVE_INFINITY, "below");
            above.setCoefficient(d, 1);
            below.setCoefficient(d, 1);
            // x_s moves in steps of `scale`: between the two counts nearest the county value the deviation is at
            // least the chord through them (the integer hull of |scale·n − x̄|), which the relaxation otherwise misses.
            long n0 = (long) Math.floor(term.countyValue() / scale);
            double f0 = Math.abs(scale * n0 - term.countyValue());
            double slope = Math.abs(scale * (n0 + 1) - term.countyValue()) - f0;
            MPConstraint chord =
                    solver.makeConstraint(f0 + slope * (term.base() - n0), Double.POSITIVE_INFINITY, "chord");
            chord.setCoefficient(d, 1);
            for (Choice c : touching) {
                if (!m.counts(c.teacher())) {
                    continue;
                }
                double change = c.candidate().school().equals(site.school())
                        ? scale
                        : c.teacher().school().equals(site.school()) ? -scale : 0;
                if (change != 0) {
                    // d − change·y ≥ gap and d + change·y ≥ −gap
                    above.setCoefficient(c.y(), -change);
                    below.setCoefficient(c.y(), change);
                    chord.setCoefficient(c.y(), -slope * change / scale);
                }
            }
        }

        /** The balance part of the solved objective. */
        double balance() {
            double sum = 0;
            for (int i = 0; i < deviations.size(); i++) {
                sum += deviationCosts.get(i) * deviations.get(i).solutionValue();
            }
            return sum;
        }

        List<Move> moves() {
            var reasons = new MoveReasons(problem);
            List<Move> moves = new ArrayList<>();
            for (Choice c : choices) {
                if (c.y().solutionValue() > 0.5) {
                    Teacher t = c.teacher();
                    moves.add(new Move(
                            t.id(),
                            t.school(),
                            c.candidate().school(),
                            t.segment(),
                            t.subject(),
                            c.candidate().distanceKm(),
                            reasons.reasons(t, c.candidate().school())));
                }
            }
            moves.sort(java.util.Comparator.comparing(Move::teacher));
            return moves;
        }
    }
}
