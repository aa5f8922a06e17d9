package org.edubalance.cli.plan;

import static org.edubalance.cli.Selection.select;
import static org.edubalance.cli.Selection.warn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.dataimport.school.SchoolImport;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.pairing.PairingPlan;
import org.edubalance.planning.pairing.PairingPlanChecker;
import org.edubalance.planning.pairing.PairingPlanJson;
import org.edubalance.planning.pairing.PairingPlanner;
import org.edubalance.report.planning.PairingWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance plan pairing}: strong schools paired with weak ones, the most mentees, then the least distance. */
@Command(
        name = "pairing",
        mixinStandardHelpOptions = true,
        description = {
            "Pairs strong school segments (mentors) with weak ones (mentees) in one county (强校带弱校): each mentee"
                    + " gets at most one mentor within the policy's distance, each mentor at most its number of"
                    + " mentees; the most mentees paired, then the least total distance, proven optimal (a min-cost"
                    + " maximum flow, docs/planning/pairing.md).",
            "强校带弱校结对：在距离与帮扶数量限制下，使结对的受援学校最多、总距离最短。"
        },
        footer = {
            "",
            "Exit codes: 0 written, 1 a failed independent check (nothing written), 2 bad input (nothing written).",
            "Example:",
            "  edubalance plan pairing --data schools.csv --county 371002 --out pairs.xlsx --lang zh",
        })
public final class PairingPlanCommand implements Callable<Integer> {
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
            description = "Pairing policy: the shipped one or a YAML file. Default: ${DEFAULT-VALUE}.")
    private String policy;

    @Option(names = "--year", paramLabel = "N", description = "The data year (needed when the data hold several).")
    private @Nullable Integer year;

    @Option(names = "--county", paramLabel = "CODE", description = "The county (needed when the data hold several).")
    private @Nullable String county;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.json|FILE.xlsx",
            description = "Write the plan: JSON, or a workbook (pairs, unpaired, schools).")
    private Path out;

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "zh|en",
            description = "Language of the text and the workbook: zh or en. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        PairingPolicy pairing = PairingPolicyReader.load(policy);
        Standard rules = StandardCatalogue.load(standard);
        SchoolImport imported = new SchoolImporter().importFile(data);
        warn(spec.commandLine().getErr(), imported.report().format());
        TreeSet<Integer> years = new TreeSet<>();
        imported.schools().forEach(s -> years.add(s.year()));
        int dataYear = select("--year", year, years, "data");
        List<SchoolYear> rows =
                imported.schools().stream().filter(s -> s.year() == dataYear).toList();
        TreeSet<String> counties = new TreeSet<>();
        rows.forEach(s -> counties.add(s.county().code().value()));
        String chosen = select("--county", county, counties, "data");
        List<SchoolYear> countyRows = rows.stream()
                .filter(s -> s.county().code().value().equals(chosen))
                .toList();
        Evaluation evaluation = new YearEvaluator(rules).evaluate(countyRows, dataYear, Map.of());
        PairingPlan plan = new PairingPlanner(pairing).plan(evaluation, chosen);
        List<String> problems = PairingPlanChecker.check(plan, evaluation, pairing);
        if (!problems.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("The independent check of the plan failed (a bug; nothing written): " + problems);
            return ExitCodes.FAILURE;
        }
        PairingWorkbook words = new PairingWorkbook(lang.locale());
        if (String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            words.write(plan, out);
        } else {
            try (OutputStream stream = Files.newOutputStream(out)) {
                PairingPlanJson.write(plan, stream);
            }
        }
        PrintWriter text = spec.commandLine().getOut();
        text.println(words.build(plan).title());
        text.println(words.summary(plan));
        plan.unpaired()
                .forEach(u -> text.println("  " + u.school() + ": " + words.reason(u.reason(), plan.maxDistanceKm())));
        text.println(out);
        text.flush();
        return ExitCodes.OK;
    }
}
