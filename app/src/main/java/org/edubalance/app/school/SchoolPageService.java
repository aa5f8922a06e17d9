package org.edubalance.app.school;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.ScopeDecision;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.gap.Shortfall;
import org.edubalance.core.gap.ShortfallCalculator;
import org.edubalance.core.region.Region;
import org.edubalance.core.region.RegionLevel;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.StoredSchoolYear;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Quantity;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.wording.FindingWords;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The school list and the school page, from the cached evaluations; principals see only their school. */
@Service
final class SchoolPageService {
    static final int PAGE_SIZE = 25;

    private final SchoolService schools;
    private final SchoolYears schoolYears;
    private final EvaluationService evaluations;
    private final Regions regions;

    SchoolPageService(SchoolService schools, SchoolYears schoolYears, EvaluationService evaluations, Regions regions) {
        this.schools = schools;
        this.schoolYears = schoolYears;
        this.evaluations = evaluations;
        this.regions = regions;
    }

    SchoolListView list(SchoolListQuery q, String standard, AccountDetails user) {
        int year = q.year() == null ? evaluations.latestYear() : q.year();
        var filter = new SchoolFilter(
                year,
                blankToNull(q.county()),
                blankToNull(q.township()),
                constant(Segment.class, q.segment()),
                constant(Location.class, q.location()),
                "yes".equals(q.compliant()) ? Boolean.TRUE : "no".equals(q.compliant()) ? Boolean.FALSE : null,
                standard);
        String search = q.q() == null ? "" : q.q().strip().toLowerCase(Locale.ROOT);
        String sort = sort(q.sortOrDefault());
        List<SchoolSummaryResponse> listed = schools.list(filter, user, sort, order(sort));
        List<SchoolSummaryResponse> rows = search.isEmpty()
                ? listed
                : listed.stream()
                        .filter(s -> s.name().toLowerCase(Locale.ROOT).contains(search)
                                || s.code().contains(search))
                        .toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(q.pageOrFirst(), pages - 1);
        List<Region> all = evaluations.derived("regions", regions::all);
        return new SchoolListView(
                year,
                q,
                rows.subList(page * PAGE_SIZE, Math.min(rows.size(), (page + 1) * PAGE_SIZE)),
                rows.size(),
                page,
                pages,
                all.stream()
                        .filter(r -> r.level() == RegionLevel.COUNTY)
                        .map(r -> new SchoolListView.CountyOption(r.code(), r.name()))
                        .toList(),
                all.stream()
                        .filter(r -> r.level() == RegionLevel.TOWNSHIP && Objects.equals(r.parentCode(), q.county()))
                        .map(Region::name)
                        .toList(),
                evaluations.years());
    }

    /** The sort order asked for, or the default one (by county) for anything else. */
    private static String sort(String asked) {
        return switch (asked) {
            case "name", "code", "compliance" -> asked;
            default -> "county";
        };
    }

    private static Comparator<SchoolSummaryResponse> order(String sort) {
        return switch (sort) {
            case "name" -> Comparator.comparing(SchoolSummaryResponse::name);
            case "code" -> Comparator.comparing(SchoolSummaryResponse::code);
            // Schools failing in some segment first, then those without a judgement, then compliant ones.
            case "compliance" ->
                Comparator.comparingInt((SchoolSummaryResponse s) -> complianceRank(s.compliantBySegment()))
                        .thenComparing(SchoolSummaryResponse::code);
            default ->
                Comparator.comparing(SchoolSummaryResponse::countyCode).thenComparing(SchoolSummaryResponse::code);
        };
    }

    private static int complianceRank(Map<String, @Nullable Boolean> bySegment) {
        if (bySegment.containsValue(Boolean.FALSE)) {
            return 0;
        }
        return bySegment.containsValue(Boolean.TRUE) ? 2 : 1;
    }

