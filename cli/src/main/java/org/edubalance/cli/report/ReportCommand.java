package org.edubalance.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.cli.VersionProvider;
import org.edubalance.cli.data.CountyGaps;
import org.edubalance.cli.data.DataOptions;
import org.edubalance.cli.data.EvaluationDataImporter;
import org.edubalance.cli.data.LoadedData;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.report.render.ApplicationFormRenderer;
import org.edubalance.report.render.SelfEvaluationReportRenderer;
import org.edubalance.report.selfevaluation.Provenance;
import org.edubalance.report.selfevaluation.SelfEvaluationData;
import org.edubalance.report.selfevaluation.SourceFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code edubalance report}: each county's self-evaluation report (PDF) and the national forms (XLSX), from the same
 * import and evaluation as {@code evaluate}.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the self-evaluation report (PDF) and the national forms.",
            "Writes the self-evaluation report of a county as PDF (--out FILE.pdf), of every county into a directory"
                    + " (--out DIR, one CODE.pdf each), or the national forms as XLSX (--out FILE.xlsx or --forms"
                    + " FILE.xlsx).",
            "生成县域自评报告（PDF）及国家申报表（XLSX）。"
        },
        footer = {
            "",
            "Several school years in the data add a trend chart. The report states a generation time: by default the"
                    + " data file's modification time, so the same inputs give the same report; --generated-at now"
                    + " uses the clock.",
            "Exit codes: 0 written (whatever the verdict), 2 bad input (validation report on stderr).",
            "Examples:",
            "  edubalance report --data demo/schools.csv --county 130101 --out report.pdf",
            "  edubalance report --data demo/schools.csv --out reports/ --forms reports/forms.xlsx --lang en"
        })
public final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private DataOptions dataOptions;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.pdf|FILE.xlsx|DIR",
            description = "A .pdf for one county's report (needs --county when the data hold several), a .xlsx for the"
                    + " national forms, or a directory for one PDF per county (CODE.pdf).")
    private Path out;

    @Option(names = "--forms", paramLabel = "FILE.xlsx", description = "Also write the national forms here.")
    private @Nullable Path forms;

    @Option(
            names = "--lang",
            defaultValue = "zh",
            description = "Language of the report: zh or en. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Option(
            names = "--generated-at",
            paramLabel = "TIME|now",
            description = "Generation time to state (ISO date-time or date); now for the clock. Default: the data"
                    + " file's modification time.")
    private @Nullable String generatedAt;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LoadedData data = new EvaluationDataImporter(err, lang).load(dataOptions);
        Evaluation evaluation = evaluate(data, data.year());
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            writeForms(evaluation, out);
        } else {
            Provenance provenance = provenance(data);
            List<Evaluation> history = history(data);
            if (name.endsWith(".pdf")) {
                writeOne(data, evaluation, history, provenance);
            } else if (Files.isRegularFile(out)) {
                throw new BadInputException(out + " is a file: --out takes FILE.pdf, FILE.xlsx or a directory");
            } else {
                writeEach(data, evaluation, history, provenance);
            }
        }
        if (forms != null) {
            writeForms(evaluation, forms);
        }
        return ExitCodes.OK;
    }

    private static Evaluation evaluate(LoadedData data, int year) {
        return new YearEvaluator(data.standard()).evaluate(data.schools(), year, data.inputsByCounty(year));
    }

    /** The other school years held, for the trend chart. */
    private static List<Evaluation> history(LoadedData data) {
        List<Evaluation> history = new ArrayList<>();
        for (int year : data.years()) {
            if (year != data.year()) {
                history.add(evaluate(data, year));
            }
        }
        return history;
    }

    private void writeOne(LoadedData data, Evaluation evaluation, List<Evaluation> history, Provenance provenance)
            throws IOException {
        if (evaluation.counties().size() > 1) {
            throw new BadInputException(evaluation.counties().size() + " counties in " + dataOptions.data()
                    + ": a .pdf holds one county's report. Maybe add --county CODE, or give a directory to --out.");
        }
        render(data, evaluation, history, provenance, evaluation.counties().getFirst(), out);
        written(out);
    }

    private void writeEach(LoadedData data, Evaluation evaluation, List<Evaluation> history, Provenance provenance)
            throws IOException {
        Files.createDirectories(out);
        // Counties are independent: render them on every core (each report's layout is single-threaded).
        List<Path> files = evaluation.counties().parallelStream()
                .map(county -> {
                    Path file = out.resolve(county.county().code() + ".pdf");
                    try {
                        render(data, evaluation, history, provenance, county, file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return file;
                })
                .toList();
        files.forEach(this::written);
    }

    private void render(
            LoadedData data,
            Evaluation evaluation,
            List<Evaluation> history,
            Provenance provenance,
            CountyEvaluation county,
            Path file)
            throws IOException {
        CountyInputs inputs = data.inputsByCounty(evaluation.year())
                .getOrDefault(
                        county.county().code(),
                        CountyInputs.none(county.county().code(), evaluation.year()));
        new SelfEvaluationReportRenderer(lang.locale())
                .write(new SelfEvaluationData(evaluation, county.county().code(), history, inputs, provenance), file);
    }

    private void writeForms(Evaluation evaluation, Path file) throws IOException {
        new ApplicationFormRenderer(lang.locale())
                .write(evaluation, CountyGaps.analyses(evaluation.standard(), evaluation), file);
        written(file);
    }

    private void written(Path file) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(lang.text("report.written", file));
        stdout.flush();
    }

    private Provenance provenance(LoadedData data) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        files.add(SourceFile.of(lang.text("report.role.schools"), dataOptions.data()));
        if (data.inputsFile() != null) {
            files.add(SourceFile.of(lang.text("report.role.inputs"), data.inputsFile()));
        }
        if (!StandardCatalogue.shippedIds().contains(dataOptions.standard())) {
            files.add(SourceFile.of(lang.text("report.role.standard"), Path.of(dataOptions.standard())));
        }
        OffsetDateTime time = GenerationTime.of(generatedAt, dataOptions.data(), Clock.systemUTC());
        return new Provenance(files, time, VersionProvider.version());
    }
}
