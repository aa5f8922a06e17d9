package org.edubalance.cli.plan;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.edubalance.planning.PhaseTimes;

/** The {@code --timings} line of {@code plan admission} and {@code plan quota}, on standard error. */
final class PhaseTimings {
    private PhaseTimings() {}

    static void print(PrintWriter err, Instant called, PhaseTimes times) {
        err.printf(
                Locale.ROOT,
                "timings: start-up %.2f s, import %.2f s, lottery numbers %.3f s, mechanism %.3f s, checker %.2f s,"
                        + " output %.2f s%n",
                startUpSeconds(called),
                times.seconds("import"),
                times.seconds("lottery numbers"),
                times.seconds("mechanism"),
                times.seconds("checker") + times.seconds("checker (beyond the output)"),
                times.seconds("output"));
        err.flush();
    }

    /**
     * From the process's start (as the operating system recorded it, to about 10 ms) to the command's start: the JVM,
     * the class loading and the command line's parsing. NaN when unknown.
     */
    private static double startUpSeconds(Instant called) {
        return ProcessHandle.current()
                .info()
                .startInstant()
                .map(started -> Duration.between(started, called).toNanos() / 1e9)
                .orElse(Double.NaN);
    }
}
