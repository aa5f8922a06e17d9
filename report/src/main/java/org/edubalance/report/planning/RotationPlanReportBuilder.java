package org.edubalance.report.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.planning.rotation.Move;
import org.edubalance.planning.rotation.PlanCheck;
import org.edubalance.planning.rotation.PolicyCheck;
import org.edubalance.planning.rotation.RotationPlan;
import org.edubalance.planning.rotation.RotationProblem;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;

/**
 * The rotation plan as a workbook a bureau reviews and signs off: the list of moves (调动名单), the county CVs of the
 * teacher indicators before and after (指标对比), and every policy rule with its figure (政策检查). Headers are
 * Chinese with an English note row, like the national forms.
 */
public final class RotationPlanReportBuilder {

    /** The report of {@code plan} for {@code problem}, as the independent checker found it. */
    public Report build(RotationProblem problem, RotationPlan plan, PlanCheck check) {
        String title = "教师交流轮岗方案 Teacher rotation plan — county " + problem.county() + ", " + problem.year()
                + ", policy " + problem.policy().id();
        String status = plan.status() + ", gap to the best plan "
                + String.format(java.util.Locale.ROOT, "%.4f %%", 100 * plan.gap()) + ", "
                + plan.moves().size() + " movers of " + problem.eligible().size()
                + " eligible (at least " + problem.minimumMovers() + ")";
        return new Report(
                title,
                LocalDate.of(problem.year(), 9, 1),
                List.of(moves(title, status, plan), cvs(title, check), checks(title, check)));
    }

    private static ReportSheet moves(String title, String status, RotationPlan plan) {
        List<ReportRow> rows = new ArrayList<>();
        for (Move m : plan.moves()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(m.teacher().value()),
                    ReportCell.text(m.from().value()),
                    ReportCell.text(m.to().value()),
                    ReportCell.text(m.segment().chineseName()),
                    ReportCell.text(m.subject().chineseName()),
                    ReportCell.number(m.distanceKm(), 1),
                    ReportCell.text(m.reason()))));
        }
        return new ReportSheet(
                "调动名单",
                List.of(title, status),
                List.of("教师编号", "原学校", "交流学校", "学段", "学科", "距离（公里）", "理由"),
                List.of("teacher", "from school", "to school", "segment", "subject", "km", "why it helps"),
                1,
                ReportRows.of(rows));
    }

    private static ReportSheet cvs(String title, PlanCheck check) {
        List<ReportRow> rows = new ArrayList<>();
        for (PlanCheck.CvChange c : check.cvChanges()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(c.segment().chineseName()),
                    ReportCell.text(c.indicator().id()),
                    cv(c.before()),
                    cv(c.after()))));
        }
        return new ReportSheet(
                "指标对比",
                List.of(title, "差异系数（按在校生加权） enrolment-weighted CV, recomputed by the independent checker"),
                List.of("学段", "指标", "交流前差异系数", "交流后差异系数"),
                List.of("segment", "indicator", "CV before", "CV after"),
                2,
                ReportRows.of(rows));
    }

    private static ReportCell cv(Double value) {
        return value == null || value.isNaN() ? ReportCell.blank() : ReportCell.number(value, 3);
    }

    private static ReportSheet checks(String title, PlanCheck check) {
        List<ReportRow> rows = new ArrayList<>();
        for (PolicyCheck c : check.checks()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(c.rule()),
                    ReportCell.text(c.required()),
                    ReportCell.text(c.actual()),
                    ReportCell.text(c.passed() ? "是 yes" : "否 NO"))));
        }
        for (String v : check.violations()) {
            rows.add(ReportRow.body(
                    List.of(ReportCell.text(v), ReportCell.blank(), ReportCell.blank(), ReportCell.text("否 NO"))));
        }
        return new ReportSheet(
                "政策检查",
                List.of(title),
                List.of("规则", "要求", "方案", "是否满足"),
                List.of("rule", "required", "plan", "met"),
                1,
                ReportRows.of(rows));
    }
}
