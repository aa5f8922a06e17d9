package org.edubalance.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.edubalance.cli.demo.DemoCommand;
import org.edubalance.cli.evaluate.EvaluateCommand;
import org.edubalance.cli.forecast.ForecastCommand;
import org.edubalance.cli.lottery.LotteryCommand;
import org.edubalance.cli.plan.PlanCommand;
import org.edubalance.cli.report.ReportCommand;
import org.edubalance.cli.serve.ServeCommand;
import org.edubalance.cli.template.TemplateCommand;
import org.jspecify.annotations.Nullable;
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
        })
public final class EduBalanceCommand implements Runnable {
    /** The subcommands, by name, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    static {
        // POI logs through the Log4j API; without a provider it prints an error on the first XLSX. Route it to
        // Log4j's own simple logger at ERROR level, unless the user configured logging.
        System.setProperty(
                "log4j2.loggerContextFactory",
                System.getProperty(
                        "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
        System.setProperty("log4j2.simplelogLevel", System.getProperty("log4j2.simplelogLevel", "ERROR"));
        // Picocli looks for Groovy (groovy.lang.Closure) on start unless told not to. A class no jar has makes the
        // class loader open every jar of the class path (about 150) and read its index to look for it. Without this
        // lookup and the one of System.exit (main), a run opens 6 jars instead of 154: about 15 ms less CPU (30
        // alternating runs of --version, under load).
        System.setProperty("picocli.disable.closures", System.getProperty("picocli.disable.closures", "true"));
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("serve", ServeCommand::new);
        commands.put("evaluate", EvaluateCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("demo", DemoCommand::new);
        commands.put("template", TemplateCommand::new);
        commands.put("plan", PlanCommand::new);
        commands.put("lottery", LotteryCommand::new);
        commands.put("forecast", ForecastCommand::new);
        return commands;
    }

    /** Runs the command line and exits with its code: 0 done, 2 bad input or usage. */
    public static void main(String[] args) {
        // Picocli builds the model of every registered command up front (hundreds of classes, reflection): a run of
        // one command registers only that one, which keeps a 1.5-second evaluate from paying for the others.
        String named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) ? args[0] : null;
        if (!"serve".equals(named)) {
            // Batch commands log warnings to standard error, without the font readers' chatter (the file says why);
            // serve keeps Spring Boot's logging. Set before any logger exists, unless the user chose a file.
            System.setProperty(
                    "logback.configurationFile",
                    System.getProperty("logback.configurationFile", "org/edubalance/cli/batch-logback.xml"));
        }
        int code = commandLine(named).execute(args);
        if (code == ExitCodes.OK && onlyDaemonThreadsLeft()) {
            // Ends the same way (status 0, shutdown hooks run) without System.exit, which since JDK 21 looks up a
            // logger for Runtime.exit: a service lookup that opens every jar of the class path, as above.
            return;
        }
        System.exit(code);
    }

    /** Whether returning from main ends the JVM: no thread but this one that the JVM would wait for. */
    private static boolean onlyDaemonThreadsLeft() {
        Thread self = Thread.currentThread();
        return Thread.getAllStackTraces().keySet().stream().allMatch(t -> t == self || t.isDaemon() || !t.isAlive());
    }

    /** The configured command line with every subcommand (tests execute it in-process). */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    private static CommandLine commandLine(@Nullable String only) {
        CommandLine cli = new CommandLine(new EduBalanceCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
