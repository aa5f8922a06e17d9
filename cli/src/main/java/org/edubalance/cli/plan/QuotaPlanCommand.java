package org.edubalance.cli.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.cli.PlanOutput;
import org.edubalance.cli.lottery.QuotaInputs;
import org.edubalance.planning.PhaseTimes;
import org.edubalance.planning.quota.Batch;
import org.edubalance.planning.quota.EquitySummary;
import org.edubalance.planning.quota.LocationEquity;
import org.edubalance.planning.quota.QuotaExplanation;
import org.edubalance.planning.quota.QuotaPlanner;
import org.edubalance.planning.quota.QuotaResult;
import org.edubalance.planning.quota.QuotaResult.HighSchoolQuota;
import org.edubalance.planning.quota.QuotaResult.JuniorEquity;
import org.edubalance.planning.quota.QuotaResultChecker;
import org.edubalance.planning.quota.QuotaResultJson;
import org.edubalance.report.planning.QuotaReportBuilder;
import org.edubalance.report.planning.QuotaWording;
import org.edubalance.report.render.XlsxReportRenderer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance plan quota}: the quota seats (指标到校) and the entrance-exam admission of one area and year. */
@Command(
        name = "quota",
        mixinStandardHelpOptions = true,
        description = {
            "Apportions the quota seats and admits the entrance-exam candidates.",
            "Shares each high school's quota seats (指标到校) among the junior highs in exact arithmetic (Webster,"
                    + " D'Hondt or Hamilton), admits the quota batch and the general batch (平行志愿) in the order of"
                    + " scores with a public lottery as the last tie-break, and shows what the quotas change for each"
                    + " junior high, rural against urban. The result is re-checked by an independent checker; anyone"
                    + " holding the files and the public value recomputes it (docs/planning/quota.md).",
            "指标到校名额分配与中考录取：按精确算术分配名额，按分数与公开抽签排序录取，并给出指标到校对各初中的均衡效果。"
        },
        footer = {
            "",
            "Exit codes: 0 admitted, 2 bad input (every error located: file, row, column, value, rule).",
            "Example:",
            "  edubalance plan quota --schools schools.csv --high-schools high_schools.csv --candidates candidates.csv"
                    + " --public-value \"SSE close 2026-06-30: 3421.07\" --out result.json",
        })
