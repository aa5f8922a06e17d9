package org.edubalance.cli;

import java.io.PrintWriter;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Picks the one year, county or grade a command works on from what its files hold: the option's value when given
 * (refused when the files do not hold it), else the only value there is (refused, naming the option, when there are
 * several or none).
 */
public final class Selection {
    private Selection() {}

    /** The selected value of {@code option}. */
    public static <T extends Comparable<T>> T select(
            String option, @Nullable T given, TreeSet<T> values, String files) {
        if (given != null) {
            if (!values.contains(given)) {
                throw new BadInputException(option + " " + given + ": the " + files
                        + " file(s) hold no such value. Maybe one of: " + values + ".");
            }
            return given;
        }
        if (values.isEmpty()) {
            throw new BadInputException("The " + files + " file(s) hold no rows for the selection. Maybe the files are"
                    + " empty apart from the header, or of another year or county.");
        }
        if (values.size() > 1) {
            throw new BadInputException("The " + files + " file(s) hold " + values.size() + " values " + values
                    + "; choose one with " + option + ".");
        }
        return values.first();
    }

    /** Prints an import's warnings, if any, to {@code err}. */
    public static void warn(PrintWriter err, String warnings) {
        if (!warnings.isEmpty()) {
            err.print(warnings);
            err.flush();
        }
    }
}
