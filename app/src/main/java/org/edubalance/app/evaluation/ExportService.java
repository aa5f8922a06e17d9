package org.edubalance.app.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.county.CountyInputStore;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.dataset.DatasetImports;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.gap.GapAnalyzer;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.edubalance.report.render.ApplicationFormRenderer;
import org.edubalance.report.render.SelfEvaluationReportRenderer;
import org.edubalance.report.selfevaluation.Provenance;
import org.edubalance.report.selfevaluation.SelfEvaluationData;
import org.edubalance.report.selfevaluation.SourceFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** A county's evaluation as files: the application-form workbook (report module) or a per-school CSV. */
@Service
public final class ExportService {
    private final EvaluationService evaluations;
    private final CountyInputStore countyInputs;
    private final DatasetImports imports;
    private final Clock clock;

    ExportService(EvaluationService evaluations, CountyInputStore countyInputs, DatasetImports imports, Clock clock) {
        this.evaluations = evaluations;
        this.countyInputs = countyInputs;
        this.imports = imports;
        this.clock = clock;
    }

    /**
     * The county's self-evaluation report as PDF (report module; the same document as {@code edubalance report}):
     * the evaluation of the year, the other years held for the trend, the county inputs, and as provenance every
     * stored import of those years with its checksum.
     */
    public byte[] pdf(RegionCode county, @Nullable Integer year, @Nullable String standard, Locale locale) {
        Evaluation evaluation = evaluations.evaluateCounty(county, year, standard);
        List<Evaluation> history = new ArrayList<>();
        for (int other : evaluations.years()) {
            if (other != evaluation.year()) {
                evaluations.evaluateCountyIfHeld(county, other, standard).ifPresent(history::add);
            }
        }
        CountyInputs inputs = countyInputs
                .ofYear(evaluation.year())
                .getOrDefault(county, CountyInputs.none(county, evaluation.year()));
        List<SourceFile> files = imports.all().stream()
                .filter(i -> i.years().contains(evaluation.year()))
                .map(i -> new SourceFile(i.kind().name().toLowerCase(Locale.ROOT), i.fileName(), i.sha256()))
                .toList();
        var provenance = new Provenance(files, OffsetDateTime.now(clock), "EduBalance platform");
        var out = new ByteArrayOutputStream();
        try {
            new SelfEvaluationReportRenderer(locale)
                    .write(new SelfEvaluationData(evaluation, county, history, inputs, provenance), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The application-form workbook of the county (表Ⅱ-2, 表Ⅲ and the analysis sheets). */
    public byte[] xlsx(RegionCode county, @Nullable Integer year, @Nullable String standard, Locale locale) {
        Evaluation evaluation = evaluations.evaluateCounty(county, year, standard);
        var gaps = Map.of(
                county,
                new GapAnalyzer(evaluation.standard())
                        .analyze(evaluation.counties().getFirst().county(), evaluation.schools()));
        try {
            // The renderer writes files (it streams large workbooks); a temp file keeps memory bounded.
            Path file = Files.createTempFile("edubalance-export-", ".xlsx");
            try {
                new ApplicationFormRenderer(locale).write(evaluation, gaps, file);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per school segment: its indicator values, how many thresholds it meets, whether it complies. */
    public String csv(RegionCode county, @Nullable Integer year, @Nullable String standard) {
        Evaluation evaluation = evaluations.evaluateCounty(county, year, standard);
        List<String> indicators = evaluation.standard().indicators().stream()
                .map(IndicatorDefinition::id)
                .toList();
        var text = new StringWriter();
        // The spreadsheet variant: a byte-order mark for Excel, and a school name (a principal may set it) that looks
        // like a formula is neutralised; the figures are plain numbers and stay numbers.
        try (CsvTableWriter csv = CsvTableWriter.forSpreadsheet(text)) {
            List<String> header = new ArrayList<>(
                    List.of("year", "county_code", "school_code", "school_name", "segment", "students"));
            header.addAll(indicators);
            header.addAll(List.of("met_count", "compliant"));
            csv.writeRow(header);
            for (SchoolEvaluation school : evaluation.schools()) {
                csv.writeRow(row(evaluation.year(), school, indicators));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static List<String> row(int year, SchoolEvaluation school, List<String> indicators) {
        List<String> cells = new ArrayList<>(List.of(
                Integer.toString(year),
                school.school().county().code().value(),
                school.school().code().value(),
                school.school().name(),
                school.segment().name(),
                Integer.toString(school.part().students())));
        for (String id : indicators) {
            cells.add(school.scores().stream()
                    .filter(s -> s.indicatorId().equals(id))
                    .map(IndicatorScore::value)
                    .filter(Double::isFinite)
                    .map(String::valueOf)
                    .findFirst()
                    .orElse(""));
        }
        cells.add(Integer.toString(school.metCount()));
        cells.add(String.valueOf(school.compliant()));
        return cells;
    }
}
