package org.edubalance.cli.plan;

import static org.edubalance.cli.Selection.warn;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.cli.Language;
import org.edubalance.cli.Selection;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.school.SchoolImport;
import org.edubalance.dataimport.school.SchoolImporter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options and the loading of the planners that work within one county from its evaluation, school by school
 * ({@code plan pairing}, {@code plan groups}): the school file, the standard that makes a school's strength, the
 * pairing policy, the year and county, and the language. A pairing or a group stays within a county (its bureau runs
 * it), so data of several counties need {@code --county}.
 */
public final class CountyPlanOptions {
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "School data (.csv or .xlsx).")
    private Path data;

    @Option(
            names = "--standard",
            defaultValue = StandardCatalogue.DEFAULT_ID,
            paramLabel = "ID|FILE",
            description = "The standard whose indicators make a school's strength. Default: ${DEFAULT-VALUE}.")
    private String standard;

    @Option(
            names = "--policy",
            defaultValue = "national",
            paramLabel = "national|FILE.yaml",
            description = "Pairing policy (with the group limits): the shipped one or a YAML file."
                    + " Default: ${DEFAULT-VALUE}.")
    private String policy;

    @Option(names = "--year", paramLabel = "N", description = "The data year (needed when the data hold several).")
    private @Nullable Integer year;

    @Option(names = "--county", paramLabel = "CODE", description = "The county (needed when the data hold several).")
    private @Nullable String county;

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "zh|en",
            description = "Language of the text and the workbook: zh or en. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    /** The pairing policy as given: {@code national} or a YAML file. */
    String policy() {
        return policy;
    }

    Locale locale() {
        return lang.locale();
    }

    /**
     * The chosen county evaluated by the standard: the file imported (its warnings printed on {@code err}), the data
     * year and the county chosen as {@link Selection} chooses them.
     */
    CountyEvaluation evaluate(PrintWriter err) {
        var rules = StandardCatalogue.load(standard);
        SchoolImport imported = new SchoolImporter().importFile(data);
        warn(err, imported.report().format());
        int dataYear = Selection.dataYear(year, imported.schools());
        String chosen = Selection.county(county, Selection.rowsOf(imported.schools(), dataYear, null));
        List<SchoolYear> countyRows = Selection.rowsOf(imported.schools(), dataYear, chosen);
        return new CountyEvaluation(new YearEvaluator(rules).evaluate(countyRows, dataYear, Map.of()), chosen);
    }

    /**
     * One county's evaluation.
     *
     * @param evaluation the evaluation of its schools of the data year
     * @param county its code
     */
    record CountyEvaluation(Evaluation evaluation, String county) {}

    /**
     * Prints the independent check's {@code problems} on {@code err} and says whether there were any: a plan that
     * fails its check is a bug, and nothing is written.
     */
    static boolean failsItsCheck(PrintWriter err, List<String> problems) {
        if (problems.isEmpty()) {
            return false;
        }
        err.println("The independent check of the plan failed (a bug; nothing written): " + problems);
        return true;
    }
}
