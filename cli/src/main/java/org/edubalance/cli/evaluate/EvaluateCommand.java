package org.edubalance.cli.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.cli.data.CountyGaps;
import org.edubalance.cli.data.CountySummaries;
import org.edubalance.cli.data.DataOptions;
import org.edubalance.cli.data.EvaluationDataImporter;
import org.edubalance.cli.data.LoadedData;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.Shortfall;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.render.ApplicationFormRenderer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code edubalance evaluate}: the county evaluation against a standard (docs/data-formats.md §2). */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates each county's school data against a standard.",
            "Reports per-school compliance, the enrolment-weighted CV per indicator, the other assessment items, the"
                    + " verdict, and what each school lacks (the rules: docs/standards.md).",
            "评估各县学校数据：校级达标、按在校生加权的差异系数、其他评估项目、结论及各校缺口。"
        },
        footer = {
            "",
            "Exit codes: 0 evaluated (whatever the verdict), 2 bad input (validation report on stderr).",
            "Examples:",
            "  edubalance evaluate --data demo/schools.csv",
            "  edubalance evaluate --data schools.xlsx --standard cn-2012-basic --format json --out result.json",
            "  edubalance evaluate --data schools.csv --county 130101 --lang zh"
        })
public final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private DataOptions dataOptions;

    @Option(names = "--format", defaultValue = "text", description = "text, json or xlsx. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write here instead of standard output (required for xlsx).")
    private @Nullable Path out;

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "Language of text and XLSX labels: zh or en. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Option(names = "--timings", description = "Print how long each phase took on standard error.")
    private boolean timings;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Instant called = Instant.now();
        var importer = new EvaluationDataImporter(spec.commandLine().getErr(), lang);
        LoadedData data;
        if (format == OutputFormat.text) {
            // The summary of many counties needs no school once its county is judged: judged while the file is read.
            var loaded = importer.loadForSummary(dataOptions, EvaluationTextRenderer.DETAIL_LIMIT);
            CountySummaries summaries = loaded.summaries();
            if (summaries != null) {
                long evaluated = System.nanoTime();
                try (Writer w = writer()) {
                    PrintWriter pw = new PrintWriter(w);
                    new EvaluationTextRenderer(lang).render(summaries, pw);
                    pw.flush();
                }
                timings(called, start, summaries.importedNanos(), summaries.inputsReadNanos(), evaluated, evaluated);
                return ExitCodes.OK;
            }
            data = java.util.Objects.requireNonNull(loaded.data());
        } else {
            data = importer.load(dataOptions);
        }
        Standard standard = data.standard();
        Evaluation evaluation =
                new YearEvaluator(standard).evaluate(data.schools(), data.year(), data.inputsByCounty(data.year()));
        long evaluated = System.nanoTime();
        Map<RegionCode, GapAnalysis> gaps =
                needsGapAnalysis(evaluation) ? CountyGaps.analyses(standard, evaluation) : Map.of();
        Map<RegionCode, List<Shortfall>> shortfalls =
                format == OutputFormat.json ? CountyGaps.shortfalls(standard, evaluation) : Map.of();
        long analysed = System.nanoTime();
        write(evaluation, gaps, shortfalls);
        timings(called, start, data.importedNanos(), data.inputsReadNanos(), evaluated, analysed);
        return ExitCodes.OK;
    }

    /** With --timings, how long each phase took ({@link System#nanoTime} at each phase's end), on standard error. */
    private void timings(Instant called, long start, long imported, long inputsRead, long evaluated, long analysed) {
        if (timings) {
            long written = System.nanoTime();
            PrintWriter err = spec.commandLine().getErr();
            err.printf(
                    java.util.Locale.ROOT,
                    "timings: start-up %.2f s, import %.2f s, county inputs (read alongside) +%.2f s, evaluation %.2f s, gap analysis %.2f s, output %.2f s%n",
                    startUpSeconds(called),
                    (imported - start) / 1e9,
                    (inputsRead - imported) / 1e9,
                    (evaluated - inputsRead) / 1e9,
                    (analysed - evaluated) / 1e9,
                    (written - analysed) / 1e9);
            err.flush();
        }
    }

    /**
     * From the process's start (as the operating system recorded it, to about 10 ms) to this command's start: the
     * JVM, the class loading and the command line's parsing, which a cold run pays before any work. NaN when unknown.
     */
    private static double startUpSeconds(Instant called) {
        return ProcessHandle.current()
                .info()
                .startInstant()
                .map(started -> Duration.between(started, called).toNanos() / 1e9)
                .orElse(Double.NaN);
    }

    /** The text report of a few counties and the XLSX show the full gap analysis; JSON carries shortfalls only. */
    private boolean needsGapAnalysis(Evaluation evaluation) {
        return switch (format) {
            case xlsx -> true;
            case text -> evaluation.counties().size() <= EvaluationTextRenderer.DETAIL_LIMIT;
            case json -> false;
        };
    }

    private void write(
            Evaluation evaluation, Map<RegionCode, GapAnalysis> gaps, Map<RegionCode, List<Shortfall>> shortfalls)
            throws IOException {
        switch (format) {
            case xlsx -> {
                if (out == null) {
                    throw new BadInputException("--format xlsx needs --out FILE.xlsx");
                }
                new ApplicationFormRenderer(lang.locale()).write(evaluation, gaps, out);
            }
            case json -> {
                if (out == null) {
                    new EvaluationJsonWriter()
                            .write(
                                    evaluation,
                                    shortfalls,
                                    new JsonWriter(spec.commandLine().getOut()));
                } else {
                    try (java.io.OutputStream stream =
                            new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                        new EvaluationJsonWriter().write(evaluation, shortfalls, new JsonWriter(stream));
                    }
                }
            }
            case text -> {
                try (Writer w = writer()) {
                    PrintWriter pw = new PrintWriter(w);
                    new EvaluationTextRenderer(lang).render(evaluation, gaps, pw);
                    pw.flush();
                }
            }
        }
    }

    private Writer writer() throws IOException {
        if (out != null) {
            return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        return new NonClosingWriter(stdout);
    }
}
