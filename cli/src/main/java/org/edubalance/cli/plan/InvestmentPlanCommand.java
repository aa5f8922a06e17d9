package org.edubalance.cli.plan;

import static org.edubalance.cli.Selection.warn;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.cli.PlanOutput;
import org.edubalance.cli.Selection;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.edubalance.dataimport.school.SchoolImport;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.investment.InvestmentChecker;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlan.CountyInvestment;
import org.edubalance.planning.investment.InvestmentPlan.YearFigures;
import org.edubalance.planning.investment.InvestmentPlanJson;
import org.edubalance.planning.investment.InvestmentPlanner;
import org.edubalance.planning.investment.PhasedChecker;
import org.edubalance.planning.investment.PhasedPlanner;
import org.edubalance.report.planning.InvestmentWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code edubalance plan investment}: the least cost of bringing every school segment to the standard, the most
 * compliant segments within a budget, or within a budget per year (phasing).
 */
@Command(
        name = "investment",
        mixinStandardHelpOptions = true,
        description = {
            "Plans the investment that brings every school segment to the standard (达标投入规划).",
            "The least total cost of teachers hired or trained, floor space, sports ground, equipment and multimedia"
                    + " rooms (costs.csv) such that every school segment meets the per-school rule and every county"
                    + " CV is within its limit; or, with --budget, the most compliant school segments within the"
                    + " budget, or with --budget-per-year phased over several years (docs/planning/investment.md).",
            "达标投入规划：以最少投入使每所学校（学段）达到校际标准、各县差异系数达标；或在预算内使达标学校最多。"
        },
        footer = {
            "",
            "Exit codes: 0 written (a proven INFEASIBLE included, with its reason), 1 no plan found, 2 bad input"
                    + " (nothing written).",
            "Example:",
            "  edubalance plan investment --data schools.csv --out plan.json --after after.csv",
        })
