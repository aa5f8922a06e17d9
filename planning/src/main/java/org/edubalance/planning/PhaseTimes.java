package org.edubalance.planning;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each phase of a run took, for {@code --timings} (the benchmarks report the mechanism's own time beside the
 * whole command's). A phase lasts from the previous mark (or the clock's start) to its own; a phase marked twice adds
 * up. {@link #NONE} records nothing, so that a planner run without timings reads no clock.
 */
public class PhaseTimes {
    /** Records nothing. */
    public static final PhaseTimes NONE = new PhaseTimes() {
        @Override
        public void mark(String phase) {}
    };

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the phase {@code phase} now; the next phase starts now. */
    public void mark(String phase) {
        long now = System.nanoTime();
        nanos.merge(phase, now - last, Long::sum);
        last = now;
    }

    /** The seconds of {@code phase}, 0 when it was never marked. */
    public double seconds(String phase) {
        return nanos.getOrDefault(phase, 0L) / 1e9;
    }
}
