package org.edubalance.report.equity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Quantity;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;

/**
 * Builds 表Ⅱ-2, the per-school table of the application form (docs/standards.md §10): one block per county and segment,
 * primary first, each opened by a heading row and numbered from 1.
 *
 * <p>Columns, in the form's order: 序号, 学校名称, 举办者类型, 在校生数, 年级数, 班级数, the pack's indicators in pack
 * order (2017: the seven of §1.3), 该校综合评估是否达标, 备注. Students and classes are the segment part's.
 *
 * <ul>
 *   <li>Indicator values are rounded half-up to 2 decimals and stored rounded (see {@link ReportCell}); a
 *       teachers-per-student indicator (2012 pack only) keeps 3, see {@link #valueScale}.
 *   <li>年级数 is 6 for a primary part and 3 for a junior part (the six-three system; the data carry no grade
 *       count). A teaching point has {@code min(classes, 6)} grades, at least 1: it usually runs one class per grade
 *       and only the lower grades, so its class count is the best available bound.
 *   <li>该校综合评估是否达标 is 是/否 by the pack's per-school rule, {@code —} under a pack without one (2012).
 *   <li>备注 names the part a split school contributes (九年一贯制学校小学部, 完全中学初中部, …) and marks teaching
 *       points.
 * </ul>
 *
 * <p>Rows are computed while they are read, so the nation-scale table is never held in memory as row objects.
 */
final class SchoolFormBuilder {
    /** Decimal places of indicator values on the form. */
    static final int VALUE_SCALE = 2;
    /** Decimal places of a "teachers per student" value (2012 pack), which 2 decimals would blur (0.058 → 0.06). */
    static final int PER_STUDENT_TEACHER_SCALE = 3;

    private static final int PRIMARY_GRADES = 6;
    private static final int JUNIOR_GRADES = 3;

    private final Standard standard;
    private final int[] scales;

    SchoolFormBuilder(Standard standard) {
        this.standard = standard;
        this.scales = standard.indicators().stream()
                .mapToInt(SchoolFormBuilder::valueScale)
                .toArray();
    }

    /**
     * The decimal places of {@code indicator}'s values: {@value #VALUE_SCALE}, as the 2017 form prints them, except
     * {@value #PER_STUDENT_TEACHER_SCALE} for teachers per single student (only the 2012 pack has such indicators).
     */
    static int valueScale(IndicatorDefinition indicator) {
        boolean teachersOnly = indicator.added().stream().noneMatch(Quantity::isSharedAsset);
        return indicator.per() == 1 && teachersOnly ? PER_STUDENT_TEACHER_SCALE : VALUE_SCALE;
    }

    /** The column headers, in the official order. */
    List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("序号", "学校名称", "举办者类型", "在校生数", "年级数", "班级数"));
        standard.indicators().forEach(i -> headers.add(i.name().zh()));
        headers.add("该校综合评估是否达标");
        headers.add("备注");
        return headers;
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>(List.of("No.", "School", "Ownership", "Students", "Grades", "Classes"));
        for (IndicatorDefinition i : standard.indicators()) {
            notes.add(Wording.englishNote(i));
        }
        notes.add(
                standard.schoolRule() == null
                        ? "Meets the per-school rule (none in this standard)"
                        : "Meets the per-school rule");
        notes.add("Remarks");
        return notes;
    }

    ReportSheet build(Evaluation evaluation) {
        List<SchoolEvaluation> schools = evaluation.schools();
        int[] order = blockOrder(schools);
        List<ReportRows> parts = new ArrayList<>();
        int start = 0;
        while (start < order.length) {
            SchoolEvaluation first = schools.get(order[start]);
            int end = start;
            while (end < order.length && sameBlock(first, schools.get(order[end]))) {
                end++;
            }
            int blockStart = start;
            parts.add(ReportRows.of(List.of(heading(first))));
            parts.add(ReportRows.computed(end - start, i -> row(i + 1, schools.get(order[blockStart + i]))));
            start = end;
        }
        List<String> titles = List.of(
                "表Ⅱ-2 县域义务教育学校资源配置情况（分学校）  ·  Table II-2 Resource indicators by school",
                Wording.standardLine(standard, evaluation.year()),
                "指标值按四舍五入保留两位小数；九年一贯制、十二年一贯制学校和完全中学按学段分列。"
                        + "  ·  Indicator values rounded half-up to 2 decimals; one-through and complete secondary"
                        + " schools are listed per segment.");
        return new ReportSheet(
                ApplicationFormReportBuilder.SCHOOL_FORM, titles, headers(), notes(), 2, ReportRows.concat(parts));
    }

    /** The row opening a block: county, then the segment in Chinese and English. */
    private static ReportRow heading(SchoolEvaluation first) {
        Segment segment = first.segment();
        return ReportRow.section(
                Wording.county(first.school().county()) + " · " + segment.chineseName() + " " + segment.englishName());
    }

    /** Indices of {@code schools} in county-code then segment order (stable: the evaluation's order within a block). */
    private static int[] blockOrder(List<SchoolEvaluation> schools) {
        Integer[] order = new Integer[schools.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                Comparator.comparing(
                                (Integer i) -> schools.get(i).school().county().code())
                        .thenComparing(i -> schools.get(i).segment()));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static boolean sameBlock(SchoolEvaluation a, SchoolEvaluation b) {
        return a.segment() == b.segment()
                && a.school().county().code().equals(b.school().county().code());
    }

    private ReportRow row(int number, SchoolEvaluation s) {
        SchoolYear school = s.school();
        List<ReportCell> cells = new ArrayList<>(8 + s.scores().size());
        cells.add(ReportCell.integer(number));
        cells.add(ReportCell.text(school.name()));
        cells.add(ReportCell.text(school.ownership().chineseName()));
        cells.add(ReportCell.integer(s.part().students()));
        cells.add(ReportCell.integer(grades(s)));
        cells.add(ReportCell.integer(school.segment(s.segment()).classes()));
        for (int k = 0; k < s.scores().size(); k++) {
            cells.add(ReportCell.number(s.scores().get(k).value(), scales[k]));
        }
        cells.add(ReportCell.text(Wording.yesNo(s.compliant())));
        cells.add(ReportCell.text(remark(school.type(), s.segment())));
        return ReportRow.body(cells);
    }

    /** 年级数 of a school part; see the class comment. */
    static int grades(SchoolEvaluation s) {
        if (s.school().type() == SchoolType.TEACHING_POINT) {
            return Math.max(1, Math.min(s.school().segment(s.segment()).classes(), PRIMARY_GRADES));
        }
        return s.segment() == Segment.PRIMARY ? PRIMARY_GRADES : JUNIOR_GRADES;
    }

    /** 备注 of a school part: which part of a split school it is, or that it is a teaching point. */
    static String remark(SchoolType type, Segment segment) {
        return switch (type) {
            case NINE_YEAR, TWELVE_YEAR, COMPLETE_SECONDARY ->
                type.chineseName() + (segment == Segment.PRIMARY ? "小学部" : "初中部");
            case TEACHING_POINT -> type.chineseName();
            default -> "";
        };
    }
}
