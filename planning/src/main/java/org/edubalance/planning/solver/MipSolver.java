package org.edubalance.planning.solver;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import java.time.Duration;

/**
 * One OR-Tools model and its solve on HiGHS, with the quirks every exact planner would otherwise learn again
 * (docs/planning/jobs.md §6):
 *
 * <ul>
 *   <li>the native libraries are loaded once per process, before the first model;
 *   <li>a backend missing from the OR-Tools build is an error that says so, not a {@code null};
 *   <li>the time limit is the budget left after building the model, at least one second (HiGHS needs some time to
 *       return even a first plan);
 *   <li>the thread count is set, though HiGHS fixes its own at its first solve in the process;
 *   <li>a cutoff goes through HiGHS's {@code objective_bound} option, as OR-Tools 9.15 aborts the JVM when given a
 *       solution hint for HiGHS;
 *   <li>HiGHS's "no plan yet at the time limit" (status 99, which the Java enum does not know and throws on) reads as
 *       {@code NOT_SOLVED};
 *   <li>the status maps to {@link org.edubalance.planning.PlanningStatus}, and the proven bound is computed as {@link
 *       MipResult#provenBound} says.
 * </ul>
 *
 * <p>Build the model on {@link #model()}, then {@link #solve}; {@link #close()} frees the native model.
 */
public final class MipSolver implements AutoCloseable {
    /** The plans' solver name (OR-Tools 9.15 names its HiGHS interface "PDLP Solver"). */
    public static final String HIGHS_NAME = "HiGHS (OR-Tools MPSolver)";

    /** The smallest time limit handed to the solver. */
    static final Duration MIN_TIME_LIMIT = Duration.ofSeconds(1);

    /** {@link #MIN_TIME_LIMIT} in nanoseconds: a caller with less time left than this does not start a solve. */
    public static final long MIN_TIME_LIMIT_NANOS = MIN_TIME_LIMIT.toNanos();

    static {
        Loader.loadNativeLibraries();
    }

    /** The OR-Tools solvers used. */
    public enum Backend {
        /**
         * HiGHS's mixed-integer solver. HiGHS, not SCIP: on the 150-school benchmark county (53,404 binaries) HiGHS
         * proved the optimum in 39 s where SCIP was still 2.1 % away after 60 s.
         */
        HIGHS,
        /** HiGHS's linear solver (integrality dropped): relaxation bounds; 5 s where GLOP took 41 s. */
        HIGHS_LP
    }

    private final MPSolver solver;

    private MipSolver(Backend backend) {
        MPSolver created = MPSolver.createSolver(backend.name());
        if (created == null) {
            throw new IllegalStateException("OR-Tools was built without " + backend);
        }
        // HiGHS prints a banner and a log to standard output unless told not to: the command line's output is ours.
        // OR-Tools' own switch leaves the banner on, so HiGHS's option says it too (and says it again whenever the
        // parameters are set: see parameters).
        created.suppressOutput();
        this.solver = created;
        parameters();
    }

    /**
     * Sets HiGHS's options ({@code name=value} each) for the next solves, replacing those set before; output stays
     * off whatever they say, since a parameter string replaces the solver's silence.
     */
    public void parameters(String... settings) {
        StringBuilder all = new StringBuilder("output_flag=false");
        for (String setting : settings) {
            if (!setting.isEmpty()) {
                all.append('\n').append(setting);
            }
        }
        solver.setSolverSpecificParametersAsString(all.toString());
    }

    /** A new, empty model on {@code backend}. */
    public static MipSolver of(Backend backend) {
        return new MipSolver(backend);
    }

    /** The OR-Tools model to add variables, constraints and the objective to. */
    public MPSolver model() {
        return solver;
    }

    /**
     * Solves the model within {@code timeLimit} (at least {@link #MIN_TIME_LIMIT}) on {@code threads} threads,
     * accepting only plans whose objective is below {@code cutoff} (NaN: any plan).
     */
    public MipResult solve(Duration timeLimit, int threads, double cutoff) {
        solver.setTimeLimit(Math.max(MIN_TIME_LIMIT.toMillis(), timeLimit.toMillis()));
        solver.setNumThreads(threads);
        if (!Double.isNaN(cutoff)) {
            parameters("objective_bound=" + cutoff);
        }
        return result(solveReadingUnknownStatus());
    }

    /**
     * Solves the model on one thread within {@code timeLimit} as given (at least a millisecond), for loops of many
     * small solves that share a deadline — the county CV loop's rounds take tens of milliseconds each, and a second
     * granted to the last of them would overrun the plan's time limit.
     */
    public MipResult solveWithin(Duration timeLimit) {
        solver.setTimeLimit(Math.max(1, timeLimit.toMillis()));
        solver.setNumThreads(1);
        return result(solveReadingUnknownStatus());
    }

    private MipResult result(MPSolver.ResultStatus status) {
        return switch (status) {
            case OPTIMAL, FEASIBLE ->
                new MipResult(status.name(), solver.objective().value());
            case INFEASIBLE -> new MipResult("INFEASIBLE", Double.NaN);
            default -> new MipResult("NOT_SOLVED", Double.NaN);
        };
    }

    /** Solves the model to the end, with the solver's defaults: for linear relaxations, which end in seconds. */
    public MipResult solveWithoutTimeLimit() {
        return result(solveReadingUnknownStatus());
    }

    /** The model in free MPS format (long names, not obfuscated), for an outside solver to solve the same instance. */
    public String exportMps() {
        return solver.exportModelAsMpsFormat(false, false);
    }

    private MPSolver.ResultStatus solveReadingUnknownStatus() {
        try {
            return solver.solve();
        } catch (IllegalArgumentException unknownStatus) {
            return MPSolver.ResultStatus.NOT_SOLVED;
        }
    }

    @Override
    public void close() {
        solver.delete();
    }
}
