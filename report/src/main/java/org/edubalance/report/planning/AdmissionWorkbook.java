package org.edubalance.report.planning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.planning.admission.AdmissionResult;
import org.edubalance.planning.admission.AdmissionResult.Assignment;
import org.edubalance.planning.admission.AdmissionResult.SchoolLine;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.render.XlsxReportRenderer;

/**
 * An admission result as the workbook a bureau publishes (docs/planning/admission.md §6): the list of placements
 * (录取名单), the schools' figures (学校汇总) and the draw (抽签公示: inputs' hashes, commit, public value, seed and the
 * round's counts), with the same content as the JSON document, in one language.
 */
public final class AdmissionWorkbook {
    private final AdmissionWording words;

    /** A workbook in {@code locale}'s language (Chinese for {@code zh}, else English). */
    public AdmissionWorkbook(Locale locale) {
        this.words = new AdmissionWording(locale);
    }

    /** Writes the workbook of {@code result} to {@code out}. */
    public void write(AdmissionResult result, Path out) throws IOException {
        new XlsxReportRenderer().render(build(result), out);
    }

    /** The workbook of {@code result}. */
    public Report build(AdmissionResult result) {
        String title =
                words.text("title", result.grade().name(), result.county().value(), result.year(), result.policy());
        return new Report(
                title,
                LocalDate.of(result.year(), 9, 1),
                List.of(assignments(title, result), schools(title, result), draw(title, result)));
    }

    private ReportSheet assignments(String title, AdmissionResult result) {
        List<Assignment> list = result.assignments();
        ReportRows rows = ReportRows.computed(list.size(), i -> {
            Assignment a = list.get(i);
            return ReportRow.body(List.of(
                    ReportCell.text(a.applicantId()),
                    a.school() == null
                            ? ReportCell.text(words.text("unplaced"))
                            : ReportCell.text(a.school().value()),
                    a.choiceRank() == null ? ReportCell.blank() : ReportCell.integer(a.choiceRank()),
                    ReportCell.text(words.priorityClass(a.priorityClass())),
                    a.lotteryNumber() == null ? ReportCell.blank() : ReportCell.text(a.lotteryNumber())));
        });
        return sheet("assignments", List.of(title), List.of("applicant", "school", "rank", "class", "number"), 1, rows);
    }

    private ReportSheet schools(String title, AdmissionResult result) {
        List<ReportRow> rows = new ArrayList<>();
        for (SchoolLine s : result.schools()) {
            Double perSeat = s.oversubscription();
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(s.code().value()),
                    ReportCell.integer(s.seats()),
                    ReportCell.integer(s.admitted()),
                    ReportCell.integer(s.applicants()),
                    perSeat == null ? ReportCell.blank() : ReportCell.number(perSeat, 2),
                    s.lastAdmitted() == null
                            ? ReportCell.text(words.text("notFilled"))
                            : ReportCell.text(
                                    words.priorityClass(s.lastAdmitted().priorityClass())),
                    s.lastAdmitted() == null
                            ? ReportCell.blank()
                            : ReportCell.text(s.lastAdmitted().lotteryNumber()))));
        }
        return sheet(
                "schools",
                List.of(title),
                List.of("school", "seats", "admitted", "applicants", "perSeat", "lastClass", "lastNumber"),
                1,
                ReportRows.of(rows));
    }

    private ReportSheet draw(String title, AdmissionResult result) {
        var l = result.lottery();
        List<ReportRow> rows = new ArrayList<>();
        rows.add(line(words.text("draw.algorithm"), l.algorithm()));
        rows.add(line(words.text("draw.tieBreak"), l.tieBreak().name()));
        for (LotteryInput input : l.inputs()) {
            rows.add(line(words.text("draw.input", input.name()), input.sha256()));
        }
        rows.add(line(words.text("draw.commit"), l.commit()));
        rows.add(line(words.text("draw.publicValue"), l.publicValue()));
        rows.add(line(words.text("draw.seed"), l.seed()));
        var s = result.summary();
        rows.add(count(words.text("draw.applicants"), s.applicants()));
        rows.add(count(words.text("draw.placed"), s.placed()));
        rows.add(count(words.text("draw.unplaced"), s.unplaced()));
        rows.add(count(words.text("draw.firstChoice"), s.firstChoice()));
        rows.add(count(words.text("draw.migrantApplicants"), s.migrantApplicants()));
        rows.add(count(words.text("draw.migrantPlacedPublic"), s.migrantPlacedPublic()));
        return sheet("draw", List.of(title, words.text("draw.how")), List.of("item", "value"), 1, ReportRows.of(rows));
    }

    private static ReportRow line(String item, String value) {
        return ReportRow.body(List.of(ReportCell.text(item), ReportCell.text(value)));
    }

    private static ReportRow count(String item, long value) {
        return ReportRow.body(List.of(ReportCell.text(item), ReportCell.integer(value)));
    }

    private ReportSheet sheet(String name, List<String> heading, List<String> columns, int frozen, ReportRows rows) {
        List<String> headers =
                columns.stream().map(c -> words.text(name + "." + c)).toList();
        return new ReportSheet(words.text("sheet." + name), heading, headers, List.of(), frozen, rows);
    }
}
