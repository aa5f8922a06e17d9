package org.edubalance.report.equity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.gap.CvDriver;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.LocationComparison;
import org.edubalance.core.gap.TheilBreakdown;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.statistics.inequality.TheilDecomposition;
import org.jspecify.annotations.Nullable;

/**
 * Builds the inequality-sources sheet: per county, segment and indicator the enrolment-weighted Gini (3 decimals),
 * the Theil T index (4 decimals), the between-location and between-township shares of the Theil index (percent, 1
 * decimal; {@code —} when the index is 0 or undefined) and the schools that raise the CV most. Counties without a gap
 * analysis are left out.
 *
 * <ul>
 *   <li>Theil T splits exactly into a between part, the inequality of the group means (urban/town/rural, or
 *       township), and a within part, the inequality among schools of the same group, so the between share is the
 *       fraction of the county's inequality that lies between groups rather than inside them.
 *   <li>A school's leave-one-out contribution is the county's weighted CV with the school minus the CV without it, so
 *       {@code +0.012} means the CV would fall by 0.012 if that school were left out.
 * </ul>
 */
final class InequalitySheetBuilder {
    static final int GINI_SCALE = 3;
    static final int THEIL_SCALE = 4;
    static final int SHARE_SCALE = 1;
    static final int DRIVERS_SHOWN = 3;
    static final String LOCATION = "location";
    static final String TOWNSHIP = "township";

    private final Wording words;
    private final Map<String, String> indicatorNames = new HashMap<>();

    InequalitySheetBuilder(Standard standard, Wording words) {
        this.words = words;
        for (IndicatorDefinition i : standard.indicators()) {
            indicatorNames.put(i.id(), words.of(i.name()));
        }
    }

    ReportSheet build(Evaluation evaluation, Map<RegionCode, GapAnalysis> gaps) {
        List<ReportRow> rows = new ArrayList<>();
        for (CountyEvaluation county : evaluation.counties()) {
            GapAnalysis gap = gaps.get(county.county().code());
            if (gap != null) {
                addRows(rows, county.county(), gap);
            }
        }
        List<String> headers = List.of(
                words.pick("县代码", "County code"),
                words.pick("县", "County"),
                words.pick("学段", "Segment"),
                words.pick("指标", "Indicator"),
                words.pick("加权基尼系数", "Weighted Gini"),
                words.pick("泰尔指数 T", "Theil T"),
                words.pick("城乡间差异占比（%）", "Between locations (% of Theil)"),
                words.pick("乡镇间差异占比（%）", "Between townships (% of Theil)"),
                words.pick("拉高差异系数最多的学校", "Schools raising the CV most"));
        List<String> titles = List.of(
                words.pick("不均衡来源", "Sources of inequality"),
                words.pick(
                        "基尼系数和泰尔指数按在校生加权；组间占比 = 组间泰尔指数 ÷ 泰尔指数总值；" + "括号内为含该校与不含该校的差异系数之差。",
                        "Gini and Theil T weight schools by enrolment; between share = between-group Theil ÷ total"
                                + " Theil; in brackets, the CV with the school minus the CV without it."));
        return new ReportSheet(
                ApplicationFormReportBuilder.INEQUALITY, titles, headers, List.of(), 0, ReportRows.of(rows));
    }

    private void addRows(List<ReportRow> rows, County county, GapAnalysis gap) {
        Map<String, TheilDecomposition> theil = new HashMap<>();
        for (TheilBreakdown t : gap.theil()) {
            theil.put(key(t.segment(), t.indicatorId(), t.grouping()), t.decomposition());
        }
        Map<String, List<CvDriver>> drivers =
                gap.cvDrivers().stream().collect(Collectors.groupingBy(d -> key(d.segment(), d.indicatorId(), "")));
        List<LocationComparison> locations = gap.locations();
        for (int k = 0; k < locations.size(); k++) {
            Segment segment = locations.get(k).segment();
            String id = locations.get(k).indicatorId();
            @Nullable TheilDecomposition byLocation = theil.get(key(segment, id, LOCATION));
            double gini = k < gap.weightedGini().size() ? gap.weightedGini().get(k) : Double.NaN;
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(county.code().value()),
                    ReportCell.text(county.name()),
                    ReportCell.text(words.segment(segment)),
                    ReportCell.text(indicatorNames.getOrDefault(id, id)),
                    ReportCell.number(gini, GINI_SCALE),
                    ReportCell.number(byLocation == null ? Double.NaN : byLocation.total(), THEIL_SCALE),
                    betweenShare(byLocation),
                    betweenShare(theil.get(key(segment, id, TOWNSHIP))),
                    ReportCell.text(drivers(drivers.getOrDefault(key(segment, id, ""), List.of()))))));
        }
    }

    /** The between-group part of the Theil index as a percentage of the whole; {@code —} when the whole is 0 or NaN. */
    static ReportCell betweenShare(@Nullable TheilDecomposition d) {
        if (d == null || !(d.total() > 0)) {
            return ReportCell.text(ReportCell.NOT_AVAILABLE);
        }
        return ReportCell.number(100 * d.between() / d.total(), SHARE_SCALE);
    }

    /** Up to {@value #DRIVERS_SHOWN} schools, largest contribution first, as {@code name (+0.012)}. */
    static String drivers(List<CvDriver> drivers) {
        if (drivers.isEmpty()) {
            return ReportCell.NOT_AVAILABLE;
        }
        return drivers.stream()
                .sorted(Comparator.comparingDouble(CvDriver::contribution).reversed())
                .limit(DRIVERS_SHOWN)
                .map(d -> String.format(Locale.ROOT, "%s (%+.3f)", d.schoolName(), d.contribution()))
                .collect(Collectors.joining("; "));
    }

    private static String key(Segment segment, String indicatorId, String grouping) {
        return segment.name() + '\u0000' + indicatorId + '\u0000' + grouping;
    }
}