public final class QuotaPlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--schools", required = true, paramLabel = "FILE", description = "School data (.csv or .xlsx).")
    private Path schools;

    @Option(
            names = "--high-schools",
            required = true,
            paramLabel = "FILE",
            description = "High schools: seats, quota share, minimum score, tier (.csv or .xlsx).")
    private Path highSchools;

    @Option(
            names = "--candidates",
            required = true,
            paramLabel = "FILE",
            description = "Candidates: junior school, scores, quota choice, choices (.csv or .xlsx).")
    private Path candidates;

    @Option(
            names = "--policy",
            defaultValue = "national",
            paramLabel = "ID|FILE",
            description = "Shipped policy (national) or a YAML file. Default: ${DEFAULT-VALUE}.")
    private String policy;

    @Option(
            names = {"--area", "--county"},
            paramLabel = "CODE",
            description = "The admission area (needed when the candidates hold several).")
    private @Nullable String area;

    @Option(
            names = "--year",
            paramLabel = "N",
            description = "The exam year (needed when the candidates hold several).")
    private @Nullable Integer year;

    @Option(
            names = "--public-value",
            required = true,
            paramLabel = "TEXT",
            description = "The public value of the draw, unknown when the commit was published.")
    private String publicValue;

    @Option(
            names = "--out",
            paramLabel = "FILE.json|FILE.xlsx",
            description = "Write the result here: JSON, or a workbook (指标分配, 录取名单, 分数线, 均衡效果).")
    private @Nullable Path out;

    @Option(
            names = "--explain",
            paramLabel = "CANDIDATE|JUNIOR_SCHOOL",
            description =
                    "Explain a candidate's placement (rank, quota batch, cut-off met, why not an earlier choice) or"
                            + " what the quota seats change for a junior high (repeatable).")
    private List<String> explain = new java.util.ArrayList<>();

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            description = "Language of the text and the workbook (JSON is language-neutral). Default: English text,"
                    + " and the workbook with Chinese headers as the bureau publishes it.")
    private @Nullable Language lang;

    @Option(names = "--timings", description = "Print how long each phase took on standard error.")
    private boolean timings;

    @Override
    public Integer call() throws IOException {
        if (publicValue.isEmpty()) {
            throw new BadInputException("--public-value is empty: a draw needs a value nobody knew when the commit"
                    + " was published. Maybe a named closing index or a beacon round.");
        }
        Instant called = Instant.now();
        PhaseTimes times = timings ? new PhaseTimes() : PhaseTimes.NONE;
        PrintWriter err = spec.commandLine().getErr();
        var loaded = new QuotaInputs(schools, highSchools, candidates, policy, area, year).load(err, textLanguage());
        times.mark("import");
        QuotaResult result = QuotaPlanner.plan(loaded.round(), loaded.policy(), loaded.inputs(), publicValue, times);
        List<String> explained = explain(loaded.round(), result);
        // The independent check runs on the other core while the document is written beside its final name; the
        // document takes its name only once the check has passed, so a failed check leaves nothing written.
        var checking = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> QuotaResultChecker.check(loaded.round(), loaded.policy(), result));
        @Nullable Path written = out == null ? null : write(result, out);
        times.mark("output");
        List<QuotaResultChecker.Violation> violations = checking.join();
        // Only the checker's time beyond the output's: the two run side by side.
        times.mark("checker (beyond the output)");
        if (!violations.isEmpty()) {
            // A planner bug, not bad input: say so and write nothing.
            if (written != null) {
                Files.deleteIfExists(written);
            }
            violations.forEach(v -> err.println("checker: " + v.rule() + " " + v.subject() + ": " + v.figures()));
            err.flush();
            return ExitCodes.FAILURE;
        }
        if (written != null) {
            Files.move(written, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        summary(result, new Words(textLanguage()), spec.commandLine().getOut());
        PrintWriter stdout = spec.commandLine().getOut();
        explained.forEach(stdout::println);
        stdout.flush();
        times.mark("output");
        if (timings) {
            PhaseTimings.print(err, called, times);
        }
        return ExitCodes.OK;
    }

    /** The result in {@code out}'s format, written to a sibling file that {@link #call} renames once checked. */
    private Path write(QuotaResult result, Path out) throws IOException {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        if (PlanOutput.isWorkbook(out)) {
            new XlsxReportRenderer()
                    .render(new QuotaReportBuilder((lang == null ? Language.zh : lang).locale()).build(result), part);
        } else {
            try (OutputStream stream = Files.newOutputStream(part)) {
                QuotaResultJson.write(result, stream);
            }
        }
        return part;
    }

    /** The sentences of each {@code --explain} id, refused as bad input (before anything is written) when unknown. */
    private List<String> explain(org.edubalance.core.quota.QuotaRound round, QuotaResult result) {
        List<String> lines = new java.util.ArrayList<>();
        if (explain.isEmpty()) {
            return lines;
        }
        var explanation = new QuotaExplanation(round, result);
        var wording = new QuotaWording(textLanguage().locale());
        for (String id : explain) {
            var candidate = explanation.candidate(id);
            if (candidate != null) {
                lines.addAll(wording.candidate(candidate));
                continue;
            }
            var junior = explanation.juniorHighs().stream()
                    .filter(j -> j.juniorSchool().equals(id))
                    .findFirst();
            if (junior.isEmpty()) {
                throw new BadInputException(
                        "--explain " + id + ": neither a candidate nor a junior high of the round.");
            }
            lines.add(wording.juniorHigh(junior.get()));
        }
        return lines;
    }

    private static void summary(QuotaResult r, Words text, PrintWriter out) {
        out.println(text.line("heading", r.areaCode(), r.year(), r.policy()));
        out.println(text.line(
                "lottery",
                r.lottery().commit(),
                r.lottery().publicValue(),
                r.lottery().seed()));
        long quota =
                r.admissions().stream().filter(a -> a.batch() == Batch.QUOTA).count();
        long general =
                r.admissions().stream().filter(a -> a.batch() == Batch.GENERAL).count();
        long unplaced = r.admissions().stream().filter(a -> a.school() == null).count();
        int quotaSeats =
                r.apportionment().stream().mapToInt(HighSchoolQuota::quotaSeats).sum();
        out.println(text.line("admitted", r.admissions().size(), quota, general, unplaced));
        out.println(text.line("quotaSeats", quotaSeats, r.apportionment().size(), quota));
        out.println(text.line("equity"));
        out.println(text.line("equityHeader"));
        for (JuniorEquity e : r.equity()) {
            out.printf(
                    Locale.ROOT,
                    "  %-14s %-6s %8d %8d %8d%n",
                    e.juniorSchool(),
                    text.location(e.location()),
                    e.candidates(),
                    e.keyAdmitted(),
                    e.keyAdmittedWithoutQuota());
        }
        out.println(text.line("equityByLocation"));
        out.println(text.line("equityByLocationHeader"));
        for (LocationEquity l : LocationEquity.of(r.equity())) {
            out.printf(
                    Locale.ROOT,
                    "  %-8s %12d %10d %8d %8d%n",
                    text.location(l.location()),
                    l.juniorHighs(),
                    l.candidates(),
                    l.keyAdmitted(),
                    l.keyAdmittedWithoutQuota());
        }
        EquitySummary s = r.equitySummary();
        out.println(text.line(
                "equitySummary",
                figure(s.keyRateCv()),
                figure(s.keyRateCvWithoutQuota()),
                figure(s.ruralUrbanKeyRate()),
                figure(s.ruralUrbanKeyRateWithoutQuota())));
        out.flush();
    }

    private static String figure(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    private Language textLanguage() {
        return lang == null ? Language.en : lang;
    }

    /** The command's lines in {@code lang}. */
    private static final class Words {
        private final ResourceBundle lines;
        private final Language lang;

        Words(Language lang) {
            this.lang = lang;
            this.lines = lang.bundle("org.edubalance.cli.plan.quota");
        }

        String line(String key, Object... args) {
            return String.format(Locale.ROOT, lines.getString(key), args);
        }

        String location(org.edubalance.core.school.Location location) {
            return lang == Language.zh
                    ? location.chineseName()
                    : location.name().toLowerCase(Locale.ROOT);
        }
    }
}
