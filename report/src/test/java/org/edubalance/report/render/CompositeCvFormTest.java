package org.edubalance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.report.render.WorkbookReading.open;
import static org.edubalance.report.render.WorkbookReading.rowWith;
import static org.edubalance.report.render.WorkbookReading.texts;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.school.Segment;
import org.edubalance.report.equity.EvaluationFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2012 composite-CV table (综合差异系数表) as the workbook carries it. */
class CompositeCvFormTest {
    private static final String SHEET = "综合差异系数表";
    private static final int FIRST_CV = 2;

    @TempDir
    Path dir;

    private Path write(Evaluation evaluation, String name) throws IOException {
        Path file = dir.resolve(name);
        new ApplicationFormRenderer(Locale.ENGLISH).write(evaluation, EvaluationFixtures.gaps(evaluation), file);
        return file;
    }

    @Test
    void basicStandardRowHasEightCvsTheCompositeOfUnroundedCvsItsLimitAndPass() throws IOException {
        Evaluation basic = EvaluationFixtures.evaluation("cn-2012-basic");
        SegmentEvaluation primary =
                basic.counties().getFirst().segment(Segment.PRIMARY).orElseThrow();
        try (XSSFWorkbook workbook = open(write(basic, "basic.xlsx"))) {
            Sheet sheet = workbook.getSheet(SHEET);
            List<String> header = texts(rowWith(sheet, "县（市、区）"));
            assertThat(header).hasSize(2 + 8 + 3).startsWith("县（市、区）", "学段").endsWith("综合差异系数", "综合差异系数限值", "是否达标");
            assertThat(header).contains("生均图书册数", "师生比");
            // The English note row sits right under the Chinese headers.
            Row notes = sheet.getRow(rowWith(sheet, "县（市、区）").getRowNum() + 1);
            assertThat(texts(notes)).startsWith("County", "Segment").contains("Composite limit");

            Row row = rowWith(sheet, "测试省 测试市 测试县（130199）", "小学");
            for (int k = 0; k < 8; k++) {
                IndicatorStatistic st = primary.indicators().get(k);
                assertThat(row.getCell(FIRST_CV + k).getNumericCellValue()).isEqualTo(halfUp(st.cv(), 3));
                assertThat(row.getCell(FIRST_CV + k).getCellStyle().getDataFormatString())
                        .isEqualTo("0.000");
            }
            double unroundedMean = primary.indicators().stream()
                    .mapToDouble(IndicatorStatistic::cv)
                    .average()
                    .orElseThrow();
            assertThat(row.getCell(FIRST_CV + 8).getNumericCellValue()).isEqualTo(halfUp(unroundedMean, 3));
            assertThat(row.getCell(FIRST_CV + 9).getNumericCellValue()).isEqualTo(0.65);
            assertThat(row.getCell(FIRST_CV + 10).getStringCellValue()).isEqualTo(unroundedMean <= 0.65 ? "是" : "否");
        }
    }

    @Test
    void underThe2017StandardTheCompositeIsForInformationWithoutLimit() throws IOException {
        Evaluation quality = EvaluationFixtures.evaluation("cn-2017-quality");
        try (XSSFWorkbook workbook = open(write(quality, "quality.xlsx"))) {
            Sheet sheet = workbook.getSheet(SHEET);
            Row junior = rowWith(sheet, "测试省 测试市 测试县（130199）", "初中");
            assertThat(texts(junior)).hasSize(2 + 7 + 3).endsWith("—", "—");
            assertThat(texts(sheet.getRow(3)).getFirst()).contains("仅供参考").contains("for information");
        }
    }

    @Test
    void sameEvaluationGivesTheSameBytes() throws IOException {
        Evaluation basic = EvaluationFixtures.evaluation("cn-2012-basic");
        assertThat(Files.mismatch(write(basic, "a.xlsx"), write(basic, "b.xlsx")))
                .isEqualTo(-1L);
    }

    private static double halfUp(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
