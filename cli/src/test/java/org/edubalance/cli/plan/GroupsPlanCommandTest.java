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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan groups} on a generated demo county (real files, the real solver). The five strongest primary schools
 * (not teaching points) are the cores, their strengths read from a first plan that takes every segment into one
 * group; then every member recomputed here (haversine distance within the limit, one group each, sizes and mean
 * strengths within the policy), the counts adding up, the workbook and the Chinese text, and bad input refused.
 */
class GroupsPlanCommandTest {
    @TempDir
    static Path dir;

    private static Path schools;
    private static final Map<String, Double> STRENGTH = new HashMap<>();
    private static String cores;

    @BeforeAll
    static void demoCountyAndItsStrongestPrimarySchools() throws IOException {
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
        Map<String, String[]> rows = rows(schools);
        List<String> primary = rows.keySet().stream()
                .filter(c -> rows.get(c)[0].equals("PRIMARY"))
                .sorted()
                .toList();
        // Two plans with one all-embracing group each, so that every primary segment's strength is read.
        Path all = dir.resolve("all.yaml");
        Files.writeString(all, "extends: national\ngroupMaxSize: 200\nmaxDistanceKm: 1000\ngroupMinMeanStrength: 0\n");
        for (String core : List.of(primary.getFirst(), primary.getLast())) {
            Path out = dir.resolve("all-" + core + ".json");
            CliRun run = CliRun.of(
                    "plan",
                    "groups",
                    "--data",
                    schools.toString(),
                    "--policy",
                    all.toString(),
                    "--cores",
                    core,
                    "--out",
                    out.toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            for (JsonNode g : new ObjectMapper().readTree(out.toFile()).get("groups")) {
                for (JsonNode m : g.get("members")) {
                    STRENGTH.put(m.get("school").asText(), m.get("strength").asDouble());
                }
            }
        }
        cores = String.join(
                ",",
                primary.stream()
                        .sorted(Comparator.comparing((String c) -> -STRENGTH.get(c)))
                        .limit(5)
                        .toList());
    }

    @Test
    void everyGroupKeepsThePolicyAndTheCountsAddUp() throws IOException {
        Path out = dir.resolve("groups.json");
        CliRun run =
                CliRun.of("plan", "groups", "--data", schools.toString(), "--cores", cores, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);

        JsonNode plan = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(names(plan)).containsExactly("kind", "year", "countyCode", "groups", "unplaced", "summary");
        assertThat(names(plan.get("summary")))
                .containsExactly("cores", "members", "placed", "totalKm", "status", "bound", "gap", "seconds");
        assertThat(plan.at("/summary/status").asText()).isEqualTo("OPTIMAL");
        assertThat(plan.at("/summary/bound").asDouble())
                .isEqualTo(plan.at("/summary/totalKm").asDouble());
        Map<String, String[]> rows = rows(schools);
        Set<String> seen = new HashSet<>();
        double total = 0;
        int placed = 0;
        for (JsonNode g : plan.get("groups")) {
            assertThat(names(g)).containsExactly("segment", "core", "members", "size", "meanStrength", "km");
            String core = g.get("core").asText();
            assertThat(cores).contains(core);
            double sum = STRENGTH.get(core);
            for (JsonNode m : g.get("members")) {
                String school = m.get("school").asText();
                assertThat(seen.add(g.get("segment").asText() + school)).isTrue();
                double km = haversine(rows.get(core), rows.get(school));
                assertThat(m.get("km").asDouble()).isCloseTo(km, Offset.offset(0.0006));
                assertThat(km).isLessThanOrEqualTo(30.0);
                assertThat(m.get("strength").asDouble()).isEqualTo(STRENGTH.get(school));
                sum += STRENGTH.get(school);
                total += m.get("km").asDouble();
                placed++;
            }
            int size = g.get("members").size() + 1;
            assertThat(g.get("size").asInt()).isEqualTo(size).isBetween(2, 8);
            assertThat(sum / size).isGreaterThanOrEqualTo(1.0 - 1e-4);
            assertThat(g.get("meanStrength").asDouble()).isCloseTo(sum / size, Offset.offset(1e-4));
        }
        assertThat(plan.get("groups")).hasSize(5);
        assertThat(plan.at("/summary/placed").asInt()).isEqualTo(placed).isPositive();
        assertThat(plan.at("/summary/members").asInt())
                .isEqualTo(placed + plan.get("unplaced").size());
        assertThat(plan.at("/summary/totalKm").asDouble()).isCloseTo(total, Offset.offset(1e-6));
        assertThat(run.out()).contains("proven optimal").contains("Cores 5");
    }

    @Test
    void theWorkbookAndTheTextInChinese() throws IOException {
        Path out = dir.resolve("groups.xlsx");
        CliRun run = CliRun.of(
                "plan",
                "groups",
                "--data",
                schools.toString(),
                "--cores",
                cores,
                "--out",
                out.toString(),
                "--lang",
                "zh");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().replace(out.toString(), "").replace("政策 national", ""))
                .contains("已证明最优")
                .doesNotContainPattern("[A-Za-z]{4,}");
        try (InputStream in = Files.newInputStream(out);
                var workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("集团");
            assertThat(workbook.getSheet("集团").getPhysicalNumberOfRows()).isGreaterThan(5);
            assertThat(workbook.getSheet("汇总").getPhysicalNumberOfRows()).isGreaterThan(8);
        }
    }

