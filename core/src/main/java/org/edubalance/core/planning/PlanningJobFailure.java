package org.edubalance.core.planning;

import java.util.List;
import java.util.Objects;

/**
 * Why a planning job failed: a code and its figures, which pages and reports word in the reader's language
 * ({@code job.error.<code>} in the bundles), and the English text the API and the audit log keep for their readers.
 *
 * @param code what went wrong
 * @param arguments the figures the wording names, in the order of its placeholders (e.g. the number of attempts)
 * @param text the English sentence
 */
public record PlanningJobFailure(Code code, List<String> arguments, String text) {

    /** What went wrong, as stored in {@code planning_job.error_code}. */
    public enum Code {
        /** The server ran out of memory while solving. */
        OUT_OF_MEMORY,
        /** The solve overflowed its thread's stack. */
        STACK_OVERFLOW,
        /** The solver could not be loaded (its native libraries). Argument: the JVM's message. */
        SOLVER_UNAVAILABLE,
        /** The job's kind, its solver or its checker refused or failed. Argument: their (English) message. */
        SOLVE_FAILED,
        /**
         * The budgets by year of a phased investment plan together buy nothing useful. Arguments: their total and
         * the cheapest plan that makes one more school segment compliant, in yuan.
         */
        BUDGETS_TOO_LITTLE,
        /** Servers stopped while the job ran, as often as a job is tried. Argument: that number of attempts. */
        GAVE_UP_AFTER_RESTARTS,
        /** A failure recorded before jobs stored codes. Argument: its stored text. */
        OTHER
    }

    public PlanningJobFailure {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(text, "text");
    }

    /** A failure whose one argument is its own English text (the detail only that text has). */
    public static PlanningJobFailure withText(Code code, String text) {
        return new PlanningJobFailure(code, List.of(text), text);
    }
}
