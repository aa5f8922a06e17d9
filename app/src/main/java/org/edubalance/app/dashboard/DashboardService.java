package org.edubalance.app.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.evaluation.SegmentStatisticsCalculator;
import org.edubalance.core.gap.GapAnalyzer;
import org.edubalance.core.gap.LocationComparison;
import org.edubalance.core.region.County;
import org.edubalance.core.region.CountyBoundaries;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.wording.FindingWords;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Builds the dashboards from the cached evaluations. The city dashboard pools every school of the counties held: its
 * CVs describe the balance across the city (for information; the standards judge counties), its table lists each
 * county's verdict.
 */
@Service
final class DashboardService {
    private static final int WEAKEST = 10;

    private final EvaluationService evaluations;
    private final SchoolYears schoolYears;
    private final CountyBoundaries boundaries;
    private final ChartDocuments charts;

    DashboardService(
            EvaluationService evaluations,
            SchoolYears schoolYears,
            CountyBoundaries boundaries,
            ChartDocuments charts) {
        this.evaluations = evaluations;
        this.schoolYears = schoolYears;
        this.boundaries = boundaries;
        this.charts = charts;
    }

    /** The dashboard of {@code county}, or of the city when {@code null}. */
    DashboardView view(@Nullable RegionCode county, @Nullable Integer year, String standardId, Locale locale) {
        // The view depends only on the stored data (boundaries included: saving one forgets the views) and these
        // arguments, so it is built once per change of the data.
        return evaluations.derived(
                "dashboard/" + county + "/" + year + "/" + standardId + "/" + locale.toLanguageTag(),
                () -> build(county, year, standardId, locale));
    }

    private DashboardView build(@Nullable RegionCode county, @Nullable Integer year, String standardId, Locale locale) {
        Evaluation all = evaluations.evaluate(year == null && county != null ? latestYearOf(county) : year, standardId);
        Evaluation region = county == null ? all : evaluations.evaluateCounty(county, all.year(), standardId);
        County place = county == null ? city(all) : region.counties().getFirst().county();
        List<DashboardView.SegmentPanel> panels = new ArrayList<>();
        var gaps = new GapAnalyzer(all.standard()).analyze(place, region.schools());
        for (Segment segment : Segment.values()) {
            List<SchoolEvaluation> parts = parts(region, segment);
            if (parts.isEmpty()) {
                continue;
            }
            SegmentEvaluation stats = statistics(region, county, segment, parts);
            panels.add(new DashboardView.SegmentPanel(
                    segment.name(),
                    stats.schoolCount(),
                    stats.compliantSchools(),
                    county == null ? null : stats.pass(),
                    county == null
                            ? List.of()
                            : FindingWords.of(locale, all.standard()).word(stats.reasons()),
                    charts.cvChart(all.standard(), stats, locale),
                    charts.trend(all.standard(), segment, trend(county, segment, standardId), locale),
                    locations(all.standard(), gaps.locations(), segment, locale)));
        }
        return new DashboardView(
                county == null ? null : county.value(),
                place.name(),
                all.year(),
                schoolYears.years(),
                all.standard().id(),
                region.counties().stream().map(DashboardService::line).toList(),
                panels,
                weakest(region),
                charts.map(region.schools()),
                boundaryUrl(county));
    }

    /** The latest year with data of {@code county}: a later year may hold other counties only. */
    private @Nullable Integer latestYearOf(RegionCode county) {
        for (int year : schoolYears.years()) {
            if (!schoolYears.ofYear(year, county).isEmpty()) {
                return year;
            }
        }
        return null;
    }

    private static County city(Evaluation all) {
        if (all.counties().isEmpty()) {
            throw ApiProblemException.notFound("No county evaluated in " + all.year() + ".");
        }
        County first = all.counties().getFirst().county();
        String cityCode = first.code().value().substring(0, 4) + "00";
        String name = first.cityName() == null ? cityCode : first.cityName();
        return new County(new RegionCode(cityCode), name, name, first.provinceName());
    }

