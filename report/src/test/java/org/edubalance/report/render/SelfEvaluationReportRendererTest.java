package org.edubalance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.report.equity.EvaluationFixtures;
import org.edubalance.report.selfevaluation.Provenance;
import org.edubalance.report.selfevaluation.SelfEvaluationData;
import org.edubalance.report.selfevaluation.SourceFile;
import org.junit.jupiter.api.Test;

class SelfEvaluationReportRendererTest {
    private static final OffsetDateTime GENERATED = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    private static SelfEvaluationData data(Evaluation evaluation) {
        return new SelfEvaluationData(
                evaluation,
                EvaluationFixtures.COUNTY.code(),
                List.of(),
                CountyInputs.none(EvaluationFixtures.COUNTY.code(), EvaluationFixtures.YEAR),
                new Provenance(
                        List.of(new SourceFile("学校数据", "schools.csv", "0".repeat(64))), GENERATED, "test"));
    }

    static byte[] render(SelfEvaluationData data, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SelfEvaluationReportRenderer(locale).write(data, out);
        return out.toByteArray();
    }

    @Test
    void rendersTheFixtureCountyInChinese() throws IOException {
        byte[] pdf = render(data(EvaluationFixtures.evaluation("cn-2017-quality")), Locale.SIMPLIFIED_CHINESE);
        PdfReading.pageImage(pdf, 0, 80, Path.of("target/pdf-pages/fixture-zh-page1.png"));
        for (int p = 1; p < PdfReading.pages(pdf); p++) {
            PdfReading.pageImage(pdf, p, 70, Path.of("target/pdf-pages/fixture-zh-page" + (p + 1) + ".png"));
        }
        assertThat(PdfReading.text(pdf)).contains("测试县");
    }
}
