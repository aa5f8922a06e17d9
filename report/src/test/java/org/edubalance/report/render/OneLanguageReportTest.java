package org.edubalance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** Three or more English words in a row; a word is a lower-case run, so ids (with _ or digits) and codes break it. */
    private static final Pattern ENGLISH_SENTENCE =
            Pattern.compile("(?<![\\w])[A-Za-z][a-z]+(?:[\\s,;:'’()/-]+[A-Za-z][a-z]+){2,}(?![\\w])");

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");

    @TempDir
    Path dir;

    private final Evaluation evaluation = EvaluationFixtures.evaluation("cn-2017-quality");

    @Test
    void theChinesePdfHasNoEnglishSentence() throws IOException {
        String text = PdfReading.text(SelfEvaluationReportRendererTest.render(data("学校数据"), Locale.SIMPLIFIED_CHINESE));
        assertThat(found(ENGLISH_SENTENCE, text)).as(text).isEmpty();
        assertThat(joined(text)).contains("所学校缺少“音乐、美术专用教室”所需的数据");
    }

    @Test
    void theEnglishPdfHasNoChineseButNames() throws IOException {
        String text = PdfReading.text(SelfEvaluationReportRendererTest.render(data("School data"), Locale.ENGLISH));
        assertThat(found(CHINESE, withoutNames(text))).as(text).isEmpty();
        assertThat(text.replaceAll("\\s+", " "))
                .contains("schools lack the figures for the check of music and art rooms");
    }

    @Test
    void theChineseWorkbooksOwnSheetsHaveNoEnglishSentence() throws IOException {
        String text = ownSheets(Locale.SIMPLIFIED_CHINESE);
        assertThat(found(ENGLISH_SENTENCE, text)).as(text).isEmpty();
        assertThat(text).contains("特殊教育学校不在本标准评估范围内");
    }

    @Test
    void theEnglishWorkbooksOwnSheetsHaveNoChineseButNames() throws IOException {
        String text = ownSheets(Locale.ENGLISH);
        assertThat(found(CHINESE, withoutNames(text))).as(text).isEmpty();
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

    /** The text without the names of places and schools, and the standard's document number (教督〔2017〕6号). */
    private String withoutNames(String text) {
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
        String rest = joined(text);
        for (String name : names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            rest = rest.replace(name, "");
        }
        return rest;
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
