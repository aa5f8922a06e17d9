package org.edubalance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.core.evaluation.OneLanguage.chineseBeyond;
import static org.edubalance.core.evaluation.OneLanguage.englishSentences;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.report.equity.ApplicationFormReportBuilder;
import org.edubalance.report.equity.EvaluationFixtures;
import org.edubalance.report.selfevaluation.Provenance;
import org.edubalance.report.selfevaluation.SelfEvaluationData;
import org.edubalance.report.selfevaluation.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF report and the workbook's own sheets are in one language: in Chinese no English sentence (ids such as
 * {@code class_size}, codes and units stay), in English no Chinese but the names of places and schools. The fixture
 * county has findings to word: schools lack the class-size figures, a school is out of scope, CVs exceed limits.
 */
class OneLanguageReportTest {
    @TempDir
    Path dir;

    private final Evaluation evaluation = EvaluationFixtures.evaluation("cn-2017-quality");

    @Test
    void theChinesePdfHasNoEnglishSentence() throws IOException {
        String text = PdfReading.text(SelfEvaluationReportRendererTest.render(data("学校数据"), Locale.SIMPLIFIED_CHINESE));
        assertThat(englishSentences(text)).as(text).isEmpty();
        assertThat(joined(text)).contains("所学校缺少“音乐、美术专用教室”所需的数据");
    }

    @Test
    void theEnglishPdfHasNoChineseButNames() throws IOException {
        String text = PdfReading.text(SelfEvaluationReportRendererTest.render(data("School data"), Locale.ENGLISH));
        assertThat(chineseBeyond(joined(text), names())).as(text).isEmpty();
        assertThat(text.replaceAll("\\s+", " "))
                .contains("schools lack the figures for the check of music and art rooms");
    }

    @Test
    void theChineseWorkbooksOwnSheetsHaveNoEnglishSentence() throws IOException {
        String text = ownSheets(Locale.SIMPLIFIED_CHINESE);
        assertThat(englishSentences(text)).as(text).isEmpty();
        assertThat(text).contains("特殊教育学校不在本标准评估范围内");
    }

    @Test
    void theEnglishWorkbooksOwnSheetsHaveNoChineseButNames() throws IOException {
        String text = ownSheets(Locale.ENGLISH);
        assertThat(chineseBeyond(joined(text), names())).as(text).isEmpty();
    }

    /** The verdict and out-of-scope sheets below their bilingual sheet names (the official forms stay Chinese). */
    private String ownSheets(Locale locale) throws IOException {
        Path file = dir.resolve("forms-" + locale + ".xlsx");
        new ApplicationFormRenderer(locale).write(evaluation, EvaluationFixtures.gaps(evaluation), file);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = WorkbookReading.open(file)) {
            for (String name : List.of(ApplicationFormReportBuilder.VERDICT, ApplicationFormReportBuilder.EXCLUDED)) {
                Sheet sheet = workbook.getSheet(name);
                for (Row row : sheet) {
                    text.append(String.join(" | ", WorkbookReading.texts(row))).append('\n');
                }
            }
        }
        return text.toString();
    }

    private SelfEvaluationData data(String sourceRole) {
        return new SelfEvaluationData(
                evaluation,
                EvaluationFixtures.COUNTY.code(),
                List.of(),
                CountyInputs.none(EvaluationFixtures.COUNTY.code(), EvaluationFixtures.YEAR),
                new Provenance(
                        List.of(new SourceFile(sourceRole, "schools.csv", "3a".repeat(32))),
                        OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)),
                        "0.1.0-test"));
    }

    /** The text without the line breaks the PDF put inside Chinese words and names. */
    private static String joined(String text) {
        return text.replaceAll("(?<=\\p{IsHan}|[“”、])\\s+(?=\\p{IsHan}|[“”、])", "");
    }

    /** The names of places and schools, and the standard's document number (教督〔2017〕6号). */
    private Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(evaluation.standard().source());
        for (SchoolYear s : EvaluationFixtures.schools()) {
            names.addAll(List.of(
                    s.name(),
                    s.county().name(),
                    s.county().cityName(),
                    s.county().provinceName(),
                    s.townName()));
        }
        return names;
    }
}
