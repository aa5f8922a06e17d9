package org.edubalance.report.equity;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.ItemResult;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;
import org.edubalance.report.wording.FindingWords;

/**
 * Builds the verdict sheet: per county its overall verdict, the resource-allocation result per segment and overall,
 * then every other assessment item with its status, the evidence it rests on and the inputs it still lacks.
 * Labels follow the report's language.
 */
final class VerdictSheetBuilder {
    private final Standard standard;
    private final Wording words;
    private final FindingWords findings;

    VerdictSheetBuilder(Standard standard, Wording words) {
        this.standard = standard;
        this.words = words;
        this.findings = words.findings(standard);
    }

    ReportSheet build(Evaluation evaluation) {
        List<ReportRow> rows = new ArrayList<>();
        for (CountyEvaluation county : evaluation.counties()) {
            rows.add(ReportRow.section(Wording.county(county.county())));
            rows.add(new ReportRow(
                    RowKind.TOTAL,
                    List.of(
                            text(words.pick("总体结论", "Verdict")),
                            text(words.of(standard.title())),
                            text(words.verdict(county.verdict())),
                            text(""),
                            text(String.join("; ", county.missingInputs())))));
            String resource = words.pick("资源配置", "Resource allocation");
            for (SegmentEvaluation s : county.segments()) {
                rows.add(ReportRow.body(List.of(
                        text(resource),
                        text(words.segment(s.segment())),
                        text(words.pass(s.pass())),
                        text(segmentEvidence(s)))));
            }
            rows.add(ReportRow.body(List.of(
                    text(resource), text(words.pick("合计", "All segments")), text(words.pass(county.resourcePass())))));
            for (ItemResult item : county.items()) {
                rows.add(ReportRow.body(List.of(
                        text(words.pick(
                                item.item().part().chineseName(),
                                item.item().part().englishName())),
                        text(words.of(item.item().name())),
                        text(words.status(item.status())),
                        text(String.join(words.pick("；", "; "), findings.word(item.evidence()))),
                        text(String.join("; ", item.missingInputs())))));
            }
        }
        List<String> headers = List.of(
                words.pick("类别", "Part"),
                words.pick("项目", "Item"),
                words.pick("结果", "Result"),
                words.pick("依据", "Evidence"),
                words.pick("缺少的材料", "Missing inputs"));
        List<String> titles = List.of(
                words.pick("评估结论", "Verdict") + "  ·  " + words.of(standard.title()) + " (" + standard.source() + ")",
                words.pick(
                        "结论：任何已知项目未达标为“未达标”；无未达标但缺少材料为“材料不全”。",
                        "Verdict: not met when anything known fails; incomplete when nothing fails but inputs are missing."));
        return new ReportSheet(
                ApplicationFormReportBuilder.VERDICT, titles, headers, List.of(), 0, ReportRows.of(rows));
    }

    private String segmentEvidence(SegmentEvaluation s) {
        StringBuilder evidence = new StringBuilder();
        if (standard.schoolRule() != null) {
            evidence.append(words.pick(
                    s.schoolCount() + " 所学校，" + s.compliantSchools() + " 所达到校级标准，在校生 " + s.studentCount() + " 人",
                    s.schoolCount() + " schools, " + s.compliantSchools() + " meet the per-school rule, "
                            + s.studentCount() + " students"));
        } else {
            evidence.append(words.pick(
                    s.schoolCount() + " 所学校，在校生 " + s.studentCount() + " 人",
                    s.schoolCount() + " schools, " + s.studentCount() + " students"));
        }
        if (!s.reasons().isEmpty()) {
            String separator = words.pick("；", "; ");
            evidence.append(separator).append(String.join(separator, findings.word(s.reasons())));
        }
        return evidence.toString();
    }

    private static ReportCell text(String text) {
        return ReportCell.text(text);
    }
}
