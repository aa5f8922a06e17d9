package org.edubalance.cli.plan;

import static org.edubalance.cli.Selection.warn;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.cli.PlanOutput;
import org.edubalance.cli.Selection;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.policy.FundingPolicyReader;
import org.edubalance.dataimport.school.SchoolImport;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.funding.FundingPlan;
import org.edubalance.planning.funding.FundingPlan.CountyFunding;
import org.edubalance.planning.funding.FundingPlanJson;
import org.edubalance.planning.funding.FundingPlanner;
import org.edubalance.report.planning.FundingWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance plan funding}: each public school's funds under the per-student formula against today's. */
@Command(
        name = "funding",
        mixinStandardHelpOptions = true,
        description = {
            "Applies the per-student public funds formula (生均公用经费) to every public school.",
            "Allocation by segment, boarders, disabled students, the small-school floor for rural schools and teaching"
                    + " points, special-education schools and the location factor, scaled to the budget when the"
                    + " policy sets one; set against each school's current public funds, with each county's CV and"
                    + " urban : town : rural ratio of funds per student before and after (docs/planning/funding.md).",
            "生均公用经费测算：按公式测算每所公办学校的经费，与现行经费比较，并给出各县差异系数和城乡比。"
        },
        footer = {
            "",
            "Exit codes: 0 written, 2 bad input (nothing written).",
            "Example:",
            "  edubalance plan funding --data schools.csv --policy national-central-west --out funding.xlsx",
        })
public final class FundingPlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "School data (.csv or .xlsx).")
    private Path data;

    @Option(
            names = "--policy",
            defaultValue = "national-east",
            paramLabel = "national-east|national-central-west|FILE.yaml",
            description = "Funding policy: a shipped one or a YAML file. Default: ${DEFAULT-VALUE}.")
    private String policy;

    @Option(names = "--year", paramLabel = "N", description = "The data year (needed when the data hold several).")
    private @Nullable Integer year;

    @Option(names = "--county", paramLabel = "CODE", description = "One county. Default: every county of the year.")
    private @Nullable String county;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.json|FILE.xlsx",
            description = "Write the result: JSON, or a workbook (schools, counties and a chart).")
    private Path out;

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "zh|en",
            description = "Language of the text and the workbook: zh or en. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        FundingPolicy funding = FundingPolicyReader.load(policy);
        SchoolImport imported = new SchoolImporter().importFile(data);
        warn(spec.commandLine().getErr(), imported.report().format());
        int dataYear = Selection.dataYear(year, imported.schools());
        List<SchoolYear> rows = Selection.rowsOf(imported.schools(), dataYear, county);
        if (rows.stream().noneMatch(s -> s.ownership() == Ownership.PUBLIC)) {
            throw new BadInputException(data + ": no public school in data year " + dataYear
                    + (county == null ? "" : " and county " + county) + "; private schools get no public funds.");
        }
        FundingPlan plan = new FundingPlanner(funding).plan(dataYear, rows);
        write(plan);
        summary(plan, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private void write(FundingPlan plan) throws IOException {
        PlanOutput.write(
                out,
                f -> new FundingWorkbook(lang.locale()).write(plan, f),
                stream -> FundingPlanJson.write(plan, stream));
    }

    private void summary(FundingPlan plan, PrintWriter text) {
        ResourceBundle lines = lang.bundle("org.edubalance.cli.plan.funding");
        text.println(String.format(
                Locale.ROOT,
                lines.getString(plan.counties().size() == 1 ? "headingOneCounty" : "heading"),
                plan.policy(),
                plan.year(),
                plan.schools().size(),
                plan.counties().size()));
        for (CountyFunding c : plan.counties()) {
            text.println(String.format(
                    Locale.ROOT,
                    lines.getString("county"),
                    c.code(),
                    c.schools(),
                    String.format(Locale.ROOT, "%.2f", c.total()),
                    figure(c.cvCurrent()),
                    figure(c.cvFormula()),
                    ratios(c.ratioCurrent()),
                    ratios(c.ratioFormula())));
        }
        text.println(String.format(Locale.ROOT, lines.getString("written"), out));
        text.flush();
    }

    private static String ratios(Map<Location, @Nullable Double> ratios) {
        return String.join(
                " : ",
                List.of(Location.values()).stream()
                        .map(l -> figure(ratios.get(l)))
                        .toList());
    }

    private static String figure(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }
}
