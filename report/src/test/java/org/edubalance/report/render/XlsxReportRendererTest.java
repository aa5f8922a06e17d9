package org.edubalance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.report.render.WorkbookReading.open;
import static org.edubalance.report.render.WorkbookReading.texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReportRendererTest {
    private static final LocalDate DATE = LocalDate.of(2025, 9, 1);

    @TempDir
    Path dir;

    @Test
    void streamsALargeReportAndStillWritesIdenticalBytes() throws IOException {
        int rows = XlsxReportRenderer.STREAMING_THRESHOLD + 10_000;
        Report report = report(rows);
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        new XlsxReportRenderer().render(report, first);
        new XlsxReportRenderer().render(report, second);

        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        try (ZipFile zip = new ZipFile(first.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getTimeLocal)).containsOnly(DATE.atStartOfDay());
        }
        try (XSSFWorkbook workbook = open(first)) {
            Sheet sheet = workbook.getSheet("big");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + rows - 1);
            assertThat(texts(sheet.getRow(1))).containsExactly("编号", "数值");
            assertThat(sheet.getRow(2 + rows - 1).getCell(1).getNumericCellValue())
                    .isEqualTo(1.235);
            assertThat(sheet.getRow(2 + rows - 1).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("0.000");
            assertThat(workbook.getProperties().getCoreProperties().getCreator())
                    .isEqualTo("EduBalance");
        }
    }

    @Test
    void writesToAStreamTheBytesItWritesToAFile() throws IOException {
        Path file = dir.resolve("file.xlsx");
        new XlsxReportRenderer().render(report(3), file);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        new XlsxReportRenderer().render(report(3), stream);
        assertThat(stream.toByteArray()).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void smallReportIsDatedByTheReportNotTheClock() throws IOException {
        Path file = dir.resolve("small.xlsx");
        new XlsxReportRenderer().render(report(3), file);
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
                    .hasToString("2025-09-01T00:00:00Z");
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("测试");
        }
    }

    @Test
    void additionRowsAreSetApartFromOfficialRows() throws IOException {
        ReportSheet sheet = new ReportSheet(
                "表Ⅲ",
                List.of("表Ⅲ"),
                List.of("项目", "值"),
                List.of("Row", "Value"),
                1,
                ReportRows.of(List.of(
                        ReportRow.body(List.of(ReportCell.text("差异系数"), ReportCell.number(0.5153, 3))),
                        new ReportRow(RowKind.ADDITION, List.of(ReportCell.text("限值 ※"), ReportCell.number(0.5, 2))))));
        Path file = dir.resolve("addition.xlsx");
        new XlsxReportRenderer().render(new Report("r", DATE, List.of(sheet)), file);
        try (XSSFWorkbook workbook = open(file)) {
            Sheet out = workbook.getSheet("表Ⅲ");
            assertThat(out.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(0.515);
            assertThat(workbook.getFontAt(
                                    out.getRow(4).getCell(0).getCellStyle().getFontIndex())
                            .getItalic())
                    .isTrue();
            assertThat(out.getRow(4).getCell(0).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(out.getRow(3).getCell(0).getCellStyle().getFillForegroundColor());
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("report.xlsx");
        Files.writeString(file, "old");
        new XlsxReportRenderer().render(report(3), file);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(Files.size(file)).isGreaterThan(3);
    }

    @Test
    void cutsATextLongerThanACellHolds() throws IOException {
        ReportSheet sheet = new ReportSheet(
                "long",
                List.of(),
                List.of("依据"),
                List.of(),
                0,
                ReportRows.of(List.of(ReportRow.body(List.of(ReportCell.text("x".repeat(40_000)))))));
        Path file = dir.resolve("long.xlsx");
        new XlsxReportRenderer().render(new Report("r", DATE, List.of(sheet)), file);
        try (XSSFWorkbook workbook = open(file)) {
            String text = workbook.getSheet("long").getRow(1).getCell(0).getStringCellValue();
            assertThat(text).hasSize(32_767).endsWith("x…");
        }
    }

    @Test
    void continuationSheetsKeepTheNameWithinThirtyOneCharacters() {
        assertThat(XlsxSheetWriter.partName("缺口 Shortfalls", 0)).isEqualTo("缺口 Shortfalls");
        assertThat(XlsxSheetWriter.partName("缺口 Shortfalls", 1)).isEqualTo("缺口 Shortfalls (2)");
        assertThat(XlsxSheetWriter.partName("x".repeat(31), 2)).hasSize(31).endsWith(" (3)");
    }

    @Test
    void wideCharactersCountDouble() {
        assertThat(XlsxSheetWriter.displayWidth("表Ⅲ CV")).isEqualTo(2 + 1 + 1 + 2);
    }

    private static Report report(int rows) {
        ReportSheet sheet = new ReportSheet(
                "big",
                List.of("大表"),
                List.of("编号", "数值"),
                List.of(),
                0,
                ReportRows.computed(
                        rows, i -> ReportRow.body(List.of(ReportCell.integer(i), ReportCell.number(1.2345, 3)))));
        return new Report("测试", DATE, List.of(sheet));
    }
}
