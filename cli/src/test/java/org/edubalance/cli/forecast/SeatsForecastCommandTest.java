package org.edubalance.cli.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forecast seats} end to end on the files of src/test/resources/forecast (county 130199, data year 2026, grade
 * 1), worked by hand (docs/planning/zoning.md §4). Zone ZA = school 1301990001 (50 seats), blocks B1 and B2; ZB = the
 * multi-school zone of 1301990002 and 1301990003 (30 + 40 = 70), block B3; ZC = 1301990004 (20), block B4. The private
 * 1301990011 has 45 seats and no zone: they count nowhere. Children aged 5, 4, … 0 in 2026 enter in 2027 … 2032:
 * ZA = 20+25, 18+5, 16+40, 14+5, 12+5, 10+5 = 45, 23, 56, 19, 17, 15 (short by 6 in 2029); ZB = 80, 0, 0, 60, 71, 70
 * (short by 10 in 2027 and 1 in 2031; 70 in 2032 fills it exactly); ZC = 6, 5, 4, 3, 2, 1.
 */
class SeatsForecastCommandTest {
    @TempDir
    Path dir;

    private static Path sample(String name) {
        try {
            return Path.of(SeatsForecastCommandTest.class
                    .getResource("/forecast/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CliRun forecast(Path blockZones, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "forecast",
                "seats",
                "--schools",
                sample("schools.csv").toString(),
                "--seats",
                sample("seats.csv").toString(),
                "--blocks",
                sample("blocks.csv").toString(),
                "--zones",
                sample("zones.csv").toString(),
                "--block-zones",
                blockZones.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theCountyAsJson() throws IOException {
        Path out = dir.resolve("forecast.json");
        CliRun run = forecast(sample("block_zones.csv"), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("{\"kind\":\"forecast\",\"year\":2026,\"countyCode\":\"130199\",\"entryGrade\":\"G1\","
                        + "\"zones\":[{\"zoneId\":\"ZA\",\"schools\":[\"1301990001\"],\"years\":[{\"year\":2027,"
                        + "\"entrants\":45.0,\"seats\":50,\"shortfall\":0.0,\"over\":false},");
        JsonNode zones = new ObjectMapper().readTree(text).get("zones");
        assertThat(zones).hasSize(3);
        assertThat(entrants(zones.get(0))).containsExactly(45.0, 23.0, 56.0, 19.0, 17.0, 15.0);
        assertThat(zones.get(0).at("/years/2/shortfall").asDouble()).isEqualTo(6.0);
        assertThat(zones.get(0).at("/years/2/over").asBoolean()).isTrue();
        assertThat(zones.get(1).get("schools").toString()).isEqualTo("[\"1301990002\",\"1301990003\"]");
        assertThat(entrants(zones.get(1))).containsExactly(80.0, 0.0, 0.0, 60.0, 71.0, 70.0);
        assertThat(zones.get(1).at("/years/0/seats").asInt()).isEqualTo(70);
        assertThat(zones.get(1).at("/years/0/shortfall").asDouble()).isEqualTo(10.0);
        assertThat(zones.get(1).at("/years/4/shortfall").asDouble()).isEqualTo(1.0);
        assertThat(zones.get(1).at("/years/5/over").asBoolean()).isFalse();
        assertThat(entrants(zones.get(2))).containsExactly(6.0, 5.0, 4.0, 3.0, 2.0, 1.0);
        assertThat(run.out()).contains("  2029: 60.0 entrants, 140 seats, zones over capacity: 1, shortfall 6.0 (ZA)");
    }

    private static List<Double> entrants(JsonNode zone) {
        List<Double> values = new ArrayList<>();
        zone.get("years").forEach(y -> values.add(y.get("entrants").asDouble()));
        return values;
    }

    @Test
    void theCountyAsAChineseWorkbookWithShortfallsHighlighted() throws IOException {
        Path out = dir.resolve("forecast.xlsx");
        CliRun run = forecast(sample("block_zones.csv"), "--years", "3", "--lang", "zh", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("学位预警");
        try (InputStream in = Files.newInputStream(out);
                var book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("各学区分年预测");
            assertThat(book.getSheetName(1)).isEqualTo("全县分年汇总");
            Sheet zones = book.getSheetAt(0);
            List<String> highlighted = new ArrayList<>();
            int bodyRows = 0;
            for (Row row : zones) {
                if (row.getCell(2) == null
                        || row.getCell(2).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue;
                }
                bodyRows++;
                if (row.getCell(0).getCellStyle().getFillForegroundColor() == IndexedColors.ROSE.getIndex()) {
                    highlighted.add(row.getCell(0).getStringCellValue() + " "
                            + (int) row.getCell(2).getNumericCellValue());
                }
            }
            assertThat(bodyRows).isEqualTo(9);
            assertThat(highlighted).containsExactly("ZA 2029", "ZB 2027");
        }
    }

    @Test
    void aBlockZoneNotInTheZonesFileIsExit2NamingTheCellAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("block_zones.csv");
        Files.writeString(
                bad, Files.readString(sample("block_zones.csv")).replace("B4,ZC", "B4,ZX"), StandardCharsets.UTF_8);
        Path out = dir.resolve("forecast.json");
        CliRun run = forecast(bad, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("block_zones.csv:5:zone_id value='ZX' IMP-203");
        assertThat(out).doesNotExist();
    }

    @Test
    void theSeatsAndZonesRulesOfTheAdmissionFilesApplyToo() throws IOException {
        // Without its zones row, public school 1301990004 offers 20 seats in no zone (IMP-104 at its seats row).
        Path zones = dir.resolve("zones.csv");
        Files.writeString(
                zones,
                Files.readString(sample("zones.csv")).replace("2026,130199,G1,ZC,1301990004\n", ""),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("forecast.xlsx");
        List<String> args = new ArrayList<>(List.of(
                "forecast", "seats",
                "--schools", sample("schools.csv").toString(),
                "--seats", sample("seats.csv").toString(),
                "--blocks", sample("blocks.csv").toString(),
                "--zones", zones.toString(),
                "--block-zones", sample("block_zones.csv").toString(),
                "--out", out.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("seats.csv:5:school_code value='1301990004' IMP-104");
        assertThat(out).doesNotExist();
    }

    @Test
    void aHorizonNeedingUnbornChildrenIsExit2NamingTheYearAndNothingIsWritten() {
        Path out = dir.resolve("forecast.json");
        CliRun run = forecast(sample("block_zones.csv"), "--years", "7", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Year 2033");
        assertThat(out).doesNotExist();
    }
}
