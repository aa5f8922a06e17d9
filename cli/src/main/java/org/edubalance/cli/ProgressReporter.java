package org.edubalance.cli;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on the terminal for long runs; silent when output is not a terminal (scripts, CI, benchmarks),
 * so it costs nothing there.
 */
public final class ProgressReporter implements AutoCloseable {
    private final @Nullable ProgressBar bar;

    private ProgressReporter(@Nullable ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar named {@code task} counting {@code unit}s when a terminal is attached, otherwise a silent reporter. */
    public static ProgressReporter start(String task, long expectedTotal) {
        if (System.console() == null) {
            return new ProgressReporter(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(expectedTotal)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .build();
        return new ProgressReporter(bar);
    }

    /** A callback that moves the bar to the given count. */
    public LongConsumer counter() {
        return count -> {
            if (bar != null) {
                bar.stepTo(count);
            }
        };
    }

    @Override
    public void close() {
        if (bar != null) {
            // The total was an estimate: end the bar at 100 % of what was actually done.
            bar.maxHint(bar.getCurrent());
            bar.close();
        }
    }
}
