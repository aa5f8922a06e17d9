package org.edubalance.cli.plan;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.cli.PlanOutput;
import org.edubalance.cli.lottery.AdmissionDraw;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.planning.PhaseTimes;
import org.edubalance.planning.admission.AdmissionChecker;
import org.edubalance.planning.admission.AdmissionExplanation;
import org.edubalance.planning.admission.AdmissionPlanner;
import org.edubalance.planning.admission.AdmissionResult;
import org.edubalance.planning.admission.AdmissionResultJson;
import org.edubalance.planning.admission.AdmissionStatistics;
import org.edubalance.report.planning.AdmissionWording;
import org.edubalance.report.planning.AdmissionWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance plan admission}: one county's admission round for one grade, drawn with a public value. */
@Command(
        name = "admission",
        mixinStandardHelpOptions = true,
        description = {
            "Places the children registered for grade 1 or grade 7.",
            "Runs an admission round (划片就近入学、多校划片派位、公民同招): priority classes by zone, preference"
                    + " lists (choices, own zones nearest first, then coordination), a verifiable lottery seeded by the"
                    + " committed inputs and a public value, and applicant-proposing deferred acceptance. The result is"
                    + " re-checked by an independent checker (docs/planning/admission.md).",
            "义务教育入学派位：按学区类别排序、公开随机数摇号、延迟接受算法，结果可由任何人复核。"
        },
        footer = {
            "",
            "Exit codes: 0 placed, 1 the independent check failed (a bug), 2 bad input.",
            "Example:",
            "  edubalance lottery commit --kind admission --schools schools.csv --seats seats.csv --zones zones.csv"
                    + " --applicants applicants.csv",
            "  edubalance plan admission --schools schools.csv --seats seats.csv --zones zones.csv"
                    + " --applicants applicants.csv --public-value \"上证指数 2026-07-01 收盘 3456.78\" --out result.json",
            "  edubalance plan admission … --explain A20250001 --lang zh",
        })
