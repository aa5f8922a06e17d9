package org.edubalance.report.equity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.LocationComparison;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Location;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;

/**
 * Builds the urban–rural sheet: per county, segment and indicator the pooled urban, town and rural values and their
 * ratios to the rural value (urban : town : rural with rural = 1), to 2 decimals (values as on 表Ⅱ-2); {@code —} where a location has
 * no school or the rural value is 0. Counties without a gap analysis are left out.
 */
final class LocationSheetBuilder {
    private static final int RATIO_SCALE = 2;

    private final Wording words;
    private final Map<String, String> indicatorNames = new HashMap<>();
    private final Map<String, Integer> valueScales = new HashMap<>();

    LocationSheetBuilder(Standard standard, Wording words) {
        this.words = words;
        for (IndicatorDefinition i : standard.indicators()) {
            indicatorNames.put(i.id(), words.of(i.name()));
            valueScales.put(i.id(), SchoolFormBuilder.valueScale(i));
        }
    }

    ReportSheet build(Evaluation evaluation, Map<RegionCode, GapAnalysis> gaps) {
        List<ReportRow> rows = new ArrayList<>();
        for (CountyEvaluation county : evaluation.counties()) {
            GapAnalysis gap = gaps.get(county.county().code());
            if (gap == null) {
                continue;
            }
            for (LocationComparison c : gap.locations()) {
                Map<Location, Double> values = c.valueByLocation();
                List<ReportCell> cells = new ArrayList<>(List.of(
                        ReportCell.text(county.county().code().value()),
                        ReportCell.text(county.county().name()),
                        ReportCell.text(words.segment(c.segment())),
                        ReportCell.text(indicatorNames.getOrDefault(c.indicatorId(), c.indicatorId()))));
                int scale = valueScales.getOrDefault(c.indicatorId(), SchoolFormBuilder.VALUE_SCALE);
                for (Location location : Location.values()) {
                    cells.add(ReportCell.number(values.getOrDefault(location, Double.NaN), scale));
                }
                cells.add(ReportCell.number(c.urbanToRural(), RATIO_SCALE));
                cells.add(ReportCell.number(c.townToRural(), RATIO_SCALE));
                rows.add(ReportRow.body(cells));
            }
        }
        List<String> headers = List.of(
                words.pick("县代码", "County code"),
                words.pick("县", "County"),
                words.pick("学段", "Segment"),
                words.pick("指标", "Indicator"),
                words.pick("城区", "Urban"),
                words.pick("镇区", "Town"),
                words.pick("乡村", "Rural"),
                words.pick("城区 : 乡村", "Urban : rural"),
                words.pick("镇区 : 乡村", "Town : rural"));
        List<String> titles = List.of(
                words.pick("城乡比较", "Urban–rural comparison"),
                words.pick(
                        "各类地区的汇总值（按在校生加权）；比值以乡村为 1。",
                        "Pooled (enrolment-weighted) values per location; ratios take the rural value as 1."));
        return new ReportSheet(
                ApplicationFormReportBuilder.URBAN_RURAL, titles, headers, List.of(), 0, ReportRows.of(rows));
    }
}
