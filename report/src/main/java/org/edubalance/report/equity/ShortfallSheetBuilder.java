package org.edubalance.report.equity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.Shortfall;
import org.edubalance.core.gap.ShortfallTotal;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Quantity;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;

/**
 * Builds the shortfall sheet: every school segment below a standard with the amount that brings it to the standard
 * and to the per-school floor (85 % under 2017), then the county's totals per segment and indicator. Counties
 * without a gap analysis are left out. Whole units (teachers, rooms, books) show no decimals, m² and yuan two.
 */
final class ShortfallSheetBuilder {
    private final Standard standard;
    private final Wording words;
    private final Map<String, String> indicatorNames = new HashMap<>();
    private final Map<String, Integer> valueScales = new HashMap<>();

    ShortfallSheetBuilder(Standard standard, Wording words) {
        this.standard = standard;
        this.words = words;
        for (IndicatorDefinition i : standard.indicators()) {
            indicatorNames.put(i.id(), words.of(i.name()));
            valueScales.put(i.id(), SchoolFormBuilder.valueScale(i));
        }
    }

    ReportSheet build(Evaluation evaluation, Map<RegionCode, GapAnalysis> gaps) {
        List<ReportRows> parts = new ArrayList<>();
        for (CountyEvaluation county : evaluation.counties()) {
            GapAnalysis gap = gaps.get(county.county().code());
            if (gap == null) {
                continue;
            }
            List<Shortfall> shortfalls = gap.shortfalls();
            County c = county.county();
            parts.add(ReportRows.computed(shortfalls.size(), i -> shortfallRow(c, shortfalls.get(i))));
            parts.add(
                    ReportRows.of(gap.totals().stream().map(t -> totalRow(c, t)).toList()));
        }
        double floor =
                standard.schoolRule() == null ? 1.0 : standard.schoolRule().floorRatio();
        String percent = String.format(Locale.ROOT, "%.0f%%", floor * 100);
        List<String> headers = List.of(
                words.pick("县代码", "County code"),
                words.pick("县", "County"),
                words.pick("学校标识码", "School code"),
                words.pick("学校名称", "School"),
                words.pick("学段", "Segment"),
                words.pick("指标", "Indicator"),
                words.pick("现值", "Value"),
                words.pick("标准", "Standard"),
                words.pick("达到标准需补足", "To reach the standard"),
                words.pick("达到标准" + percent + "需补足", "To reach " + percent + " of the standard"),
                words.pick("补足内容", "What to add"),
                words.pick("单位", "Unit"));
        List<String> titles = List.of(
                words.pick("缺口：未达标学校需补足的资源", "Shortfalls: what schools below the standard need"),
                words.pick(
                        "需补足 = 标准 × 在校生数 ÷ 每（百）生 − 现有量；人数、间数、册数向上取整。每县末尾为合计。",
                        "Amount = standard × students ÷ per − current amount; teachers, rooms and books rounded up."
                                + " Each county ends with its totals."));
        return new ReportSheet(
                ApplicationFormReportBuilder.SHORTFALLS, titles, headers, List.of(), 0, ReportRows.concat(parts));
    }

    private ReportRow shortfallRow(County county, Shortfall s) {
        int scale = amountScale(s.quantity());
        int valueScale = valueScales.getOrDefault(s.indicatorId(), SchoolFormBuilder.VALUE_SCALE);
        return ReportRow.body(List.of(
                ReportCell.text(county.code().value()),
                ReportCell.text(county.name()),
                ReportCell.text(s.school().value()),
                ReportCell.text(s.schoolName()),
                ReportCell.text(words.segment(s.segment())),
                ReportCell.text(indicatorName(s.indicatorId())),
                ReportCell.number(s.value(), valueScale),
                ReportCell.number(s.threshold(), valueScale),
                ReportCell.number(s.toThreshold(), scale),
                ReportCell.number(s.toFloor(), scale),
                ReportCell.text(words.quantity(s.quantity())),
                ReportCell.text(words.unit(s.quantity()))));
    }

    private ReportRow totalRow(County county, ShortfallTotal t) {
        int scale = amountScale(t.quantity());
        return new ReportRow(
                RowKind.TOTAL,
                List.of(
                        ReportCell.text(county.code().value()),
                        ReportCell.text(county.name()),
                        ReportCell.blank(),
                        ReportCell.text(
                                words.pick("合计（" + t.schools() + " 所学校）", "Total (" + t.schools() + " schools)")),
                        ReportCell.text(words.segment(t.segment())),
                        ReportCell.text(indicatorName(t.indicatorId())),
                        ReportCell.blank(),
                        ReportCell.blank(),
                        ReportCell.number(t.toThreshold(), scale),
                        ReportCell.number(t.toFloor(), scale),
                        ReportCell.text(words.quantity(t.quantity())),
                        ReportCell.text(words.unit(t.quantity()))));
    }

    private String indicatorName(String id) {
        return indicatorNames.getOrDefault(id, id);
    }

    private static int amountScale(Quantity quantity) {
        return quantity.isCountable() ? 0 : 2;
    }
}
