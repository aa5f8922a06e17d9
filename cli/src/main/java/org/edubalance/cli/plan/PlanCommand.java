package org.edubalance.cli.plan;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code edubalance plan}: the planners, one subcommand each. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {"Plans that turn gaps into action, with their distance from the best possible plan.", "规划。"},
        subcommands = {RotationPlanCommand.class})
public final class PlanCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
