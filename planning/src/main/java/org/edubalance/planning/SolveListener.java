package org.edubalance.planning;

/** Receives {@link SolveProgress} reports from a running solve; called on the solver's thread, so keep it short. */
@FunctionalInterface
public interface SolveListener {
    /** A listener that ignores every report, for callers that only want the result. */
    SolveListener IGNORE = progress -> {};

    void progress(SolveProgress progress);
}
