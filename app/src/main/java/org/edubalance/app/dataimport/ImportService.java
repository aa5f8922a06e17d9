package org.edubalance.app.dataimport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.dataimport.ImportResponse.RemovedRoster;
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
import org.edubalance.core.staff.SchoolRoster;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherRosters;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.county.CountyInputsImport;
import org.edubalance.dataimport.county.CountyInputsImporter;
import org.edubalance.dataimport.school.SchoolImport;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.staff.TeacherImport;
import org.edubalance.dataimport.staff.TeacherImporter;
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
    private final TeacherImporter teacherImporter;
    private final SchoolYears schoolYears;
    private final CountyInputStore countyInputs;
    private final TeacherRosters rosters;
    private final Regions regions;
    private final DatasetImports imports;
    private final AuditService audit;
    private final EvaluationService evaluations;
    private final Clock clock;

    // One collaborator per store and importer: wiring, not a parameter bag.
    ImportService(
            SchoolImporter schoolImporter,
            CountyInputsImporter countyInputsImporter,
            TeacherImporter teacherImporter,
            SchoolYears schoolYears,
            CountyInputStore countyInputs,
            TeacherRosters rosters,
            Regions regions,
            DatasetImports imports,
            AuditService audit,
            EvaluationService evaluations,
            Clock clock) {
        this.schoolImporter = schoolImporter;
        this.countyInputsImporter = countyInputsImporter;
        this.teacherImporter = teacherImporter;
        this.schoolYears = schoolYears;
        this.countyInputs = countyInputs;
        this.rosters = rosters;
        this.regions = regions;
        this.imports = imports;
        this.audit = audit;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    /**
     * Imports a school file (docs/data-formats.md §1). Replacing a year keeps the teacher rosters of the schools the file
     * still holds (same school, same county); the rosters of schools it no longer holds go with them, and are named
     * first: in the refusal without {@code replace}, in the response and in the audit log.
     */
    @Transactional
    public ImportResponse importSchools(UploadedFile file, String user, boolean replace) {
        SchoolImport parsed = schoolImporter.importFile(file.path());
        Set<Integer> years =
                parsed.schools().stream().map(SchoolYear::year).collect(Collectors.toCollection(TreeSet::new));
        checkYears(years, schoolYears.years(), replace, rostersLost(parsed.schools(), years));
        long replaced = 0;
        Map<Integer, Integer> removedByYear = new LinkedHashMap<>();
        List<Integer> replacedYears =
                years.stream().filter(schoolYears.years()::contains).toList();
        if (!replacedYears.isEmpty()) {
            rosters.setAside(replacedYears);
        }
        for (int year : years) {
            int removed = schoolYears.removeYear(year);
            removedByYear.put(year, removed);
            replaced += removed;
        }
        DatasetImport stored = imports.add(
                provenance(DatasetKind.SCHOOLS, file, user, parsed.schools().size(), years));
        schoolYears.addAll(parsed.schools(), stored.id());
        List<Teacher> dropped = replacedYears.isEmpty() ? List.of() : rosters.restoreSetAside();
        List<RemovedRoster> removedRosters = RemovedRoster.of(dropped);
        var response = finish(stored, user, replaced, removedByYear, parsed.report(), removedRosters);
        if (!dropped.isEmpty()) {
            // Who was removed, by teacher id: the roster rows are gone, the audit log keeps what they were.
            Map<String, List<String>> teachersBySchool = new TreeMap<>();
            dropped.forEach(t -> teachersBySchool
                    .computeIfAbsent(t.year() + "/" + t.school().value(), k -> new ArrayList<>())
                    .add(t.id().value()));
            audit.record(
                    user,
                    "import",
                    Long.toString(stored.id()),
                    "REMOVE_ROSTERS",
                    Map.of("rosters", removedRosters, "teacherIdsByYearAndSchool", teachersBySchool),
                    null);
        }
        return response;
    }

    /** The rosters of {@code years} whose schools {@code schools} no longer holds in the same county. */
    private List<SchoolRoster> rostersLost(List<SchoolYear> schools, Set<Integer> years) {
        Set<String> held = schools.stream()
                .map(s -> s.year() + "/" + s.county().code().value() + "/"
                        + s.code().value())
                .collect(Collectors.toSet());
        List<SchoolRoster> lost = new ArrayList<>();
        for (int year : years) {
            rosters.schools(year).stream()
                    .filter(r -> !held.contains(
                            year + "/" + r.county().value() + "/" + r.school().value()))
                    .forEach(lost::add);
        }
        return lost;
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

    /**
     * Imports a teacher roster (docs/data-formats.md §4), checked against the school data held: every teacher's school
     * must be there in that year and county. A county's roster of a year already held is replaced only when asked to.
     */
    @Transactional
    public ImportResponse importTeachers(UploadedFile file, String user, boolean replace) {
        TeacherImport parsed = teacherImporter.importFile(file.path(), heldSchoolYears());
        Map<Integer, Set<RegionCode>> countiesByYear = countiesByYear(parsed.teachers());
        List<Integer> held = heldRosterYears(countiesByYear);
        checkYears(countiesByYear.keySet(), held, replace);
        long replaced = 0;
        Map<Integer, Integer> removedByYear = new LinkedHashMap<>();
        Map<String, Integer> replacedRosters = new TreeMap<>();
        for (var entry : countiesByYear.entrySet()) {
            int removed = 0;
            for (RegionCode county : entry.getValue()) {
                int teachers = rosters.remove(county, entry.getKey());
                if (teachers > 0) {
                    replacedRosters.put(county.value() + "/" + entry.getKey(), teachers);
                }
                removed += teachers;
            }
            removedByYear.put(entry.getKey(), removed);
            replaced += removed;
        }
        DatasetImport stored = imports.add(
                provenance(DatasetKind.TEACHERS, file, user, parsed.teachers().size(), countiesByYear.keySet()));
        rosters.addAll(parsed.teachers(), stored.id());
        // Each county's roster replaced is its own audit entry (entity roster, key county/year), so a county's
        // history shows who replaced its roster, when, and how many teachers each side held.
        Map<String, Long> importedByRoster = parsed.teachers().stream()
                .collect(Collectors.groupingBy(t -> t.county().value() + "/" + t.year(), Collectors.counting()));
        replacedRosters.forEach((key, before) -> audit.record(
                user,
                "roster",
                key,
                "REPLACE",
                Map.of("teachers", before),
                Map.of("teachers", importedByRoster.getOrDefault(key, 0L), "import", stored.id())));
        return finish(stored, user, replaced, removedByYear, parsed.report(), List.of());
    }

    private List<SchoolYear> heldSchoolYears() {
        List<SchoolYear> held = new ArrayList<>();
        schoolYears.years().forEach(y -> held.addAll(schoolYears.ofYear(y)));
        return held;
    }

    private static Map<Integer, Set<RegionCode>> countiesByYear(List<Teacher> teachers) {
        Map<Integer, Set<RegionCode>> byYear = new TreeMap<>();
        teachers.forEach(t -> byYear.computeIfAbsent(
                        t.year(), y -> new TreeSet<>(Comparator.comparing(RegionCode::value)))
                .add(t.county()));
        return byYear;
    }

    /** The years of {@code countiesByYear} in which one of its counties already has a roster. */
    private List<Integer> heldRosterYears(Map<Integer, Set<RegionCode>> countiesByYear) {
        return countiesByYear.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> rosters.count(c, e.getKey()) > 0))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The years of {@code file} that are already held, oldest first: what a replacing import would remove. Reads the file
     * again, which only the import page does, and only for a file refused for holding such years.
     */
    @Transactional(readOnly = true)
    public List<Integer> heldYearsOf(UploadedFile file, String kind) {
        if ("teachers".equals(kind)) {
            return heldRosterYears(countiesByYear(
                    teacherImporter.importFile(file.path(), heldSchoolYears()).teachers()));
        }
        boolean inputs = "county-inputs".equals(kind);
        Set<Integer> years = inputs
                ? countyInputsImporter.importFile(file.path()).inputs().stream()
                        .map(CountyInputs::year)
                        .collect(Collectors.toCollection(TreeSet::new))
                : schoolImporter.importFile(file.path()).schools().stream()
                        .map(SchoolYear::year)
                        .collect(Collectors.toCollection(TreeSet::new));
        List<Integer> held = inputs ? countyInputs.years() : schoolYears.years();
        return years.stream().filter(held::contains).toList();
    }

    /**
     * The teacher rosters that replacing the years of the school file {@code file} would remove: those of schools it
     * no longer holds. Reads the file again, as {@link #heldYearsOf} does, for the import page's confirmation.
     */
    @Transactional(readOnly = true)
    public List<RemovedRoster> rostersRemovedBy(UploadedFile file) {
        List<SchoolYear> schools = schoolImporter.importFile(file.path()).schools();
        Set<Integer> years = schools.stream().map(SchoolYear::year).collect(Collectors.toCollection(TreeSet::new));
        return rostersLost(schools, years).stream().map(RemovedRoster::of).toList();
    }

    /** Every import, newest first. */
    @Transactional(readOnly = true)
    public List<ImportResponse> all() {
        return imports.all().stream()
                .map(d -> ImportResponse.of(d, 0, List.of()))
                .toList();
    }

    private static void checkYears(Set<Integer> years, List<Integer> held, boolean replace) {
        checkYears(years, held, replace, List.of());
    }

    /** Refuses to replace years held unless asked to, naming the rosters that replacing them would remove. */
    private static void checkYears(
            Set<Integer> years, List<Integer> held, boolean replace, List<SchoolRoster> rostersLost) {
        List<Integer> clash = years.stream().filter(held::contains).toList();
        if (!clash.isEmpty() && !replace) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    ErrorCode.YEAR_EXISTS,
                    "Data of " + clash + " is already stored; nothing changed." + rostersNamed(rostersLost)
                            + " Maybe send replace=true to replace those years whole.");
        }
    }

    /** The rosters a replacement would remove, as a sentence of the refusal ({@code ""} when there are none). */
    private static String rostersNamed(List<SchoolRoster> lost) {
        if (lost.isEmpty()) {
            return "";
        }
        int shown = 20;
        String schools = lost.stream()
                .limit(shown)
                .map(r -> r.school().value() + " (" + r.year() + ", " + r.teachers() + " teachers)")
                .collect(Collectors.joining(", "));
        return " Replacing would also remove the teacher rosters of " + lost.size()
                + " school(s) the file no longer holds: " + schools
                + (lost.size() > shown ? " and " + (lost.size() - shown) + " more" : "")
                + "; the rosters of the schools it still holds stay.";
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
        return finish(stored, user, replaced, removedByYear, report, List.of());
    }

    private ImportResponse finish(
            DatasetImport stored,
            String user,
            long replaced,
            Map<Integer, Integer> removedByYear,
            ImportReport report,
            List<RemovedRoster> removedRosters) {
        var response = ImportResponse.of(
                stored,
                replaced,
                report.warnings().stream().map(IssueResponse::of).toList(),
                removedRosters);
        audit.record(
                user,
                "import",
                Long.toString(stored.id()),
                replaced > 0 ? "REPLACE" : "CREATE",
                replaced > 0 ? Map.of("rowsByYear", removedByYear) : null,
                ImportResponse.of(stored, replaced, List.of(), removedRosters));
        evaluations.dataChanged();
        return response;
    }
}