    private static List<SchoolEvaluation> parts(Evaluation region, Segment segment) {
        return region.schools().stream().filter(s -> s.segment() == segment).toList();
    }

    /** A county's own segment result; for the city, the same statistics over every school of the city. */
    private static SegmentEvaluation statistics(
            Evaluation region, @Nullable RegionCode county, Segment segment, List<SchoolEvaluation> parts) {
        if (county != null) {
            return region.counties().getFirst().segment(segment).orElseThrow();
        }
        return new SegmentStatisticsCalculator(region.standard()).evaluate(segment, parts);
    }

    /** Per year held, oldest first: the segment's CV of each indicator (NaN when not evaluable or absent). */
    private Map<Integer, double[]> trend(@Nullable RegionCode county, Segment segment, String standardId) {
        Map<Integer, double[]> cvsByYear = new LinkedHashMap<>();
        for (int year : schoolYears.years().reversed()) {
            Evaluation all = evaluations.evaluate(year, standardId);
            boolean held = county == null
                    || all.counties().stream().anyMatch(c -> c.county().code().equals(county));
            if (!held) {
                continue;
            }
            Evaluation region = county == null ? all : evaluations.evaluateCounty(county, year, standardId);
            List<SchoolEvaluation> parts = parts(region, segment);
            if (parts.isEmpty()) {
                continue;
            }
            SegmentEvaluation stats = statistics(region, county, segment, parts);
            cvsByYear.put(
                    year, stats.indicators().stream().mapToDouble(i -> i.cv()).toArray());
        }
        return cvsByYear;
    }

    private static List<DashboardView.LocationRow> locations(
            Standard standard, List<LocationComparison> comparisons, Segment segment, Locale locale) {
        List<DashboardView.LocationRow> rows = new ArrayList<>();
        for (LocationComparison c : comparisons) {
            if (c.segment() != segment) {
                continue;
            }
            Map<Location, Double> values = c.valueByLocation();
            rows.add(new DashboardView.LocationRow(
                    standard.indicator(c.indicatorId())
                            .map(i -> i.name().in(locale))
                            .orElse(c.indicatorId()),
                    values.get(Location.URBAN),
                    values.get(Location.TOWN),
                    values.get(Location.RURAL),
                    Double.isFinite(c.urbanToRural()) ? c.urbanToRural() : null));
        }
        return rows;
    }

    private static DashboardView.CountyLine line(CountyEvaluation county) {
        Map<String, DashboardView.SegmentCell> cells = new LinkedHashMap<>();
        for (SegmentEvaluation s : county.segments()) {
            cells.put(
                    s.segment().name(), new DashboardView.SegmentCell(s.pass(), s.compliantSchools(), s.schoolCount()));
        }
        return new DashboardView.CountyLine(
                county.county().code().value(),
                county.county().name(),
                county.verdict().name(),
                cells);
    }

    private static List<DashboardView.WeakSchool> weakest(Evaluation region) {
        return region.schools().stream()
                .filter(s -> Double.isFinite(s.lowestRatio()))
                // Many small schools reach 0 % on some indicator; fewer indicators met ranks weaker among them.
                .sorted(Comparator.comparingDouble(SchoolEvaluation::lowestRatio)
                        .thenComparingInt(SchoolEvaluation::metCount))
                .limit(WEAKEST)
                .map(s -> new DashboardView.WeakSchool(
                        s.school().code().value(),
                        s.school().name(),
                        s.school().county().name(),
                        s.segment().name(),
                        s.metCount(),
                        (int) s.scores().stream().filter(x -> x.hasThreshold()).count(),
                        100 * s.lowestRatio(),
                        s.compliant()))
                .toList();
    }

    private @Nullable String boundaryUrl(@Nullable RegionCode county) {
        if (county == null) {
            return boundaries.counties().isEmpty() ? null : "/dashboard/boundary.json";
        }
        return boundaries.find(county).isPresent() ? "/dashboard/" + county.value() + "/boundary.json" : null;
    }
}
