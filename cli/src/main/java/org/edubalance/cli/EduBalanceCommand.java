package org.edubalance.cli;

import org.edubalance.cli.demo.DemoCommand;
import org.edubalance.cli.evaluate.EvaluateCommand;
import org.edubalance.cli.plan.PlanCommand;
import org.edubalance.cli.report.ReportCommand;
import org.edubalance.cli.serve.ServeCommand;
import org.edubalance.cli.template.TemplateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code edubalance} command; its subcommands do the work. */
@Command(
        name = "edubalance",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "EduBalance: measure, plan and prove the balanced development of compulsory education.",
            "EduBalance：义务教育优质均衡发展的测评、规划与佐证平台。"
        },
        subcommands = {
            ServeCommand.class,
            EvaluateCommand.class,
            ReportCommand.class,
            DemoCommand.class,
            TemplateCommand.class,
            PlanCommand.class,
            CommandLine.HelpCommand.class
        })
public final class EduBalanceCommand implements Runnable {
    static {
        // POI logs through the Log4j API; without a provider it prints an error on the first XLSX. Route it to
        // Log4j's own simple logger at ERROR level, unless the user configured logging.
        System.setProperty(
                "log4j2.loggerContextFactory",
                System.getProperty(
                        "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
        System.setProperty("log4j2.simplelogLevel", System.getProperty("log4j2.simplelogLevel", "ERROR"));
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code: 0 done, 2 bad input or usage. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests execute it in-process). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new EduBalanceCommand());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
