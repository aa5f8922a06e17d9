package org.edubalance.cli.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.JsonWriter;
import org.edubalance.cli.Language;
import org.edubalance.cli.ProgressReporter;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.Shortfall;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.county.CountyInputsImport;
import org.edubalance.dataimport.county.CountyInputsImporter;
import org.edubalance.dataimport.school.SchoolImport;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.report.render.ApplicationFormRenderer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance evaluate}: the county evaluation against a standard (data-formats.md §2). */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates each county's school data against a standard: per-school compliance, the enrolment-weighted",
            "CV per indicator, the other assessment items, the verdict, and what each school lacks.",
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

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "School data (.csv or .xlsx).")
    private Path data;

    @Option(
            names = "--standard",
            paramLabel = "ID|FILE",
            defaultValue = StandardCatalogue.DEFAULT_ID,
            description =
                    "Shipped pack (cn-2017-quality, cn-2012-basic, hebei-2017-quality) or a pack file. Default: ${DEFAULT-VALUE}.")
    private String standardId;

    @Option(
            names = "--inputs",
            paramLabel = "FILE",
            description = "County inputs (.csv or .xlsx). Default: county-inputs.csv beside the data, if present.")
    private @Nullable Path inputs;

    @Option(names = "--year", paramLabel = "N", description = "School year (default: the latest in the data).")
    private @Nullable Integer year;

    @Option(names = "--county", paramLabel = "CODE", description = "Only this county (6-digit code).")
    private @Nullable String county;

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
        Standard standard = StandardCatalogue.load(standardId);
        if (!Files.isRegularFile(data)) {
            throw new BadInputException(data + ": no such file");
        }
        // The county inputs are read on another core while the (much larger) school file is imported.
        Path inputsFile = locateCountyInputs();
        CompletableFuture<CountyInputsImport> pendingInputs = inputsFile == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> new CountyInputsImporter().importFile(inputsFile));
        List<SchoolYear> schools = importSchools();
        long imported = System.nanoTime();
        if (schools.isEmpty()) {
            throw new BadInputException(data + ": no school rows, only the header. Maybe fill in the template first.");
        }
        int evaluatedYear = year == null ? YearEvaluator.latestYear(schools) : year;
        if (schools.stream().noneMatch(s -> s.year() == evaluatedYear)) {
            throw new BadInputException(data + ": no school rows for year " + evaluatedYear);
        }
        if (county != null) {
            if (!RegionCode.isWellFormed(county)) {
                throw new BadInputException("--county " + county + ": a county code has six digits");
            }
            schools = schools.stream()
                    .filter(s -> s.county().code().value().equals(county))
                    .toList();
            if (schools.isEmpty()) {
                throw new BadInputException(data + ": no school of county " + county);
            }
        }
        Map<RegionCode, CountyInputs> inputsByCounty = countyInputs(join(pendingInputs), evaluatedYear);
        long inputsRead = System.nanoTime();
        Evaluation evaluation = new YearEvaluator(standard).evaluate(schools, evaluatedYear, inputsByCounty);
        long evaluated = System.nanoTime();
        Map<RegionCode, GapAnalysis> gaps =
                needsGapAnalysis(evaluation) ? CountyGaps.analyses(standard, evaluation) : Map.of();
        Map<RegionCode, List<Shortfall>> shortfalls =
                format == OutputFormat.json ? CountyGaps.shortfalls(standard, evaluation) : Map.of();
        long analysed = System.nanoTime();
        write(evaluation, gaps, shortfalls);
        if (timings) {
            long written = System.nanoTime();
            PrintWriter err = spec.commandLine().getErr();
            err.printf(
                    java.util.Locale.ROOT,
                    "timings: import %.2f s, county inputs (read alongside) +%.2f s, evaluation %.2f s, gap analysis %.2f s, output %.2f s%n",
                    (imported - start) / 1e9,
                    (inputsRead - imported) / 1e9,
                    (evaluated - inputsRead) / 1e9,
                    (analysed - evaluated) / 1e9,
                    (written - analysed) / 1e9);
            err.flush();
        }
        return ExitCodes.OK;
    }

    private List<SchoolYear> importSchools() {
        long expectedRows;
        try {
            // A rough guess for the progress bar: about 250 bytes per row in CSV.
            expectedRows = Math.max(1, Files.size(data) / 250);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ProgressReporter progress = ProgressReporter.start("import", expectedRows)) {
            SchoolImport result = new SchoolImporter().importFile(data, progress.counter());
            if (!result.report().warnings().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.print(result.report().format());
                err.flush();
            }
            return result.schools();
        }
    }

    /** The county-inputs file: the one given, or county-inputs.csv/.xlsx beside the data; null when none. */
    private @Nullable Path locateCountyInputs() {
        Path file = inputs;
        PrintWriter err = spec.commandLine().getErr();
        if (file == null) {
            Path parent = data.toAbsolutePath().getParent();
            for (String name : List.of("county-inputs.csv", "county-inputs.xlsx")) {
                Path candidate = parent.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    file = candidate;
                    break;
                }
            }
        } else if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        err.println(file == null ? lang.text("input.none") : lang.text("input.found", file));
        err.flush();
        return file;
    }

    private static <T> T join(CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Map<RegionCode, CountyInputs> countyInputs(@Nullable CountyInputsImport imported, int evaluatedYear) {
        if (imported == null) {
            return Map.of();
        }
        if (!imported.report().warnings().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.print(imported.report().format());
            err.flush();
        }
        Map<RegionCode, CountyInputs> byCounty = new HashMap<>();
        for (CountyInputs ci : imported.inputs()) {
            if (ci.year() == evaluatedYear) {
                byCounty.put(ci.county(), ci);
            }
        }
        return byCounty;
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