public final class InvestmentPlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "School data (.csv or .xlsx).")
    private Path data;

    @Option(
            names = "--standard",
            defaultValue = StandardCatalogue.DEFAULT_ID,
            paramLabel = "ID|FILE",
            description = "The standard: a shipped id or a pack file. Default: ${DEFAULT-VALUE}.")
    private String standard;

    @Option(names = "--year", paramLabel = "N", description = "The data year (needed when the data hold several).")
    private @Nullable Integer year;

    @Option(names = "--county", paramLabel = "CODE", description = "One county. Default: every county of the year.")
    private @Nullable String county;

    @Option(names = "--costs", paramLabel = "costs.csv", description = "Action costs. Default: the shipped file.")
    private @Nullable Path costs;

    @Option(
            names = "--goal",
            paramLabel = "compliance",
            description = "compliance (the default): every school segment and county CV within the standard.")
    private @Nullable String goal;

    @Option(names = "--budget", paramLabel = "YUAN", description = "The most compliant school segments within it.")
    private @Nullable Double budget;

    @Option(
            names = "--budget-per-year",
            paramLabel = "YEAR=YUAN,…",
            description =
                    "Phasing by year: each year's own budget (no carry-over), the most compliant school-segment-years,"
                            + " then the least cost; years ≥ the data year, increasing. Excludes --budget and --goal.")
    private @Nullable String budgetPerYear;

    @Option(
            names = "--time-limit",
            defaultValue = "60",
            paramLabel = "S",
            description =
                    "Seconds allowed (the exact methods used today end well within it). Default: ${DEFAULT-VALUE}.")
    private int timeLimit;

    @Option(names = "--out", required = true, paramLabel = "FILE.json|FILE.xlsx", description = "Write the plan.")
    private Path out;

    @Option(names = "--after", paramLabel = "after.csv", description = "Write the school file with the plan applied.")
    private @Nullable Path after;

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "zh|en",
            description = "Language of the text and the workbook: zh or en. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        checkGoal();
        Standard rules = StandardCatalogue.load(standard);
        CostTable table = costs == null ? CostsReader.shipped() : CostsReader.read(costs);
        SchoolImport imported = new SchoolImporter().importFile(data);
        warn(spec.commandLine().getErr(), imported.report().format());
        int dataYear = Selection.dataYear(year, imported.schools());
        // Without --county every row stays (the after-file holds them all); with it, the county's rows of the year.
        List<SchoolYear> rows =
                county == null ? imported.schools() : Selection.rowsOf(imported.schools(), dataYear, county);
        InvestmentPlan plan = plan(rules, table, dataYear, rows);
        // Under phasing every action is applied: the after-file is the state after the last phase year.
        InvestmentChecker.Checked checked =
                new InvestmentChecker(rules, table).check(imported.schools(), dataYear, plan.actions());
        List<String> problems = new java.util.ArrayList<>(checked.problems());
        if (plan.phasing() != null) {
            problems.addAll(new PhasedChecker(rules, table)
                    .check(
                            imported.schools(),
                            dataYear,
                            plan.phasing().budgets(),
                            plan.phasing().actions())
                    .problems());
        }
        if (!problems.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("The independent check of the plan failed (a bug; nothing written): " + problems);
            return ExitCodes.FAILURE;
        }
        write(plan);
        if (after != null && plan.status().hasPlan()) {
            new SchoolCsvWriter().write(checked.after(), after);
        }
        summary(plan, spec.commandLine().getOut());
        return plan.status().hasPlan() || plan.status() == PlanningStatus.INFEASIBLE ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private InvestmentPlan plan(Standard rules, CostTable table, int dataYear, List<SchoolYear> rows) {
        java.time.Duration limit = java.time.Duration.ofSeconds(timeLimit);
        if (budgetPerYear != null) {
            SortedMap<Integer, Double> budgets = BudgetPerYear.parse(budgetPerYear, dataYear);
            try {
                return new PhasedPlanner(rules, table, limit).plan(dataYear, rows, budgets);
            } catch (PlanningProblemInvalidException e) {
                throw new BadInputException("--budget-per-year " + budgetPerYear + ": " + e.getMessage());
            }
        }
        InvestmentPlanner planner = new InvestmentPlanner(rules, table, limit);
        return budget == null ? planner.compliance(dataYear, rows) : planner.budget(dataYear, rows, budget);
    }

    private void checkGoal() {
        if (budgetPerYear != null && budget != null) {
            throw new BadInputException("--budget-per-year and --budget exclude each other: phase the money by year"
                    + " or give one budget, not both.");
        }
        if (budgetPerYear != null && goal != null) {
            throw new BadInputException("--budget-per-year and --goal " + goal + " exclude each other: phasing"
                    + " maximises the compliant school-segment-years within each year's budget.");
        }
        if (goal != null && !goal.equals("compliance")) {
            throw new BadInputException("--goal " + goal + ": the goal is compliance; for a budget use --budget YUAN.");
        }
        if (goal != null && budget != null) {
            throw new BadInputException("--goal compliance and --budget exclude each other: choose one.");
        }
        if (budget != null && !(budget >= 0 && Double.isFinite(budget))) {
            throw new BadInputException("--budget " + budget + ": a budget is a number of yuan, 0 or more.");
        }
        if (timeLimit <= 0) {
            throw new BadInputException(
                    "--time-limit " + timeLimit + ": a time limit is a positive number of seconds.");
        }
    }

    private void write(InvestmentPlan plan) throws IOException {
        PlanOutput.write(
                out,
                f -> new InvestmentWorkbook(lang.locale()).write(plan, f),
                stream -> InvestmentPlanJson.write(plan, stream));
    }

    /**
     * The line's word for {@code key} in the command's language, or {@code otherwise} (a reason without its wording
     * is then shown as its code and figures, as the JSON document holds it).
     */
    private static @Nullable String worded(ResourceBundle lines, String key, @Nullable String otherwise) {
        return lines.containsKey(key) ? lines.getString(key) : otherwise;
    }

    private void summary(InvestmentPlan plan, PrintWriter text) {
        ResourceBundle lines = lang.bundle("org.edubalance.cli.plan.investment");
        text.println(String.format(
                Locale.ROOT,
                lines.getString("heading"),
                plan.standard(),
                plan.year(),
                worded(lines, "goal." + plan.goal(), plan.goal()),
                worded(lines, "status." + plan.status(), plan.status().name()),
                money(plan.totalCost()),
                money(plan.bound()),
                String.format(Locale.ROOT, "%.2f%%", 100 * plan.gap()),
                plan.actions().size()));
        if (plan.reason() != null) {
            text.println(String.format(
                    Locale.ROOT,
                    lines.getString("reason"),
                    plan.reason()
                            .word(
                                    code -> worded(lines, "reason." + code, null),
                                    term -> worded(lines, "term." + term, null),
                                    lang.locale())));
        }
        for (CountyInvestment c : plan.counties()) {
            text.println(String.format(
                    Locale.ROOT,
                    lines.getString("county"),
                    c.code(),
                    money(c.cost()),
                    count(c.compliantBefore().get(Segment.PRIMARY)),
                    count(c.compliantAfter().get(Segment.PRIMARY)),
                    count(c.compliantBefore().get(Segment.JUNIOR)),
                    count(c.compliantAfter().get(Segment.JUNIOR))));
            if (plan.phasing() != null) {
                for (YearFigures y : plan.phasing().byCounty().getOrDefault(c.code(), List.of())) {
                    text.println(String.format(
                            Locale.ROOT,
                            lines.getString("year"),
                            y.year(),
                            money(y.cost()),
                            count(y.compliantAfter().get(Segment.PRIMARY)),
                            count(y.compliantAfter().get(Segment.JUNIOR))));
                }
            }
        }
        if (plan.phasing() != null) {
            plan.phasing().budgets().forEach((year, budget) -> {
                double spent = 0;
                for (var a : plan.phasing().actions()) {
                    spent += a.year() == year ? a.action().cost() : 0;
                }
                text.println(
                        String.format(Locale.ROOT, lines.getString("yearTotal"), year, money(spent), money(budget)));
            });
        }
        text.println(String.format(Locale.ROOT, lines.getString("written"), out));
        if (after != null && plan.status().hasPlan()) {
            text.println(String.format(Locale.ROOT, lines.getString("after"), after));
        }
        text.flush();
    }

    private static String money(double yuan) {
        return yuan == Math.rint(yuan) ? Long.toString((long) yuan) : String.format(Locale.ROOT, "%.2f", yuan);
    }

    private static String count(@Nullable Integer n) {
        return n == null ? "—" : n.toString();
    }
}
