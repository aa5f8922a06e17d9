package org.edubalance.planning;

import org.edubalance.core.planning.PlanningJobFailure;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of a planning problem cannot make a problem: the message names what is missing or inconsistent. A
 * refusal that pages word in the reader's language also carries it as a job failure (a code and its figures), so no
 * page has to read the English message to find them.
 */
public final class PlanningProblemInvalidException extends RuntimeException {
    private final transient @Nullable PlanningJobFailure failure;

    public PlanningProblemInvalidException(String message) {
        super(message);
        this.failure = null;
    }

    /** A refusal a job stores as {@code failure} (its text is the message). */
    public PlanningProblemInvalidException(PlanningJobFailure failure) {
        super(failure.text());
        this.failure = failure;
    }

    /** The refusal as a job failure with its own code, or null when only the message says it. */
    public @Nullable PlanningJobFailure failure() {
        return failure;
    }
}
