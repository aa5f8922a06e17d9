package org.edubalance.core.rotation;

/**
 * The last progress report of a running job.
 *
 * @param phase the solver's phase word ({@code model}, {@code solve}, {@code done}, …)
 * @param timeShare share of the time limit spent, 0 to 1
 * @param incumbent objective of the best plan so far; NaN while none is known
 * @param bound best proven lower bound so far; NaN while none is known
 */
public record RotationJobProgress(String phase, double timeShare, double incumbent, double bound) {
    /** Before the first report. */
    public static final RotationJobProgress NONE = new RotationJobProgress("queued", 0, Double.NaN, Double.NaN);
}
