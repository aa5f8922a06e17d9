package org.edubalance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edubalance.report.render.WorkbookReading.barSeries;
import static org.edubalance.report.render.WorkbookReading.charts;
import static org.edubalance.report.render.WorkbookReading.open;
import static org.edubalance.report.render.WorkbookReading.referencedCells;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportChart;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;

/** A sheet's chart: its own table beside the sheet's table, bars that refer to those cells, in memory or streamed. */
class XlsxChartTest {
    private static final LocalDate DATE = LocalDate.of(2026, 7, 1);

    /** Three categories, the second and third figures charted; the first figure is in the table only. */
    private static final ReportChart CHART = new ReportChart(
            "图题",
            "类别",
            "人数",
            List.of("类别", "学校数", "有", "无"),
            List.of(row("甲", 1, 5, 3), row("乙", 2, 0, 4), row("丙", 3, 7, 7)),
            List.of(2, 3));

    @TempDir
    Path dir;

    @Test
    void theBarsReferToTheChartTableBesideTheSheetsTable() throws IOException {
        // The sheet's table has 2 columns and 1 body row; the chart table has 3 rows, so it runs below the table.
        ReportSheet sheet = new ReportSheet(
                        "表",
                        List.of("标题"),
                        List.of("代码", "数"),
                        List.of(),
                        1,
                        ReportRows.of(List.of(ReportRow.body(List.of(ReportCell.text("A"), ReportCell.integer(9))))))
                .withChart(CHART);
        Path file = dir.resolve("chart.xlsx");
        new XlsxReportRenderer().render(new Report("图", DATE, List.of(sheet)), file);
        try (XSSFWorkbook workbook = open(file)) {
            assertCharted(workbook, "表");
            // Row 2 (1-based) is the header: table A–B, a blank column C, the chart table from D.
            assertThat(WorkbookReading.texts(workbook.getSheet("表").getRow(1)))
                    .containsExactly("代码", "数", "", "类别", "学校数", "有", "无");
            assertThat(WorkbookReading.texts(workbook.getSheet("表").getRow(2)))
                    .containsExactly("A", "9.0", "", "甲", "1.0", "5.0", "3.0");
            assertThat(WorkbookReading.texts(workbook.getSheet("表").getRow(4)))
                    .containsExactly("", "", "", "丙", "3.0", "7.0", "7.0");
        }
    }

    @Test
    void aStreamedWorkbookKeepsTheChartAndItsCellsAndIsWrittenIdenticallyTwice() throws IOException {
        int rows = XlsxReportRenderer.STREAMING_THRESHOLD + 1;
        ReportSheet big = new ReportSheet(
                "名单",
                List.of("名单"),
                List.of("编号"),
                List.of(),
                0,
                ReportRows.computed(rows, i -> ReportRow.body(List.of(ReportCell.integer(i)))));
        ReportSheet charted = new ReportSheet(
                        "效果",
                        List.of("标题"),
                        List.of("代码", "数"),
                        List.of(),
                        1,
                        ReportRows.computed(
                                300, i -> ReportRow.body(List.of(ReportCell.text("J" + i), ReportCell.integer(i)))))
                .withChart(CHART);
        Report report = new Report("大", DATE, List.of(big, charted));
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        new XlsxReportRenderer().render(report, first);
        new XlsxReportRenderer().render(report, second);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        try (XSSFWorkbook workbook = open(first)) {
            assertCharted(workbook, "效果");
            assertThat(charts(workbook.getSheet("名单"))).isEmpty();
        }
    }

    @Test
    void aChartNeedsItsCategoryAsTextAndNumbersInItsSeries() {
        assertThatThrownBy(() -> new ReportChart("t", "c", "v", List.of("类别", "有"), List.of(), List.of(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportChart(
                        "t",
                        "c",
                        "v",
                        List.of("类别", "有"),
                        List.of(ReportRow.body(List.of(ReportCell.text("甲"), ReportCell.text("五")))),
                        List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertCharted(XSSFWorkbook workbook, String sheetName) {
        List<XSSFChart> charts = charts(workbook.getSheet(sheetName));
        assertThat(charts).hasSize(1);
        assertThat(charts.getFirst().getTitleText().getString()).isEqualTo("图题");
        List<CTBarSer> series = barSeries(charts.getFirst());
        assertThat(series).hasSize(2);
        assertThat(referencedCells(
                        workbook, series.getFirst().getCat().getStrRef().getF()))
                .containsExactly("甲", "乙", "丙");
        assertThat(referencedCells(workbook, series.get(0).getTx().getStrRef().getF()))
                .containsExactly("有");
        assertThat(referencedCells(workbook, series.get(0).getVal().getNumRef().getF()))
                .containsExactly("5.0", "0.0", "7.0");
        assertThat(referencedCells(workbook, series.get(1).getTx().getStrRef().getF()))
                .containsExactly("无");
        assertThat(referencedCells(workbook, series.get(1).getVal().getNumRef().getF()))
                .containsExactly("3.0", "4.0", "7.0");
        // The cache a program shows before it recalculates holds the same figures.
        assertThat(List.of(series.get(1).getVal().getNumRef().getNumCache().getPtArray()).stream()
                        .map(p -> Double.parseDouble(p.getV())))
                .containsExactly(3.0, 4.0, 7.0);
    }

    private static ReportRow row(String category, int schools, int with, int without) {
        return ReportRow.body(List.of(
                ReportCell.text(category),
                ReportCell.integer(schools),
                ReportCell.integer(with),
                ReportCell.integer(without)));
    }
}
