package org.edubalance.app.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.Finding;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.ItemResult;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SchoolRef;
import org.edubalance.core.evaluation.ScopeDecision;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.gap.Shortfall;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.report.wording.FindingWords;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation document of docs/data-formats.md §2, field for field as the CLI's {@code evaluate --format json} writes
 * it (its contract fields first, then the allowed additions). CVs are unrounded; a CV that is not evaluable is
 * {@code null}.
 *
 * @param standard the standard's id
 * @param standardVersion its version
 * @param year the school year
 * @param counties the counties evaluated
 * @param schools every in-scope school segment
 * @param excluded schools left out of scope
 */
public record EvaluationResponse(
        String standard,
        String standardVersion,
        int year,
        List<County> counties,
        List<School> schools,
        List<Excluded> excluded) {

    /** The document of {@code evaluation}, with each county's shortfalls. */
    public static EvaluationResponse of(Evaluation evaluation, Map<RegionCode, List<Shortfall>> shortfalls) {
        return of(evaluation, shortfalls, school -> true);
    }

    /**
     * The document of {@code evaluation} for a reader who may see only the schools {@code readable} allows: the
     * items' findings name no other school and hold none of its figures (a principal reads "3 of 40 schools fail"
     * without the names). The school rows themselves are filtered by {@link #withSchools}.
     */
    public static EvaluationResponse of(
            Evaluation evaluation, Map<RegionCode, List<Shortfall>> shortfalls, Predicate<SchoolCode> readable) {
        FindingWords words = FindingWords.english();
        return new EvaluationResponse(
                evaluation.standard().id(),
                evaluation.standard().version(),
                evaluation.year(),
                evaluation.counties().stream()
                        .map(c ->
                                County.of(c, shortfalls.getOrDefault(c.county().code(), List.of()), readable, words))
                        .toList(),
                evaluation.schools().stream().map(School::of).toList(),
                evaluation.excluded().stream().map(d -> Excluded.of(d, words)).toList());
    }

    /** The same document with only the schools {@code keep} allows (a principal sees only their own school). */
    public EvaluationResponse withSchools(Predicate<String> keep) {
        return new EvaluationResponse(
                standard,
                standardVersion,
                year,
                counties.stream().map(c -> c.withShortfalls(keep)).toList(),
                schools.stream().filter(s -> keep.test(s.code())).toList(),
                excluded.stream().filter(e -> keep.test(e.code())).toList());
    }

    /** One county's result. */
    public record County(
            String code,
            String name,
            List<Segment> segments,
            boolean resourcePass,
            List<Item> items,
            List<String> missingInputs,
            List<ShortfallEntry> shortfalls,
            String verdict) {

        static County of(
                CountyEvaluation c, List<Shortfall> shortfalls, Predicate<SchoolCode> readable, FindingWords words) {
            return new County(
                    c.county().code().value(),
                    c.county().name(),
                    c.segments().stream().map(s -> Segment.of(s, words)).toList(),
                    c.resourcePass(),
                    c.items().stream().map(i -> Item.of(i, readable, words)).toList(),
                    c.missingInputs(),
                    shortfalls.stream().map(ShortfallEntry::of).toList(),
                    c.verdict().name());
        }

        County withShortfalls(Predicate<String> keep) {
            return new County(
                    code,
                    name,
                    segments,
                    resourcePass,
                    items,
                    missingInputs,
                    shortfalls.stream().filter(s -> keep.test(s.school())).toList(),
                    verdict);
        }
    }

    /** One segment's statistics in a county. */
    public record Segment(
            String segment,
            int schoolCount,
            long studentCount,
            List<Indicator> indicators,
            @Nullable Double compositeCv,
            @Nullable Double compositeCvLimit,
            int compliantSchools,
            boolean pass,
            List<String> reasons,
            List<FindingDocument> reasonFindings) {

        static Segment of(SegmentEvaluation s, FindingWords words) {
            return new Segment(
                    s.segment().name(),
                    s.schoolCount(),
                    s.studentCount(),
                    s.indicators().stream().map(Indicator::of).toList(),
                    finite(s.compositeCv()),
                    s.compositeLimit(),
                    s.compliantSchools(),
                    s.pass(),
                    words.word(s.reasons()),
                    FindingDocument.of(s.reasons()));
        }
    }

    /** One indicator's county value and CV. */
    public record Indicator(
            String id,
            @Nullable Double countyValue,
            @Nullable Double cv,
            @Nullable Double cvLimit,
            @Nullable Boolean cvPass,
            @Nullable Double unweightedCv,
            String cvStatus) {

        static Indicator of(IndicatorStatistic i) {
            return new Indicator(
                    i.indicatorId(),
                    finite(i.countyValue()),
                    finite(i.cv()),
                    i.cvLimit(),
                    i.cvPass(),
                    finite(i.unweightedCv()),
                    i.status().name());
        }
    }

    /**
     * One assessment item's result: {@code evidence} in English words, {@code findings} the same facts as codes and
     * parameters for clients that word them in their own language.
     */
    public record Item(
            String id,
            String part,
            String status,
            List<String> evidence,
            List<FindingDocument> findings,
            List<String> missingInputs) {
        static Item of(ItemResult item, Predicate<SchoolCode> readable, FindingWords words) {
            List<Finding> findings =
                    item.evidence().stream().map(f -> f.readableBy(readable)).toList();
            return new Item(
                    item.item().id(),
                    item.item().part().name(),
                    item.status().name(),
                    words.word(findings),
                    FindingDocument.of(findings),
                    item.missingInputs());
        }
    }

    /**
     * A finding as JSON: its code and parameters; a school parameter is {@code {"school": code, "name": name}}, a
     * list of details a list of findings.
     */
    public record FindingDocument(String code, Map<String, @Nullable Object> params) {
        static List<FindingDocument> of(List<Finding> findings) {
            return findings.stream().map(FindingDocument::of).toList();
        }

        static FindingDocument of(Finding finding) {
            Map<String, @Nullable Object> params = new LinkedHashMap<>();
            finding.params().forEach((name, value) -> params.put(name, json(value)));
            return new FindingDocument(finding.code().name(), params);
        }

        private static @Nullable Object json(Object value) {
            return switch (value) {
                case Double d -> finite(d);
                case SchoolRef s -> Map.of("school", s.code().value(), "name", s.name());
                case Enum<?> e -> e.name();
                case List<?> details ->
                    details.stream().map(d -> of((Finding) d)).toList();
                default -> value;
            };
        }
    }

    /** What one school segment lacks to one indicator's threshold. */
    public record ShortfallEntry(
            String school,
            String segment,
            String indicator,
            @Nullable Double value,
            @Nullable Double threshold,
            String unit,
            @Nullable Double toThreshold,
            @Nullable Double toFloor) {

        static ShortfallEntry of(Shortfall s) {
            return new ShortfallEntry(
                    s.school().value(),
                    s.segment().name(),
                    s.indicatorId(),
                    finite(s.value()),
                    finite(s.threshold()),
                    s.quantity().unit(),
                    finite(s.toThreshold()),
                    finite(s.toFloor()));
        }
    }

    /** One school segment's values against the thresholds. */
    public record School(
            String code,
            String name,
            String segment,
            String countyCode,
            int students,
            Map<String, @Nullable Double> values,
            int metCount,
            @Nullable Boolean compliant) {

        static School of(SchoolEvaluation s) {
            Map<String, @Nullable Double> values = new LinkedHashMap<>();
            for (IndicatorScore score : s.scores()) {
                values.put(score.indicatorId(), finite(score.value()));
            }
            return new School(
                    s.school().code().value(),
                    s.school().name(),
                    s.segment().name(),
                    s.school().county().code().value(),
                    s.part().students(),
                    values,
                    s.metCount(),
                    s.compliant());
        }
    }

    /** A school left out of scope, with the reason. */
    public record Excluded(
            String code,
            String name,
            String countyCode,
            @Nullable String reason,
            @Nullable String reasonCode,
            @Nullable Map<String, @Nullable Object> reasonParams) {
        static Excluded of(ScopeDecision d, FindingWords words) {
            Finding reason = d.excludedBecause();
            FindingDocument document = reason == null ? null : FindingDocument.of(reason);
            return new Excluded(
                    d.school().code().value(),
                    d.school().name(),
                    d.school().county().code().value(),
                    reason == null ? null : words.word(reason),
                    document == null ? null : document.code(),
                    document == null ? null : document.params());
        }
    }

    /** JSON has no NaN or infinity: a value that is not a number is written as {@code null}, as the CLI does. */
    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
