package org.edubalance.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan zones} end to end on src/test/resources/zoning: county 130199, data year 2026, plan year 2027, six blocks
 * in two rows of three (B1 B2 B3 / B4 B5 B6, rook adjacency), public schools in B1 (60 seats), B3 (40), B5 (40) and B6
 * (30); the private school in B2 is in no zone. Entrants in 2027 (children aged 5 in 2026): 20, 25, 30, 6, 15, 10.
 */
class ZonesPlanCommandTest {
    @TempDir
    Path dir;

    private static Path sample(String name) {
        try {
            return Path.of(
                    ZonesPlanCommandTest.class.getResource("/zoning/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CliRun zones(Path seats, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "plan",
                "zones",
                "--schools",
                sample("schools.csv").toString(),
                "--seats",
                seats.toString(),
                "--blocks",
                sample("blocks.csv").toString(),
                "--adjacency",
                sample("adjacency.csv").toString(),
                "--time-limit",
                "5"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theCountyIsZonedOptimallyAndTheZoneFilesCarryThePlanYear() throws IOException {
        Path out = dir.resolve("zones.json");
        CliRun run = zones(
                sample("seats.csv"),
                "--out",
                out.toString(),
                "--zones-out",
                dir.resolve("z").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("{\"kind\":\"zoning\",\"year\":2026,\"countyCode\":\"130199\",\"entryGrade\":\"G1\","
                        + "\"planYear\":2027,\"status\":\"OPTIMAL\",\"objective\":");
        JsonNode plan = new ObjectMapper().readTree(text);
        assertThat(plan.get("blocks")).hasSize(6);
        assertThat(plan.at("/checks/contiguity").asBoolean()).isTrue();
        // Distances run from a school's own coordinates: 1301990003 stands in B5 but its site in the school data
        // (38.1, 114.6) is about 9 km from B4, so B4 joins 1301990001 (38.05, 114.5), about 1.1 km away.
        assertThat(plan.at("/blocks/0/school").asText()).isEqualTo("1301990001");
        assertThat(plan.at("/blocks/3/school").asText()).isEqualTo("1301990001");
        assertThat(plan.at("/schools").toString()).doesNotContain("1301990011");
        assertThat(plan.get("bound").asDouble())
                .isLessThanOrEqualTo(plan.get("objective").asDouble());
        assertThat(Files.readString(dir.resolve("z/block_zones.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFFyear,county_code,entry_grade,block_id,zone_id\r\n2027,130199,G1,B1,1301990001\r\n");
        assertThat(Files.readString(dir.resolve("z/zones.csv"), StandardCharsets.UTF_8))
                .contains("2027,130199,G1,1301990004,1301990004\r\n");
        assertThat(run.out()).contains("OPTIMAL").contains("student-km");
    }

    @Test
    void aPinIsKept() throws IOException {
        Path out = dir.resolve("pinned.json");
        CliRun run = zones(sample("seats.csv"), "--out", out.toString(), "--pin", "B4=1301990003");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode plan = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(plan.at("/blocks/3/blockId").asText()).isEqualTo("B4");
        assertThat(plan.at("/blocks/3/school").asText()).isEqualTo("1301990003");
    }

    @Test
    void twoSchoolsInOneBlockAndTooFewSeatsAreExit2WithNothingWritten() throws IOException {
        Path shared = dir.resolve("shared.csv");
        Files.writeString(shared, Files.readString(sample("seats.csv")).replace("G1,40,B5", "G1,40,B3"));
        Path out = dir.resolve("never.json");
        CliRun run = zones(shared, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err())
                .contains("ZONING_SCHOOLS_SHARE_BLOCK")
                .contains("Schools 1301990002, 1301990003 stand in one block B3");
        Path few = dir.resolve("few.csv");
        Files.writeString(
                few,
                Files.readString(sample("seats.csv")).replace(",60,", ",5,").replace(",40,", ",10,"));
        CliRun short1 = zones(few, "--out", out.toString());
        assertThat(short1.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(short1.err()).contains("In 2027 the schools offer 55 seats for 106.0 entrants");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusalsAndTheSummaryAreWordedInChinese() throws IOException {
        Path few = dir.resolve("few-zh.csv");
        Files.writeString(
                few,
                Files.readString(sample("seats.csv")).replace(",60,", ",5,").replace(",40,", ",10,"));
        Path out = dir.resolve("never-zh.json");
        CliRun refused = zones(few, "--out", out.toString(), "--lang", "zh");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err())
                .contains("无法划分学区")
                .contains("2027 年全部学校仅有 55 个学位，入学人数为 106.0")
                .doesNotContain("seats", "entrants");
        assertThat(out).doesNotExist();

        Path planned = dir.resolve("zh.json");
        CliRun run = zones(sample("seats.csv"), "--out", planned.toString(), "--lang", "zh");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        // Apart from the file's path, no English word.
        assertThat(run.out().replace(planned.toString(), ""))
                .contains("一年级学区划分")
                .contains("学生上学总距离")
                .contains("已证明最优")
                .doesNotContainPattern("[A-Za-z]{4,}");
    }
}
