package org.edubalance.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import org.edubalance.core.school.SchoolYear;
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

    /** The data year of {@code --year} among the years of {@code schools} (the only one when not given). */
    public static int dataYear(@Nullable Integer year, List<SchoolYear> schools) {
        TreeSet<Integer> years = new TreeSet<>();
        schools.forEach(s -> years.add(s.year()));
        return select("--year", year, years, "data");
    }

    /** The county of {@code --county} among the counties of {@code rows} (the only one when not given). */
    public static String county(@Nullable String county, List<SchoolYear> rows) {
        TreeSet<String> counties = new TreeSet<>();
        rows.forEach(s -> counties.add(s.county().code().value()));
        return select("--county", county, counties, "data");
    }

    /** The rows of {@code rows} in {@code year} and, when given, in {@code county} (checked to be there). */
    public static List<SchoolYear> rowsOf(List<SchoolYear> rows, int year, @Nullable String county) {
        List<SchoolYear> ofYear = rows.stream().filter(s -> s.year() == year).toList();
        if (county == null) {
            return ofYear;
        }
        String chosen = county(county, ofYear);
        return ofYear.stream()
                .filter(s -> s.county().code().value().equals(chosen))
                .toList();
    }

    /** Prints an import's warnings, if any, to {@code err}. */
    public static void warn(PrintWriter err, String warnings) {
        if (!warnings.isEmpty()) {
            err.print(warnings);
            err.flush();
        }
    }
}
