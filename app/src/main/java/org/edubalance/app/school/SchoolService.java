package org.edubalance.app.school;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.StoredSchoolYear;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading schools and editing their yearly records, with the school-binding rule of principals. *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class SchoolService {
    private final SchoolYears schoolYears;
    private final SchoolYearEditRules rules;
    private final EvaluationService evaluations;
    private final SchoolYearValidator validator;
    private final AuditService audit;

    SchoolService(
            SchoolYears schoolYears,
            SchoolYearEditRules rules,
            EvaluationService evaluations,
            SchoolYearValidator validator,
            AuditService audit) {
        this.schoolYears = schoolYears;
        this.rules = rules;
        this.evaluations = evaluations;
        this.validator = validator;
        this.audit = audit;
    }

    // The lists read kept results (built from the stored data once per change), so they open no transaction: a
    // read-only transaction per request cost the database round trips for SET TRANSACTION and COMMIT.

    /** The schools {@code user} may see that match {@code filter}, by county then code. */
    public List<SchoolSummaryResponse> list(SchoolFilter filter, AccountDetails user) {
        return matching(rows(evaluations.evaluate(filter.year(), filter.standard())), filter, user);
    }

    /**
     * The schools {@code user} may see that match {@code filter}, in {@code order} (named {@code orderName}). The
     * year's rows are sorted once per order and change of the data and kept by county as well, so that a request
     * reads only what it may show: under load, walking a province's 7,000 rows for every request was most of the
     * school list's time (JFR) — each row is a few scattered objects, so each visit costs cache misses.
     */
    public List<SchoolSummaryResponse> list(
            SchoolFilter filter, AccountDetails user, String orderName, Comparator<SchoolSummaryResponse> order) {
        Evaluation evaluation = evaluations.evaluate(filter.year(), filter.standard());
        List<ListedSchool> rows = rows(evaluation);
        SortedRows sorted = evaluations.derived(
                "schoolList/" + evaluation.year() + "/" + evaluation.standard().id() + "/" + orderName,
                () -> SortedRows.of(rows, order));
        boolean unfiltered = filter.county() == null
                && filter.township() == null
                && filter.segment() == null
                && filter.location() == null
                && filter.compliant() == null;
        if (user.readsEverySchool() && unfiltered) {
            return sorted.summaries();
        }
        List<ListedSchool> candidates =
                filter.county() == null ? sorted.rows() : sorted.byCounty().getOrDefault(filter.county(), List.of());
        return matching(candidates, filter, user);
    }

    /** A year's rows in one order: all of them, their summary lines, and each county's part (in the same order). */
    private record SortedRows(
            List<ListedSchool> rows, List<SchoolSummaryResponse> summaries, Map<String, List<ListedSchool>> byCounty) {
        static SortedRows of(List<ListedSchool> rows, Comparator<SchoolSummaryResponse> order) {
            List<ListedSchool> sorted = rows.stream()
                    .sorted(Comparator.comparing(ListedSchool::summary, order))
                    .toList();
            Map<String, List<ListedSchool>> byCounty = new HashMap<>();
            for (ListedSchool row : sorted) {
                byCounty.computeIfAbsent(row.summary().countyCode(), c -> new ArrayList<>())
                        .add(row);
            }
            byCounty.replaceAll((county, part) -> List.copyOf(part));
            return new SortedRows(
                    sorted, sorted.stream().map(ListedSchool::summary).toList(), Map.copyOf(byCounty));
        }
    }

    private List<ListedSchool> rows(Evaluation evaluation) {
        // The year's rows with their compliance and summary, built once per change of the data: a list request then
        // only filters them (a province holds about 7,000 schools a year).
        return evaluations.derived(
                "schoolList/" + evaluation.year() + "/" + evaluation.standard().id(), () -> listed(evaluation));
    }

    private static List<SchoolSummaryResponse> matching(
            List<ListedSchool> rows, SchoolFilter filter, AccountDetails user) {
        List<SchoolSummaryResponse> result = new ArrayList<>();
        for (ListedSchool row : rows) {
            if (user.canRead(row.school().code()) && matches(filter, row.school(), row.bySegment())) {
                result.add(row.summary());
            }
        }
        return result;
    }

    /** A school of the list with its compliance per segment and its summary line. */
    private record ListedSchool(
            SchoolYear school, Map<String, @Nullable Boolean> bySegment, SchoolSummaryResponse summary) {}

    private List<ListedSchool> listed(Evaluation evaluation) {
        Map<SchoolCode, Map<String, @Nullable Boolean>> compliance = compliance(evaluation);
        List<ListedSchool> rows = new ArrayList<>();
        for (SchoolYear school : schoolYears.ofYear(evaluation.year())) {
            var bySegment = compliance.getOrDefault(school.code(), Map.of());
            rows.add(new ListedSchool(school, bySegment, summary(school, bySegment)));
        }
        return List.copyOf(rows);
    }

    private static Map<SchoolCode, Map<String, @Nullable Boolean>> compliance(Evaluation evaluation) {
        Map<SchoolCode, Map<String, @Nullable Boolean>> compliance = new HashMap<>();
        for (SchoolEvaluation s : evaluation.schools()) {
            compliance
                    .computeIfAbsent(s.school().code(), c -> new LinkedHashMap<>())
                    .put(s.segment().name(), s.compliant());
        }
        return compliance;
    }

    private static boolean matches(SchoolFilter f, SchoolYear s, Map<String, @Nullable Boolean> bySegment) {
        return (f.county() == null || f.county().equals(s.county().code().value()))
                && (f.township() == null || f.township().equals(s.townName()))
                && (f.location() == null || f.location() == s.location())
                && (f.segment() == null || s.segment(f.segment()).hasStudents())
                && (f.compliant() == null || f.compliant().equals(compliant(bySegment)));
    }

    /** Compliant when every evaluated segment is; not when one is not; unknown without a judged segment. */
    private static @Nullable Boolean compliant(Map<String, @Nullable Boolean> bySegment) {
        if (bySegment.containsValue(Boolean.FALSE)) {
            return false;
        }
        return bySegment.values().stream().anyMatch(Objects::nonNull) ? Boolean.TRUE : null;
    }

    private static SchoolSummaryResponse summary(SchoolYear s, Map<String, @Nullable Boolean> bySegment) {
        List<String> segments = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            if (s.segment(segment).hasStudents()) {
                segments.add(segment.name());
            }
        }
        return new SchoolSummaryResponse(
                s.code().value(),
                s.name(),
                s.county().code().value(),
                s.county().name(),
                s.townName(),
                s.type().name(),
                s.location().name(),
                s.year(),
                segments,
                bySegment);
    }

    /** One school with every year held. */
    @Transactional(readOnly = true)
    public SchoolResponse school(SchoolCode code, AccountDetails user) {
        checkRead(code, user);
        List<StoredSchoolYear> history = schoolYears.history(code);
        if (history.isEmpty()) {
            throw ApiProblemException.notFound("No school " + code + ".");
        }
        SchoolYear latest = history.getLast().school();
        return new SchoolResponse(
                code.value(),
                latest.name(),
                latest.county().code().value(),
                history.stream().map(SchoolYearResponse::of).toList());
    }

    /** One school year. */
    @Transactional(readOnly = true)
    public SchoolYearResponse year(SchoolCode code, int year, AccountDetails user) {
        checkRead(code, user);
        return SchoolYearResponse.of(stored(code, year));
    }

    /**
     * Applies {@code request} to a stored school year after checking it with the import's rules; records the change
     * in the audit log in the same transaction.
     *
     * <p>The {@link SchoolYearEditRules} apply: a principal changes the school's own figures only (403 naming the
     * columns), and no edit renames a region held (400 pointing to the region rename).
     */
    @Transactional
    public SchoolYearResponse update(SchoolCode code, int year, SchoolYearRequest request, AccountDetails user) {
        if (!user.canEdit(code)) {
            throw new AccessDeniedException("Your account may not change school " + code + ".");
        }
        StoredSchoolYear before = stored(code, year);
        Map<String, String> cells = new LinkedHashMap<>(SchoolYearResponse.cells(before));
        List<String> changed = new ArrayList<>();
        for (var change : request.values().entrySet()) {
            String old = cells.get(change.getKey());
            if (old == null) {
                throw ApiProblemException.invalid("Unknown column '" + change.getKey()
                        + "'. Maybe one of the school file's English ids, e.g. primary_teachers.");
            }
            String value = change.getValue() == null ? "" : change.getValue();
            if (!value.strip().equals(old)) {
                changed.add(change.getKey());
            }
            cells.put(change.getKey(), value);
        }
        rules.checkChanges(changed, user);
        if (!cells.get("school_code").equals(code.value()) || !cells.get("year").equals(Integer.toString(year))) {
            throw ApiProblemException.invalid("school_code and year name the record and cannot be changed here.");
        }
        SchoolYear edited = validator.validate(cells, code.value() + "-" + year);
        rules.checkRegionNames(edited);
        var after = schoolYears.update(edited, request.version());
        audit.record(
                user.getUsername(),
                "school_year",
                code.value() + "/" + year,
                "UPDATE",
                SchoolYearResponse.cells(before),
                SchoolYearResponse.cells(after));
        evaluations.dataChanged();
        return SchoolYearResponse.of(after);
    }

    private StoredSchoolYear stored(SchoolCode code, int year) {
        return schoolYears
                .find(code, year)
                .orElseThrow(() -> ApiProblemException.notFound("No record of school " + code + " for " + year + "."));
    }

    private static void checkRead(SchoolCode code, AccountDetails user) {
        if (!user.canRead(code)) {
            throw new AccessDeniedException("Your account may not see school " + code + ".");
        }
    }
}
