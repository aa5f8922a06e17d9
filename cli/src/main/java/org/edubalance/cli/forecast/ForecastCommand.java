package org.edubalance.cli.forecast;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code edubalance forecast}: forecasts from the data, one subcommand each. */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Forecasts what the next years hold.",
            "Today: the seat-demand forecast of each attendance zone (学位预警).",
            "预测：学位预警等。"
        },
        subcommands = {SeatsForecastCommand.class})
public final class ForecastCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
