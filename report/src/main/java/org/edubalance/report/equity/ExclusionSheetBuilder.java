package org.edubalance.report.equity;

import java.util.List;
import java.util.Locale;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.ScopeDecision;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.wording.FindingWords;

/** Builds the sheet of schools left out of the resource indicators, with the reason in the report's language. */
final class ExclusionSheetBuilder {
    private final Standard standard;
    private final Wording words;
    private final FindingWords findings;

    ExclusionSheetBuilder(Standard standard, Wording words) {
        this.standard = standard;
        this.words = words;
        this.findings = words.findings(standard);
    }

    ReportSheet build(Evaluation evaluation) {
        List<ScopeDecision> excluded = evaluation.excluded();
        ReportRows rows = ReportRows.computed(excluded.size(), i -> row(excluded.get(i)));
        List<String> headers = List.of(
                words.pick("县代码", "County code"),
                words.pick("县", "County"),
                words.pick("学校标识码", "School code"),
                words.pick("学校名称", "School"),
                words.pick("学校类型", "School type"),
                words.pick("举办者类型", "Ownership"),
                words.pick("义务教育在校生数", "Compulsory students"),
                words.pick("原因", "Reason"));
        List<String> titles = List.of(
                words.pick("不在评估范围内的学校", "Schools outside the standard's scope"),
                words.pick(
                        "这些学校不参加资源配置指标和差异系数的计算。", "These schools take no part in the resource indicators or the CVs."));
        return new ReportSheet(ApplicationFormReportBuilder.EXCLUDED, titles, headers, List.of(), 0, rows);
    }

    private ReportRow row(ScopeDecision decision) {
        SchoolYear s = decision.school();
        return ReportRow.body(List.of(
                ReportCell.text(s.county().code().value()),
                ReportCell.text(s.county().name()),
                ReportCell.text(s.code().value()),
                ReportCell.text(s.name()),
                ReportCell.text(
                        words.pick(s.type().chineseName(), english(s.type().name()))),
                ReportCell.text(words.pick(
                        s.ownership().chineseName(), english(s.ownership().name()))),
                ReportCell.integer(s.compulsoryStudents()),
                ReportCell.text(reason(decision))));
    }

    private static String english(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String reason(ScopeDecision decision) {
        return decision.excludedBecause() == null ? "" : findings.word(decision.excludedBecause());
    }
}
