package org.edubalance.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan pairing} on a generated demo county (real files, the real solver): the document's keys in the published
 * order, every pair recomputed here (distance by the haversine, each mentee once, each mentor within its limit), the
 * counts adding up, the workbook and the Chinese text, and a policy that leaves no mentor refused naming its key.
 */
class PairingPlanCommandTest {
    @TempDir
    static Path dir;

    private static Path schools;

    @BeforeAll
    static void demoCounty() {
        CliRun demo = CliRun.of(
                "demo",
                "--scale",
                "county",
                "--seed",
                "3",
                "--out",
                dir.resolve("demo").toString());
        assertThat(demo.exitCode()).as(demo.err()).isEqualTo(ExitCodes.OK);
        schools = dir.resolve("demo").resolve("schools.csv");
    }

    @Test
    void everyPairKeepsThePolicyAndTheCountsAddUp() throws IOException {
        Path out = dir.resolve("pairs.json");
        CliRun run = CliRun.of("plan", "pairing", "--data", schools.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);

        String text = Files.readString(out, StandardCharsets.UTF_8);
        JsonNode plan = new ObjectMapper().readTree(text);
        assertThat(names(plan)).containsExactly("kind", "year", "countyCode", "pairs", "unpaired", "summary");
        assertThat(names(plan.get("summary"))).containsExactly("mentors", "mentees", "paired", "totalKm", "status");
        assertThat(plan.at("/summary/status").asText()).isEqualTo("OPTIMAL");
        Map<String, double[]> position = positions(schools);
        Set<String> mentees = new HashSet<>();
        Map<String, Integer> load = new HashMap<>();
        double total = 0;
        for (JsonNode pair : plan.get("pairs")) {
            assertThat(names(pair)).containsExactly("segment", "mentor", "mentee", "km");
            String segment = pair.get("segment").asText();
            assertThat(mentees.add(segment + pair.get("mentee").asText())).isTrue();
            int n = load.merge(segment + pair.get("mentor").asText(), 1, Integer::sum);
            assertThat(n).isLessThanOrEqualTo(3);
            double km = haversine(
                    position.get(pair.get("mentor").asText()),
                    position.get(pair.get("mentee").asText()));
            assertThat(pair.get("km").asDouble()).isCloseTo(km, org.assertj.core.data.Offset.offset(0.0006));
            assertThat(km).isLessThanOrEqualTo(30.0);
            total += pair.get("km").asDouble();
        }
        assertThat(plan.at("/summary/paired").asInt())
                .isEqualTo(plan.get("pairs").size())
                .isPositive();
        assertThat(plan.at("/summary/mentees").asInt())
                .isEqualTo(plan.get("pairs").size() + plan.get("unpaired").size());
        assertThat(plan.at("/summary/totalKm").asDouble()).isCloseTo(total, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(run.out())
                .contains("proven optimal")
                .contains("Mentors " + plan.at("/summary/mentors").asInt());
    }

    @Test
    void theWorkbookAndTheTextInChinese() throws IOException {
        Path out = dir.resolve("pairs.xlsx");
        CliRun run =
                CliRun.of("plan", "pairing", "--data", schools.toString(), "--out", out.toString(), "--lang", "zh");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        // Apart from the file's path and the policy's id (a name, like a code), no English word.
        assertThat(run.out().replace(out.toString(), "").replace("政策 national", ""))
                .contains("已证明最优")
                .doesNotContainPattern("[A-Za-z]{4,}");
        try (InputStream in = Files.newInputStream(out);
                var workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("结对");
            assertThat(workbook.getSheet("学校").getPhysicalNumberOfRows()).isGreaterThan(3);
        }
    }

    @Test
    void aPolicyThatLeavesNoMentorIsRefusedNamingItsKey() throws IOException {
        Path policy = dir.resolve("strict.yaml");
        Files.writeString(policy, "extends: national\nmentorMinStrength: 2.5\n");
        Path out = dir.resolve("never.json");
        CliRun run = CliRun.of(
                "plan",
                "pairing",
                "--data",
                schools.toString(),
                "--policy",
                policy.toString(),
                "--out",
                out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("strict.yaml: mentorMinStrength").contains("no school");
        Files.writeString(policy, "extends: national\nmentorMinStrength: 1.99\n");
        CliRun none = CliRun.of(
                "plan",
                "pairing",
                "--data",
                schools.toString(),
                "--policy",
                policy.toString(),
                "--out",
                out.toString());
        assertThat(none.exitCode()).as(none.out()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("mentorMinStrength 1.99 leaves county").contains("no mentor at all");
        assertThat(out).doesNotExist();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static Map<String, double[]> positions(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().replace("\uFEFF", "").split(",", -1));
        int code = header.indexOf("school_code");
        int lat = header.indexOf("latitude");
        int lon = header.indexOf("longitude");
        int year = header.indexOf("year");
        String latest = lines.stream()
                .skip(1)
                .map(l -> l.split(",", -1)[year])
                .max(String::compareTo)
                .orElseThrow();
        Map<String, double[]> at = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[year].equals(latest) && !cells[lat].isEmpty()) {
                at.put(cells[code], new double[] {Double.parseDouble(cells[lat]), Double.parseDouble(cells[lon])});
            }
        }
        return at;
    }

    private static double haversine(double[] a, double[] b) {
        double p1 = Math.toRadians(a[0]);
        double p2 = Math.toRadians(b[0]);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(b[1] - a[1]) / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }
}
