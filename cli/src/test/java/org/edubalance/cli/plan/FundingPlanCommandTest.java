package org.edubalance.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.statistics.inequality.CoefficientOfVariation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan funding} end to end on src/test/resources/funding/schools.csv (data year 2025), worked by hand with the
 * shipped {@code national-east} policy (PRIMARY 650, JUNIOR 850, boarder 200, floor 100, special education 6000, every
 * location factor 1.0, no budget). County 371002:
 *
 * <ul>
 *   <li>3710020001 urban primary, 1000 students, 2 disabled: 650 × 1000 + 6000 × 2 = 662000 (current 600000);
 *   <li>3710020002 town junior, 400 students, 100 boarders, 1 disabled: 850 × 400 + 200 × 100 + 6000 = 366000 (current
 *       380000, so −14000);
 *   <li>3710020003 rural primary under the floor, 40 students, 10 boarders: 650 × 40 = 26000, × 100 / 40 = 65000, +
 *       200 × 10 = 67000 (current 30000);
 *   <li>3710020004 teaching point in a town (the floor applies to teaching points wherever they are), 20 students:
 *       13000 × 100 / 20 = 65000 (current 10000);
 *   <li>3710020005 special-education school, 30 + 20 students: 6000 × 50 = 300000 (its 25 boarders and 50 disabled
 *       add nothing; current 250000); outside the CV and the ratios;
 *   <li>3710020006 private: absent;
 *   <li>3710020007 rural nine-year school, 150 + 90 students (240, above the floor), 60 boarders, 3 disabled: 650 ×
 *       150 + 850 × 90 + 200 × 60 + 6000 × 3 = 204000 (current 250000).
 * </ul>
 *
 * Total 1664000. Pooled per student (without the special-education school): formula urban 662000 / 1000 = 662, town
 * 431000 / 420, rural 271000 / 280; current urban 600, town 390000 / 420, rural 280000 / 280 = 1000. County 371003
 * has one urban school (500 students, 325000, current 300000): CV 0, and no rural school, so every ratio is null.
 */
class FundingPlanCommandTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path sample(String name) {
        try {
            return Path.of(
                    FundingPlanCommandTest.class.getResource("/funding/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CliRun funding(String... more) {
        List<String> args = new ArrayList<>(
                List.of("plan", "funding", "--data", sample("schools.csv").toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static Map<String, JsonNode> byCode(JsonNode array) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        array.forEach(node -> map.put(node.get("code").asText(), node));
        return map;
    }

    @Test
    void theWorkedExampleAsJson() throws IOException {
        Path out = dir.resolve("funding.json");
        CliRun run = funding("--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("{\"kind\":\"funding\",\"year\":2025,\"policy\":\"national-east\",\"schools\":[{\"code\":"
                        + "\"3710020001\",\"countyCode\":\"371002\",\"students\":1000,\"allocation\":662000.0,"
                        + "\"perStudent\":662.0,\"current\":600000.0,\"difference\":62000.0},");
        JsonNode document = JSON.readTree(text);
        Map<String, JsonNode> schools = byCode(document.get("schools"));
        assertThat(schools.keySet())
                .containsExactly(
                        "3710020001",
                        "3710020002",
                        "3710020003",
                        "3710020004",
                        "3710020005",
                        "3710020007",
                        "3710030001");
        Map<String, Double> expected = Map.of(
                "3710020001", 662000.0,
                "3710020002", 366000.0,
                "3710020003", 67000.0,
                "3710020004", 65000.0,
                "3710020005", 300000.0,
                "3710020007", 204000.0,
                "3710030001", 325000.0);
        expected.forEach((code, allocation) -> assertThat(
                        schools.get(code).get("allocation").asDouble())
                .as(code)
                .isEqualTo(allocation));
        assertThat(schools.get("3710020002").get("difference").asDouble()).isEqualTo(-14000.0);
        assertThat(schools.get("3710020003").get("perStudent").asDouble()).isEqualTo(67000.0 / 40);
        assertThat(schools.get("3710020005").get("students").asInt()).isEqualTo(50);

        JsonNode county = document.get("counties").get(0);
        assertThat(county.get("code").asText()).isEqualTo("371002");
        assertThat(county.get("total").asDouble()).isEqualTo(1664000.0);
        assertThat(county.get("ratioFormula").toString())
                .isEqualTo("{\"URBAN\":" + (662.0 / (271000.0 / 280)) + ",\"TOWN\":"
                        + ((431000.0 / 420) / (271000.0 / 280)) + ",\"RURAL\":1.0}");
        assertThat(county.at("/ratioCurrent/URBAN").asDouble()).isEqualTo(0.6);
        assertThat(county.at("/ratioCurrent/TOWN").asDouble()).isEqualTo((390000.0 / 420) / 1000.0);
        // By hand: pooled mean 1364000 / 1700 = 802.35 a student; weighted SD 321.39, CV 321.39 / 802.35 = 0.4006.
        assertThat(county.get("cvFormula").asDouble()).isCloseTo(0.40056, within(1e-5));
        assertThat(county.get("cvCurrent").asDouble()).isCloseTo(0.25179, within(1e-5));

        JsonNode single = document.get("counties").get(1);
        assertThat(single.get("code").asText()).isEqualTo("371003");
        assertThat(single.get("cvFormula").asDouble()).isEqualTo(0.0);
        assertThat(single.get("ratioFormula").toString()).isEqualTo("{\"URBAN\":null,\"TOWN\":null,\"RURAL\":null}");
        assertThat(run.out()).contains("7 public schools in 2 counties.").contains("Written: ");
    }

    @Test
    void theCountyCvIsTheStatisticsModulesWeightedCv() throws IOException {
        Path out = dir.resolve("funding.json");
        CliRun run = funding("--county", "371002", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode county = JSON.readTree(out.toFile()).get("counties").get(0);
        double[] weights = {1000, 400, 40, 20, 240};
        double[] formula = {662000.0 / 1000, 366000.0 / 400, 67000.0 / 40, 65000.0 / 20, 204000.0 / 240};
        double[] current = {600000.0 / 1000, 380000.0 / 400, 30000.0 / 40, 10000.0 / 20, 250000.0 / 240};
        assertThat(county.get("cvFormula").asDouble())
                .isEqualTo(CoefficientOfVariation.weighted(formula, weights, weights.length));
        assertThat(county.get("cvCurrent").asDouble())
                .isEqualTo(CoefficientOfVariation.weighted(current, weights, weights.length));
    }

    @Test
    void aBudgetScalesEveryAllocationSoTheCountySumsToIt() throws IOException {
        Path policy = dir.resolve("county.yaml");
        Files.writeString(policy, "extends: national-east\nlocationFactor: {RURAL: 1.2}\nbudget: 1000000\n");
        Path out = dir.resolve("funding.json");
        CliRun run = funding("--county", "371002", "--policy", policy.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("6 public schools in 1 county.");
        JsonNode document = JSON.readTree(out.toFile());
        assertThat(document.get("policy").asText()).isEqualTo("county.yaml");
        // Unscaled: the rural schools × 1.2 (67000 → 80400, 204000 → 244800); the sum is 1718200.
        double sum = 662000 + 366000 + 80400 + 65000 + 300000 + 244800;
        Map<String, JsonNode> schools = byCode(document.get("schools"));
        assertThat(schools.get("3710020003").get("allocation").asDouble()).isEqualTo(80400 * 1000000.0 / sum);
        assertThat(schools.get("3710020001").get("allocation").asDouble()).isEqualTo(662000 * 1000000.0 / sum);
        double total = 0;
        for (JsonNode school : document.get("schools")) {
            total += school.get("allocation").asDouble();
        }
        assertThat(total).isCloseTo(1000000.0, within(1e-6));
        assertThat(document.at("/counties/0/total").asDouble()).isCloseTo(1000000.0, within(1e-6));
        assertThat(document.at("/counties/0/ratioFormula/URBAN").asDouble())
                .isCloseTo(662.0 / (325200.0 / 280), within(1e-12));
    }

    @Test
    void theCountyAsAChineseWorkbookWithItsChart() throws IOException {
        Path out = dir.resolve("funding.xlsx");
        CliRun run = funding("--county", "371002", "--lang", "zh", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("生均公用经费测算").contains("合计 1664000.00 元");
        try (InputStream in = Files.newInputStream(out);
                var book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("学校");
            assertThat(book.getSheetName(1)).isEqualTo("县（区）");
            Map<String, Double> allocations = new LinkedHashMap<>();
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(6) != null && row.getCell(6).getCellType() == CellType.NUMERIC) {
                    allocations.put(
                            row.getCell(0).getStringCellValue(), row.getCell(6).getNumericCellValue());
                }
            }
            assertThat(allocations)
                    .containsEntry("3710020003", 67000.0)
                    .containsEntry("3710020005", 300000.0)
                    .doesNotContainKey("3710020006")
                    .hasSize(6);
            var drawing = book.getSheetAt(1).getDrawingPatriarch();
            assertThat(drawing).isNotNull();
            var chart = drawing.getCharts().getFirst();
            assertThat(chart.getTitleText().getString()).isEqualTo("各城乡分类生均公用经费：现行与测算");
            var series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
            assertThat(series).hasSize(2);
            assertThat(cells(book, series[0].getCat().getStrRef().getF())).containsExactly("城区", "镇区", "乡村");
            assertThat(cells(book, series[0].getVal().getNumRef().getF()))
                    .containsExactly("600.00", "928.57", "1000.00");
            assertThat(cells(book, series[1].getVal().getNumRef().getF()))
                    .containsExactly("662.00", "1026.19", "967.86");
        }
    }

    @Test
    void everyCountyAsAnEnglishWorkbook() throws IOException {
        Path out = dir.resolve("funding.xlsx");
        CliRun run = funding("--lang", "en", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (InputStream in = Files.newInputStream(out);
                var book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("Schools");
            assertThat(book.getSheetName(1)).isEqualTo("Counties");
            List<String> counties = new ArrayList<>();
            for (Row row : book.getSheetAt(1)) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    counties.add(row.getCell(0).getStringCellValue() + " "
                            + row.getCell(2).getNumericCellValue() + " "
                            + new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(5)));
                }
            }
            assertThat(counties).containsExactly("371002 1664000.0 0.600", "371003 325000.0 —");
            var chart = book.getSheetAt(1).getDrawingPatriarch().getCharts().getFirst();
            var series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
            assertThat(cells(book, series[0].getCat().getStrRef().getF()))
                    .containsExactly("371002 URBAN", "371002 TOWN", "371002 RURAL", "371003 URBAN");
        }
    }

    @Test
    void aNegativeAmountInThePolicyIsExit2NamingTheKeyAndNothingIsWritten() throws IOException {
        Path policy = dir.resolve("county.yaml");
        Files.writeString(policy, "extends: national-central-west\nperStudent: {JUNIOR: -800}\n");
        Path out = dir.resolve("funding.json");
        CliRun run = funding("--policy", policy.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("county.yaml: perStudent.JUNIOR: is a number ≥ 0, got -800");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadSchoolRowIsExit2NamingTheRow() throws IOException {
        Path data = dir.resolve("schools.csv");
        Files.writeString(
                data,
                Files.readString(sample("schools.csv"), StandardCharsets.UTF_8).replace(",RURAL,", ",VILLAGE,"),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("funding.json");
        CliRun run = CliRun.of("plan", "funding", "--data", data.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("schools.csv:4").contains("VILLAGE");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownCountyIsExit2() {
        CliRun run =
                funding("--county", "999999", "--out", dir.resolve("f.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--county 999999").contains("371002");
    }

    /** The cells a chart reference names, as a spreadsheet shows them. */
    private static List<String> cells(XSSFWorkbook workbook, String reference) {
        var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        List<String> values = new ArrayList<>();
        var area = new org.apache.poi.ss.util.AreaReference(reference, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        for (var ref : area.getAllReferencedCells()) {
            var row = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow());
            values.add(formatter.formatCellValue(row == null ? null : row.getCell(ref.getCol())));
        }
        return values;
    }
}