    @Test
    void badInputIsRefusedNamingTheCodeOrTheKey() throws IOException {
        Path out = dir.resolve("never.json");
        String teachingPoint = rows(schools).entrySet().stream()
                .filter(e -> e.getValue()[0].equals("TEACHING_POINT"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        Path policy = dir.resolve("sizes.yaml");
        Files.writeString(policy, "extends: national\ngroupMinSize: 6\ngroupMaxSize: 5\n");
        Path list = dir.resolve("cores.csv");
        Files.writeString(list, "school_code\n" + cores.split(",")[0] + "\nabc-1\n");
        String[][] cases = {
            {"--cores", "9999999999", "Core school 9999999999 is not a school of county"},
            {"--cores", teachingPoint, "Core school " + teachingPoint + " is a teaching point"},
            {"--policy", policy.toString(), "sizes.yaml: groupMaxSize: is a whole number ≥ groupMinSize (6), got 5"},
            {"--cores-file", list.toString(), "cores.csv: row 3, column 1: 'abc-1' is not a school code"},
        };
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(
                    List.of("plan", "groups", "--data", schools.toString(), "--out", out.toString(), c[0], c[1]));
            if (!c[0].startsWith("--cores")) {
                args.addAll(List.of("--cores", cores));
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).contains(c[2]);
        }
        assertThat(out).doesNotExist();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** The newest year's rows by school code: {type, latitude, longitude}. */
    private static Map<String, String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().replace("\uFEFF", "").split(",", -1));
        int code = header.indexOf("school_code");
        int type = header.indexOf("school_type");
        int lat = header.indexOf("latitude");
        int lon = header.indexOf("longitude");
        int year = header.indexOf("year");
        String latest = lines.stream()
                .skip(1)
                .map(l -> l.split(",", -1)[year])
                .max(String::compareTo)
                .orElseThrow();
        Map<String, String[]> at = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[year].equals(latest)) {
                at.put(cells[code], new String[] {cells[type], cells[lat], cells[lon]});
            }
        }
        return at;
    }

    private static double haversine(String[] a, String[] b) {
        double p1 = Math.toRadians(Double.parseDouble(a[1]));
        double p2 = Math.toRadians(Double.parseDouble(b[1]));
        double dLon = Math.toRadians(Double.parseDouble(b[2]) - Double.parseDouble(a[2]));
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }
}
