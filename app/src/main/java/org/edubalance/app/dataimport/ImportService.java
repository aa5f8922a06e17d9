package org.edubalance.app.dataimport;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.county.CountyInputStore;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.dataset.DatasetImport;
import org.edubalance.core.dataset.DatasetImports;
import org.edubalance.core.dataset.DatasetKind;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.county.CountyInputsImport;
import org.edubalance.dataimport.county.CountyInputsImporter;
import org.edubalance.dataimport.school.SchoolImport;
import org.edubalance.dataimport.school.SchoolImporter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an uploaded file all or nothing: the file is checked whole first (a broken file is rejected with its report
 * and nothing is stored), then stored in one transaction with its provenance and an audit entry. A year already held
 * is replaced only when asked to.
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class ImportService {
    private final SchoolImporter schoolImporter;
    private final CountyInputsImporter countyInputsImporter;
    private final SchoolYears schoolYears;
    private final CountyInputStore countyInputs;
    private final Regions regions;
    private final DatasetImports imports;
    private final AuditService audit;
    private final EvaluationService evaluations;
    private final Clock clock;

    // One collaborator per store and importer: wiring, not a parameter bag.
    ImportService(
            SchoolImporter schoolImporter,
            CountyInputsImporter countyInputsImporter,
            SchoolYears schoolYears,
            CountyInputStore countyInputs,
            Regions regions,
            DatasetImports imports,
            AuditService audit,
            EvaluationService evaluations,
            Clock clock) {
        this.schoolImporter = schoolImporter;
        this.countyInputsImporter = countyInputsImporter;
        this.schoolYears = schoolYears;
        this.countyInputs = countyInputs;
        this.regions = regions;
        this.imports = imports;
        this.audit = audit;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    /** Imports a school file (data-formats.md §1). */
    @Transactional
    public ImportResponse importSchools(UploadedFile file, String user, boolean replace) {
        SchoolImport parsed = schoolImporter.importFile(file.path());
        Set<Integer> years =
                parsed.schools().stream().map(SchoolYear::year).collect(Collectors.toCollection(TreeSet::new));
        checkYears(years, schoolYears.years(), replace);
        long replaced = 0;
        Map<Integer, Integer> removedByYear = new LinkedHashMap<>();
        for (int year : years) {
            int removed = schoolYears.removeYear(year);
            removedByYear.put(year, removed);
            replaced += removed;
        }
        DatasetImport stored = imports.add(
                provenance(DatasetKind.SCHOOLS, file, user, parsed.schools().size(), years));
        schoolYears.addAll(parsed.schools(), stored.id());
        return finish(stored, user, replaced, removedByYear, parsed.report());
    }

    /** Imports a county-inputs file. Its counties must be known from school data. */
    @Transactional
    public ImportResponse importCountyInputs(UploadedFile file, String user, boolean replace) {
        CountyInputsImport parsed = countyInputsImporter.importFile(file.path());
        Set<Integer> years =
                parsed.inputs().stream().map(CountyInputs::year).collect(Collectors.toCollection(TreeSet::new));
        Set<RegionCode> known = regions.counties().stream().map(c -> c.code()).collect(Collectors.toSet());
        List<String> unknown = parsed.inputs().stream()
                .map(CountyInputs::county)
                .filter(c -> !known.contains(c))
                .map(RegionCode::value)
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw ApiProblemException.invalid("Unknown counties " + unknown
                    + ": nothing stored. Maybe import the school file of these counties first.");
        }
        checkYears(years, countyInputs.years(), replace);
        long replaced = 0;
        Map<Integer, Integer> removedByYear = new LinkedHashMap<>();
        for (int year : years) {
            int removed = countyInputs.removeYear(year);
            removedByYear.put(year, removed);
            replaced += removed;
        }
        long rows =
                parsed.inputs().stream().mapToLong(c -> c.inputByName().size()).sum();
        DatasetImport stored = imports.add(provenance(DatasetKind.COUNTY_INPUTS, file, user, rows, years));
        countyInputs.addAll(parsed.inputs(), stored.id());
        return finish(stored, user, replaced, removedByYear, parsed.report());
    }

    /** Every import, newest first. */
    @Transactional(readOnly = true)
    public List<ImportResponse> all() {
        return imports.all().stream()
                .map(d -> ImportResponse.of(d, 0, List.of()))
                .toList();
    }

    private static void checkYears(Set<Integer> years, List<Integer> held, boolean replace) {
        List<Integer> clash = years.stream().filter(held::contains).toList();
        if (!clash.isEmpty() && !replace) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    ErrorCode.YEAR_EXISTS,
                    "Data of " + clash + " is already stored; nothing changed. Maybe send replace=true to replace"
                            + " those years whole.");
        }
    }

    private DatasetImport provenance(DatasetKind kind, UploadedFile file, String user, long rows, Set<Integer> years) {
        return new DatasetImport(
                0, kind, file.originalName(), file.sha256(), user, clock.instant(), rows, List.copyOf(years));
    }

    private ImportResponse finish(
            DatasetImport stored,
            String user,
            long replaced,
            Map<Integer, Integer> removedByYear,
            ImportReport report) {
        var response = ImportResponse.of(
                stored,
                replaced,
                report.warnings().stream().map(IssueResponse::of).toList());
        audit.record(
                user,
                "import",
                Long.toString(stored.id()),
                replaced > 0 ? "REPLACE" : "CREATE",
                replaced > 0 ? Map.of("rowsByYear", removedByYear) : null,
                ImportResponse.of(stored, replaced, List.of()));
        evaluations.dataChanged();
        return response;
    }
}
