package org.edubalance.cli.plan;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code edubalance plan}: the planners, one subcommand each. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Proposes plans that close the gaps.",
            "Each planner meets every rule of its policy, has its plan re-checked by an independent checker, and"
                    + " reports its distance from the best possible plan. Today: teacher rotation and admission.",
            "规划：交流轮岗、入学派位等。"
        },
        subcommands = {
            RotationPlanCommand.class,
            AdmissionPlanCommand.class,
            QuotaPlanCommand.class,
            ZonesPlanCommand.class,
            FundingPlanCommand.class,
            PairingPlanCommand.class,
            GroupsPlanCommand.class,
            InvestmentPlanCommand.class
        })
public final class PlanCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
