package org.edubalance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.report.render.WorkbookReading.open;
import static org.edubalance.report.render.WorkbookReading.rowWith;
import static org.edubalance.report.render.WorkbookReading.sheetNames;
import static org.edubalance.report.render.WorkbookReading.texts;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.school.Segment;
import org.edubalance.report.equity.EvaluationFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationFormRendererTest {
    private static final int INDICATORS_2017 = 7;
    private static final int FIRST_INDICATOR = 6;

    @TempDir
    Path dir;

    private final Evaluation evaluation = EvaluationFixtures.evaluation("cn-2017-quality");

    @Test
    void writesTheOfficialTablesThenEduBalanceSheets() throws IOException {
        try (XSSFWorkbook workbook = open(write(Locale.SIMPLIFIED_CHINESE, "form.xlsx"))) {
            assertThat(sheetNames(workbook))
                    .containsExactly(
                            "表Ⅱ-2",
                            "表Ⅲ",
                            "综合差异系数表",
                            "评估结论 Verdict",
                            "缺口 Shortfalls",
                            "城乡比较 Urban-rural",
                            "不均衡来源 Inequality",
                            "范围外 Excluded");
        }
    }

    @Test
    void schoolTableHasTheOfficialColumnsInOrderWithAnEnglishNoteRow() throws IOException {
        try (XSSFWorkbook workbook = open(write(Locale.ENGLISH, "form.xlsx"))) {
            Sheet sheet = workbook.getSheet("表Ⅱ-2");
            Row header = rowWith(sheet, "序号");
            assertThat(texts(header))
                    .containsExactly(
                            "序号",
                            "学校名称",
                            "举办者类型",
                            "在校生数",
                            "年级数",
                            "班级数",
                            "每百名学生拥有高于规定学历教师数",
                            "每百名学生拥有县级以上骨干教师数",
                            "每百名学生拥有体育、艺术（美术、音乐）专任教师数",
                            "生均教学及辅助用房面积",
                            "生均体育运动场馆面积",
                            "生均教学仪器设备值",
                            "每百名学生拥有网络多媒体教室数",
                            "该校综合评估是否达标",
                            "备注");
            assertThat(header.getCell(0).getCellStyle().getFontIndex()).isNotZero();
            List<String> notes = texts(sheet.getRow(header.getRowNum() + 1));
            assertThat(notes.subList(0, FIRST_INDICATOR))
                    .containsExactly("No.", "School", "Ownership", "Students", "Grades", "Classes");
            assertThat(notes.getLast()).isEqualTo("Remarks");
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo(header.getRowNum() + 2);
            assertThat((int) sheet.getPaneInformation().getVerticalSplitPosition())
                    .isEqualTo(2);
        }
    }

    @Test
    void schoolRowShowsTheSegmentPartRoundedHalfUpToTwoDecimals() throws IOException {
        SchoolEvaluation primaryPart =
                EvaluationFixtures.part(evaluation, EvaluationFixtures.NINE_YEAR, Segment.PRIMARY);
        try (XSSFWorkbook workbook = open(write(Locale.SIMPLIFIED_CHINESE, "form.xlsx"))) {
            Row row = rowWith(workbook.getSheet("表Ⅱ-2"), "柳镇九年一贯制学校", "九年一贯制学校小学部");
            assertThat(texts(row).subList(1, FIRST_INDICATOR))
                    .containsExactly("柳镇九年一贯制学校", "公办", "166.0", "6.0", "6.0");
            for (int k = 0; k < INDICATORS_2017; k++) {
                Cell cell = row.getCell(FIRST_INDICATOR + k);
                assertThat(cell.getNumericCellValue())
                        .as("indicator %d", k)
                        .isEqualTo(halfUp(primaryPart.scores().get(k).value(), 2));
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            }
            assertThat(row.getCell(FIRST_INDICATOR + INDICATORS_2017).getStringCellValue())
                    .isEqualTo(primaryPart.compliant() ? "是" : "否");
        }
    }

    @Test
    void compliantColumnAnswersYesOrNoForEverySchoolPart() throws IOException {
        try (XSSFWorkbook workbook = open(write(Locale.SIMPLIFIED_CHINESE, "form.xlsx"))) {
            Sheet sheet = workbook.getSheet("表Ⅱ-2");
            for (SchoolEvaluation part : evaluation.schools()) {
                String remark = switch (part.school().type()) {
                    case NINE_YEAR -> "九年一贯制学校" + (part.segment() == Segment.PRIMARY ? "小学部" : "初中部");
                    case TEACHING_POINT -> "教学点";
                    default -> "";
                };
                Row row = remark.isEmpty()
                        ? rowWith(sheet, part.school().name())
                        : rowWith(sheet, part.school().name(), remark);
                assertThat(row.getCell(FIRST_INDICATOR + INDICATORS_2017).getStringCellValue())
                        .as(part.school().name())
                        .isEqualTo(part.compliant() ? "是" : "否");
            }
            assertThat(texts(sheet.getRow(rowWith(sheet, "序号").getRowNum() + 2)).getFirst())
                    .isEqualTo("测试省 测试市 测试县（130199） · 小学 Primary");
        }
    }

    @Test
    void countyTableShowsCvsToThreeDecimalsAndTheCompositeOfUnroundedCvs() throws IOException {
        SegmentEvaluation primary =
                evaluation.counties().getFirst().segment(Segment.PRIMARY).orElseThrow();
        try (XSSFWorkbook workbook = open(write(Locale.SIMPLIFIED_CHINESE, "form.xlsx"))) {
            Sheet sheet = workbook.getSheet("表Ⅲ");
            Row cvRow = rowWith(sheet, "小学", "差异系数");
            Row meanRow = rowWith(sheet, "小学", "全县平均值");
            for (int k = 0; k < INDICATORS_2017; k++) {
                IndicatorStatistic statistic = primary.indicators().get(k);
                Cell cv = cvRow.getCell(2 + k);
                assertThat(cv.getNumericCellValue()).isEqualTo(halfUp(statistic.cv(), 3));
                assertThat(cv.getCellStyle().getDataFormatString()).isEqualTo("0.000");
                assertThat(meanRow.getCell(2 + k).getNumericCellValue()).isEqualTo(halfUp(statistic.countyValue(), 2));
                assertThat(meanRow.getCell(2 + k).getCellStyle().getDataFormatString())
                        .isEqualTo("0.00");
            }
            double meanOfCvs = primary.indicators().stream()
                    .mapToDouble(IndicatorStatistic::cv)
                    .average()
                    .orElseThrow();
            Cell composite = cvRow.getCell(2 + INDICATORS_2017);
            assertThat(texts(rowWith(sheet, "学段"))).endsWith("综合");
            assertThat(composite.getNumericCellValue())
                    .isEqualTo(halfUp(primary.compositeCv(), 3))
                    .isCloseTo(meanOfCvs, within(0.0005));
            assertThat(texts(rowWith(sheet, "小学", "差异系数限值 ※")).subList(2, 2 + INDICATORS_2017))
                    .containsOnly("0.5");
            assertThat(texts(rowWith(sheet, "初中", "差异系数限值 ※")).subList(2, 2 + INDICATORS_2017))
                    .containsOnly("0.45");
        }
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws IOException {
        Path first = write(Locale.SIMPLIFIED_CHINESE, "first.xlsx");
        Path second = write(Locale.SIMPLIFIED_CHINESE, "second.xlsx");
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    }

    @Test
    void zipEntriesCarryTheSchoolYearsStartNotTheClock() throws IOException {
        try (ZipFile zip =
                new ZipFile(write(Locale.SIMPLIFIED_CHINESE, "form.xlsx").toFile())) {
            assertThat(zip.stream().map(ZipEntry::getTimeLocal))
                    .isNotEmpty()
                    .containsOnly(LocalDateTime.of(2025, 9, 1, 0, 0));
        }
    }

    @Test
    void basicStandardHasEightIndicatorsAndNoPerSchoolVerdict() throws IOException {
        Evaluation basic = EvaluationFixtures.evaluation("cn-2012-basic");
        Path file = dir.resolve("basic.xlsx");
        new ApplicationFormRenderer(Locale.SIMPLIFIED_CHINESE).write(basic, EvaluationFixtures.gaps(basic), file);
        try (XSSFWorkbook workbook = open(file)) {
            Sheet schools = workbook.getSheet("表Ⅱ-2");
            List<String> header = texts(rowWith(schools, "序号"));
            assertThat(header).hasSize(6 + 8 + 2).endsWith("该校综合评估是否达标", "备注");
            assertThat(header.subList(FIRST_INDICATOR, FIRST_INDICATOR + 8)).contains("生均图书册数");
            Row nineYearPrimary = rowWith(schools, "柳镇九年一贯制学校", "九年一贯制学校小学部");
            assertThat(nineYearPrimary.getCell(FIRST_INDICATOR + 8).getStringCellValue())
                    .isEqualTo("—");
            // The split example: 23,226 books, 9,711.63 to the 166 primary pupils.
            assertThat(nineYearPrimary
                            .getCell(FIRST_INDICATOR
                                    + header.subList(FIRST_INDICATOR, 14).indexOf("生均图书册数"))
                            .getNumericCellValue())
                    .isEqualTo(halfUp(23226.0 / (166 + 1.1 * 210), 2));

            // Teachers per student keep 3 decimals: 2 would show 0.06 for every school.
            Cell teachersPerStudent = nineYearPrimary.getCell(header.indexOf("师生比"));
            assertThat(teachersPerStudent.getCellStyle().getDataFormatString()).isEqualTo("0.000");
            assertThat(teachersPerStudent.getNumericCellValue()).isEqualTo(halfUp(12.0 / 166, 3));

            Sheet county = workbook.getSheet("表Ⅲ");
            Row limit = rowWith(county, "小学", "差异系数限值 ※");
            assertThat(texts(limit).subList(2, 10)).containsOnly("—");
            assertThat(limit.getCell(10).getNumericCellValue()).isEqualTo(0.65);
            SegmentEvaluation primary =
                    basic.counties().getFirst().segment(Segment.PRIMARY).orElseThrow();
            assertThat(rowWith(county, "小学", "差异系数").getCell(10).getNumericCellValue())
                    .isEqualTo(halfUp(primary.compositeCv(), 3));
        }
    }

    @Test
    void countyWithoutGapAnalysisHasNoShortfallRows() throws IOException {
        Path file = dir.resolve("nogaps.xlsx");
        new ApplicationFormRenderer(Locale.ENGLISH).write(evaluation, Map.of(), file);
        try (XSSFWorkbook workbook = open(file)) {
            Sheet shortfalls = workbook.getSheet("缺口 Shortfalls");
            Row header = rowWith(shortfalls, "County code");
            assertThat(shortfalls.getLastRowNum()).isEqualTo(header.getRowNum());
            assertThat(rowWith(workbook.getSheet("范围外 Excluded"), "县特殊教育学校")).isNotNull();
        }
    }

    private Path write(Locale locale, String name) throws IOException {
        Path file = dir.resolve(name);
        new ApplicationFormRenderer(locale).write(evaluation, EvaluationFixtures.gaps(evaluation), file);
        return file;
    }

    private static double halfUp(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
