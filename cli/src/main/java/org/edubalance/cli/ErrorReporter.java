package org.edubalance.cli;

import java.io.PrintWriter;
import org.edubalance.core.standard.InvalidStandardPackException;
import org.edubalance.core.zoning.HorizonBeforeBirthException;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.zoning.ZoningProblemInvalidException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Turns the exceptions of bad input into a clear message on standard error and exit code 2; anything else is a
 * failure with exit code 1 and its stack trace, so bugs are not mistaken for bad data. A rejected import is printed
 * in the command's {@code --lang} (ImportReportText).
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (ex instanceof ImportRejectedException rejected) {
            ImportReportText.printRejected(rejected.report(), rejected.getMessage(), language(parseResult), err);
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof InvalidStandardPackException
                || ex instanceof BadInputException
                || ex instanceof InvalidPolicyException
                || ex instanceof PlanningProblemInvalidException
                || ex instanceof ZoningProblemInvalidException
                || ex instanceof HorizonBeforeBirthException) {
            err.println(ex.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        ex.printStackTrace(err);
        err.flush();
        return ExitCodes.FAILURE;
    }

    /**
     * The language of the command's text: Chinese when {@code --lang zh} was given, else English (CLI text is English
     * by default, even where a command's document, such as {@code report}'s, defaults to Chinese).
     */
    static Language language(ParseResult parseResult) {
        ParseResult command = parseResult;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        OptionSpec lang = command.matchedOption("--lang");
        return lang != null && lang.getValue() instanceof Language chosen ? chosen : Language.en;
    }
}