    SchoolPageView school(
            SchoolCode code, @Nullable Integer year, String standardId, Locale locale, AccountDetails user) {
        if (!user.canRead(code)) {
            throw new AccessDeniedException("Your account may not see school " + code + ".");
        }
        List<StoredSchoolYear> history = schoolYears.history(code);
        if (history.isEmpty()) {
            throw ApiProblemException.notFound("No school " + code + ".");
        }
        SchoolYear shown = history.stream()
                .map(StoredSchoolYear::school)
                .filter(s -> year == null || s.year() == year)
                .reduce((a, b) -> b)
                .orElseThrow(() -> ApiProblemException.notFound("No record of school " + code + " for " + year + "."));
        Evaluation evaluation = evaluations.evaluate(shown.year(), standardId);
        List<SchoolEvaluation> own = own(evaluation, code);
        return new SchoolPageView(
                code.value(),
                shown.name(),
                shown.county().code().value(),
                shown.county().name(),
                shown.townName(),
                shown.type().name(),
                shown.location().name(),
                shown.year(),
                history.stream()
                        .map(h -> h.school().year())
                        .sorted(Comparator.reverseOrder())
                        .toList(),
                evaluation.standard().id(),
                user.canEdit(code),
                evaluation.excluded().stream()
                        .filter(d -> d.school().code().equals(code))
                        .map(ScopeDecision::excludedBecause)
                        .filter(Objects::nonNull)
                        .map(FindingWords.of(locale, evaluation.standard())::word)
                        .findFirst()
                        .orElse(null),
                parts(evaluation.standard(), own, locale),
                split(evaluation.standard(), shown),
                history.stream().map(h -> historyRow(h.school(), standardId)).toList());
    }

    private static List<SchoolEvaluation> own(Evaluation evaluation, SchoolCode code) {
        return evaluation.schools().stream()
                .filter(s -> s.school().code().equals(code))
                .toList();
    }

    private static List<SchoolPageView.PartView> parts(Standard standard, List<SchoolEvaluation> own, Locale locale) {
        Map<String, Shortfall> shortfalls = new HashMap<>();
        for (Shortfall s : new ShortfallCalculator(standard).shortfalls(own)) {
            shortfalls.put(s.segment() + "/" + s.indicatorId(), s);
        }
        double floor = standard.schoolRuleIfAny().map(r -> r.floorRatio()).orElse(1.0);
        List<SchoolPageView.PartView> parts = new ArrayList<>();
        for (SchoolEvaluation s : own) {
            List<SchoolPageView.IndicatorLine> lines = new ArrayList<>();
            for (int k = 0; k < standard.indicators().size(); k++) {
                IndicatorDefinition indicator = standard.indicators().get(k);
                IndicatorScore score = s.scores().get(k);
                Shortfall gap = shortfalls.get(s.segment() + "/" + indicator.id());
                lines.add(new SchoolPageView.IndicatorLine(
                        indicator.name().in(locale),
                        indicator.unit().in(locale),
                        score.value(),
                        score.hasThreshold() ? score.threshold() : null,
                        score.hasThreshold() && Double.isFinite(score.ratio()) ? 100 * score.ratio() : null,
                        score.met(),
                        score.hasThreshold() && score.ratio() < floor,
                        gap == null ? null : gap.toThreshold(),
                        gap == null ? null : gap.toFloor(),
                        indicator.gapQuantity().name()));
            }
            parts.add(new SchoolPageView.PartView(
                    s.segment().name(),
                    s.part().students(),
                    s.compliant(),
                    s.metCount(),
                    (int) s.scores().stream()
                            .filter(IndicatorScore::hasThreshold)
                            .count(),
                    lines));
        }
        return parts;
    }

    /** The split of shared assets; only a school with two segments (or a senior section) shares anything. */
    private static List<SchoolPageView.SplitRow> split(Standard standard, SchoolYear school) {
        List<SegmentPart> parts = new SegmentSplitter(standard.split()).split(school);
        if (parts.size() < 2 && school.seniorStudents() == 0) {
            return List.of();
        }
        return parts.stream()
                .map(p -> new SchoolPageView.SplitRow(
                        p.segment().name(),
                        p.students(),
                        100 * p.assetShare(),
                        p.quantity(Quantity.TEACHING_AUX_AREA_M2),
                        p.quantity(Quantity.EQUIPMENT_VALUE_YUAN),
                        p.quantity(Quantity.BOOKS)))
                .toList();
    }

    private SchoolPageView.HistoryRow historyRow(SchoolYear school, String standardId) {
        Map<String, @Nullable Boolean> compliant = new LinkedHashMap<>();
        Map<String, Integer> met = new LinkedHashMap<>();
        for (SchoolEvaluation s : own(evaluations.evaluate(school.year(), standardId), school.code())) {
            compliant.put(s.segment().name(), s.compliant());
            met.put(s.segment().name(), s.metCount());
        }
        return new SchoolPageView.HistoryRow(school.year(), school.compulsoryStudents(), compliant, met);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