public final class AdmissionPlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--schools", required = true, paramLabel = "FILE", description = "School data (.csv or .xlsx).")
    private Path schools;

    @Option(names = "--seats", required = true, paramLabel = "FILE", description = "seats.csv (招生计划).")
    private Path seats;

    @Option(names = "--zones", required = true, paramLabel = "FILE", description = "zones.csv (学区).")
    private Path zones;

    @Option(names = "--applicants", required = true, paramLabel = "FILE", description = "applicants.csv (报名).")
    private Path applicants;

    @Option(
            names = "--policy",
            defaultValue = "national",
            paramLabel = "national|FILE.yaml",
            description = "Shipped policy or a YAML file. Default: ${DEFAULT-VALUE}.")
    private String policy;

    @Option(names = "--county", paramLabel = "CODE", description = "The county (needed when the files hold several).")
    private @Nullable String county;

    @Option(names = "--year", paramLabel = "N", description = "The school year (needed when the files hold several).")
    private @Nullable Integer year;

    @Option(
            names = "--entry-grade",
            paramLabel = "G1|G7",
            description = "The entry grade (needed when the files hold both).")
    private @Nullable EntryGrade grade;

    @Option(
            names = "--public-value",
            required = true,
            paramLabel = "TEXT",
            description = "The public value nobody knew when the commit was published, used exactly as given.")
    private String publicValue;

    @Option(
            names = "--out",
            paramLabel = "FILE.json|FILE.xlsx",
            description = "Write the result: JSON, or a workbook (录取名单, 学校汇总, 抽签公示).")
    private @Nullable Path out;

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "Language of the text and the workbook: zh or en. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Option(names = "--timings", description = "Print how long each phase took on standard error.")
    private boolean timings;

    @Option(
            names = "--explain",
            paramLabel = "APPLICANT",
            description = "Explain a child's placement as a parent asks (repeatable): the class and lottery number at"
                    + " each school of the list down to the placement, each school's last admitted, and why.")
    private List<String> explain = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (publicValue.isEmpty()) {
            throw new BadInputException("--public-value is empty: a draw needs a value nobody knew when the commit"
                    + " was published (e.g. a named closing index on a named day).");
        }
        Instant called = Instant.now();
        PhaseTimes times = timings ? new PhaseTimes() : PhaseTimes.NONE;
        PrintWriter err = spec.commandLine().getErr();
        AdmissionDraw draw = AdmissionDraw.load(schools, seats, zones, applicants, policy, year, county, grade, err);
        times.mark("import");
        knownApplicants(draw);
        AdmissionResult result = new AdmissionPlanner().plan(draw.round(), draw.inputs(), publicValue, times);
        List<String> problems = new AdmissionChecker().check(draw.round(), result);
        times.mark("checker");
        if (!problems.isEmpty()) {
            err.println("The independent check of the result failed (a bug; nothing written):");
            problems.forEach(p -> err.println("  " + p));
            err.flush();
            return ExitCodes.FAILURE;
        }
        List<String> explained = explained(draw, result);
        if (out != null) {
            write(result, out);
        }
        PrintWriter text = spec.commandLine().getOut();
        summary(result, text);
        explained.forEach(text::println);
        text.flush();
        times.mark("output");
        if (timings) {
            PhaseTimings.print(err, called, times);
        }
        return ExitCodes.OK;
    }

    /** Refuses, before the round is run, an {@code --explain} id that is not an applicant of the selected round. */
    private void knownApplicants(AdmissionDraw draw) {
        if (explain.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>(explain);
        draw.round().applicants().forEach(a -> ids.remove(a.id()));
        for (String id : explain) {
            if (ids.contains(id)) {
                throw new BadInputException("--explain " + id + ": not an applicant of the round (county "
                        + draw.round().county().value() + ", " + draw.round().year() + ", "
                        + draw.round().grade().name() + ").");
            }
        }
    }

    /** The explanation of each {@code --explain} id: a heading, why, then one line per school down to the placement. */
    private List<String> explained(AdmissionDraw draw, AdmissionResult result) {
        List<String> lines = new ArrayList<>();
        if (explain.isEmpty()) {
            return lines;
        }
        var wording = new AdmissionWording(lang.locale());
        for (AdmissionExplanation e : AdmissionExplanation.explain(draw.round(), result, explain)) {
            lines.add(String.format(Locale.ROOT, bundle().getString("explained"), e.applicantId()));
            wording.explain(e).forEach(line -> lines.add("  " + line));
        }
        return lines;
    }

    private ResourceBundle bundle() {
        return lang.bundle("org.edubalance.cli.plan.admission");
    }

    private void write(AdmissionResult result, Path file) throws IOException {
        PlanOutput.write(
                file,
                f -> new AdmissionWorkbook(lang.locale()).write(result, f),
                stream -> AdmissionResultJson.write(result, stream));
    }

    private void summary(AdmissionResult result, PrintWriter text) {
        ResourceBundle lines = bundle();
        AdmissionStatistics stats = AdmissionStatistics.of(result);
        var s = result.summary();
        text.println(String.format(
                Locale.ROOT,
                lines.getString("heading"),
                result.grade().name(),
                result.county().value(),
                result.year(),
                result.policy()));
        text.println(String.format(
                Locale.ROOT,
                lines.getString("draw"),
                result.lottery().commit(),
                result.lottery().publicValue(),
                result.lottery().seed()));
        text.println(String.format(
                Locale.ROOT,
                lines.getString("placed"),
                s.applicants(),
                s.placed(),
                s.firstChoice(),
                percent(stats.firstChoiceRate()),
                s.unplaced()));
        text.println(String.format(
                Locale.ROOT,
                lines.getString("migrants"),
                s.migrantApplicants(),
                s.migrantPlacedPublic(),
                percent(stats.migrantPublicRate())));
        text.println(String.format(
                Locale.ROOT, lines.getString("schools"), result.schools().size(), stats.oversubscribed()));
        text.println(String.format(
                Locale.ROOT, lines.getString("checked"), result.outcome().seconds()));
        if (out != null) {
            text.println(String.format(Locale.ROOT, lines.getString("written"), out));
        }
        text.flush();
    }

    private static String percent(@Nullable Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * rate);
    }
}
