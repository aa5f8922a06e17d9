package org.edubalance.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edubalance report} end to end, on the golden county and on demo data, reading the files back. */
class ReportCommandTest {
    @TempDir
    Path dir;

    /** A file of the golden county (cli/src/test/resources/golden). */
    private static Path golden(String name) {
        try {
            return Path.of(
                    ReportCommandTest.class.getResource("/golden/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String halfUp(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void goldenCountyReportStatesTheEvaluatedCvsAndVerdict() throws IOException {
        Path json = dir.resolve("result.json");
        CliRun evaluate = CliRun.of(
                "evaluate", "--data", golden("schools.csv").toString(), "--format", "json", "--out", json.toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isEqualTo(ExitCodes.OK);
        Path pdf = dir.resolve("report.pdf");
        CliRun run = CliRun.of("report", "--data", golden("schools.csv").toString(), "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("已写入").contains("report.pdf");

        String text = text(pdf);
        JsonNode county =
                new ObjectMapper().readTree(json.toFile()).path("counties").get(0);
        assertThat(text).contains("评估结论：未达标");
        assertThat(county.path("verdict").asText()).isEqualTo("NOT_MET");
        int cvs = 0;
        for (JsonNode segment : county.path("segments")) {
            for (JsonNode indicator : segment.path("indicators")) {
                assertThat(text)
                        .contains(halfUp(indicator.path("countyValue").asDouble(), 2) + " "
                                + halfUp(indicator.path("cv").asDouble(), 3));
                cvs++;
            }
        }
        assertThat(cvs).isEqualTo(14);
        // Provenance: the two input files by name with their checksums.
        assertThat(text).contains("schools.csv").contains("county-inputs.csv");
    }

    @Test
    void dataWithoutCountyInputsGiveAReportThatSaysWhatIsIncomplete() throws IOException {
        Path data = dir.resolve("schools.csv");
        Files.copy(golden("schools.csv"), data);
        Path pdf = dir.resolve("report.pdf");
        CliRun run = CliRun.of("report", "--data", data.toString(), "--out", pdf.toString(), "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String text = text(pdf);
        assertThat(text)
                .contains("Incomplete: these parts of the report lack inputs and are not judged")
                .contains("No county inputs were given for this county and year")
                .contains("teacher_avg_pay_yuan");
    }

    @Test
    void sameDataGiveTheSameReportAndTheGenerationTimeCanBeGiven() throws IOException {
        Path first = dir.resolve("a.pdf");
        Path second = dir.resolve("b.pdf");
        String data = golden("schools.csv").toString();
        assertThat(CliRun.of("report", "--data", data, "--out", first.toString())
                        .exitCode())
                .isZero();
        assertThat(CliRun.of("report", "--data", data, "--out", second.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);

        Path dated = dir.resolve("dated.pdf");
        CliRun run = CliRun.of("report", "--data", data, "--out", dated.toString(), "--generated-at", "2026-03-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(text(dated)).contains("生成时间 2026-03-01 00:00:00 +08:00");
        assertThat(CliRun.of("report", "--data", data, "--out", dated.toString(), "--generated-at", "soon")
                        .exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void severalCountiesAndYearsGiveOnePdfPerCountyWithATrendAndTheForms() throws IOException {
        Path demo = dir.resolve("demo");
        assertThat(CliRun.of("demo", "--out", demo.toString(), "--scale", "city", "--years", "2")
                        .exitCode())
                .isZero();
        String data = demo.resolve("schools.csv").toString();

        CliRun single = CliRun.of(
                "report", "--data", data, "--out", dir.resolve("one.pdf").toString());
        assertThat(single.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(single.err()).contains("--county");

        Path reports = dir.resolve("reports");
        Path forms = reports.resolve("forms.xlsx");
        CliRun run = CliRun.of("report", "--data", data, "--out", reports.toString(), "--forms", forms.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")))
                    .hasSize(8);
        }
        Path any;
        try (Stream<Path> files = Files.list(reports)) {
            any = files.filter(p -> p.toString().endsWith(".pdf"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(text(any)).contains("小学：各学年差异系数").contains("2024–2025 2025–2026");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(forms))) {
            assertThat(workbook.getSheet("综合差异系数表")).isNotNull();
            assertThat(workbook.getSheet("表Ⅲ")).isNotNull();
        }
    }

    @Test
    void xlsxOutWritesTheForms() throws IOException {
        Path forms = dir.resolve("forms.xlsx");
        CliRun run = CliRun.of("report", "--data", golden("schools.csv").toString(), "--out", forms.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(forms))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("表Ⅱ-2");
            assertThat(workbook.getSheetName(2)).isEqualTo("综合差异系数表");
        }
    }

    @Test
    void reportHasHelp() {
        CliRun run = CliRun.of("report", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--generated-at").contains("--forms").contains("--county");
    }
}
