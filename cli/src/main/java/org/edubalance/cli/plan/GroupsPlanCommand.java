package org.edubalance.cli.plan;

import static org.edubalance.cli.Selection.warn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.cli.Selection;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.dataimport.school.SchoolImport;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlanChecker;
import org.edubalance.planning.groups.GroupPlanJson;
import org.edubalance.planning.groups.GroupPlanner;
import org.edubalance.report.planning.GroupWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance plan groups}: school groups around the named core schools, the most placed, then the least km. */
@Command(
        name = "groups",
        mixinStandardHelpOptions = true,
        description = {
            "Plans school groups (集团化办学) in one county: the bureau names the core schools; every other public"
                    + " school segment joins at most one core's group of its segment within the policy's distance,"
                    + " groups within the size bounds and each group's mean strength at least the floor; the most"
                    + " placed, then the least total distance, on HiGHS (docs/planning/groups.md).",
            "集团化办学规划：核心校由教育局指定，在距离、规模与集团平均强度限制下，使加入集团的学校最多、总距离最短。"
        },
        footer = {
            "",
            "Exit codes: 0 written, 1 a failed independent check (nothing written), 2 bad input (nothing written).",
            "Example:",
            "  edubalance plan groups --data schools.csv --cores 3710020001,3710020002 --out groups.xlsx --lang zh",
        })
public final class GroupsPlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

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
            description = "Pairing policy with the group limits: the shipped one or a YAML file."
                    + " Default: ${DEFAULT-VALUE}.")
    private String policy;

    @Option(names = "--year", paramLabel = "N", description = "The data year (needed when the data hold several).")
    private @Nullable Integer year;

    @Option(names = "--county", paramLabel = "CODE", description = "The county (needed when the data hold several).")
    private @Nullable String county;

    @ArgGroup(multiplicity = "1")
    private Cores cores;

    static final class Cores {
        @Option(names = "--cores", paramLabel = "CODE,CODE", description = "The core schools' codes.")
        @Nullable
        String list;

        @Option(names = "--cores-file", paramLabel = "FILE.csv", description = "The core schools, one code a row.")
        @Nullable
        Path file;
    }

    @Option(
            names = "--time-limit",
            defaultValue = "30",
            paramLabel = "SECONDS",
            description = "The solve's time limit; a plan cut short says its gap. Default: ${DEFAULT-VALUE}.")
    private int timeLimit;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.json|FILE.xlsx",
            description = "Write the plan: JSON, or a workbook (groups, unplaced, summary).")
    private Path out;

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "zh|en",
            description = "Language of the text and the workbook: zh or en. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        if (timeLimit < 1) {
            throw new BadInputException("--time-limit " + timeLimit + ": at least 1 second.");
        }
        GroupPolicy limits = PairingPolicyReader.loadGroups(policy);
        Set<String> named = cores.list != null ? CoreList.of(cores.list) : CoreList.of(cores.file);
        Standard rules = StandardCatalogue.load(standard);
        SchoolImport imported = new SchoolImporter().importFile(data);
        warn(spec.commandLine().getErr(), imported.report().format());
        int dataYear = Selection.dataYear(year, imported.schools());
        // One county: a group stays within a county (its bureau runs it), so several need --county.
        String chosen = Selection.county(county, Selection.rowsOf(imported.schools(), dataYear, null));
        List<SchoolYear> countyRows = Selection.rowsOf(imported.schools(), dataYear, chosen);
        Evaluation evaluation = new YearEvaluator(rules).evaluate(countyRows, dataYear, Map.of());
        GroupPlan plan = new GroupPlanner(limits, Duration.ofSeconds(timeLimit)).plan(evaluation, chosen, named);
        List<String> problems = GroupPlanChecker.check(plan, evaluation, limits, named);
        if (!problems.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("The independent check of the plan failed (a bug; nothing written): " + problems);
            return ExitCodes.FAILURE;
        }
        GroupWorkbook words = new GroupWorkbook(lang.locale());
        if (String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            words.write(plan, out);
        } else {
            try (OutputStream stream = Files.newOutputStream(out)) {
                GroupPlanJson.write(plan, stream);
            }
        }
        PrintWriter text = spec.commandLine().getOut();
        text.println(words.build(plan).title());
        text.println(words.summary(plan));
        plan.unplaced().forEach(u -> text.println("  " + u.school() + ": " + words.reason(u.reason(), plan)));
        text.println(out);
        text.flush();
        return ExitCodes.OK;
    }
}
