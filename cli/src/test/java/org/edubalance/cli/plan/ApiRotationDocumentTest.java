package org.edubalance.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.staff.TeacherRosters;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.edubalance.dataimport.staff.TeacherCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code plan rotation --out plan.json} (cli) and the API's rotation result (app) are one document: the platform plans
 * a county over HTTP, the command line plans the same school data and roster under the same policy, and the two
 * documents have the same keys, in the same structure, with the same planning outcome fields.
 */
class ApiRotationDocumentTest {
    private static final int YEAR = 2025;
    private static final String PASSWORD = "demo-password-for-the-cli-test";

    @Test
    void theCliWritesTheDocumentTheApiAnswers(@TempDir Path dir) throws Exception {
        JsonNode api;
        RegionCode county;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduBalanceApplication.class)
                .run(
                        "--server.port=0",
                        "--app.data-dir=" + dir.resolve("data"),
                        "--app.demo.years=2",
                        "--app.demo.password=" + PASSWORD)) {
            TeacherRosters rosters = app.getBean(TeacherRosters.class);
            county = app.getBean(Regions.class).counties().stream()
                    .map(c -> c.code())
                    .filter(c -> rosters.count(c, YEAR) > 0)
                    .min(Comparator.comparingInt(c -> rosters.count(c, YEAR)))
                    .orElseThrow();
            new SchoolCsvWriter()
                    .write(app.getBean(SchoolYears.class).ofYear(YEAR, county), dir.resolve("schools.csv"));
            new TeacherCsvWriter().write(rosters.of(county, YEAR), dir.resolve("teachers.csv"));
            api = planOverHttp(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class), county);
        }

        CliRun run = CliRun.of(
                "plan",
                "rotation",
                "--schools",
                dir.resolve("schools.csv").toString(),
                "--teachers",
                dir.resolve("teachers.csv").toString(),
                "--policy",
                "national",
                "--time-limit",
                "30",
                "--out",
                dir.resolve("plan.json").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode cli = new ObjectMapper().readTree(dir.resolve("plan.json").toFile());

        for (JsonNode document : List.of(api, cli)) {
            assertThat(fieldNames(document.get("outcome")))
                    .containsExactly("status", "objective", "bound", "gap", "solver", "seconds");
        }
        withoutRunFigures(api);
        withoutRunFigures(cli);
        assertThat(shape(api)).isEqualTo(shape(cli));
        for (String same : List.of("county", "year", "policy")) {
            assertThat(api.get(same)).as(same).isEqualTo(cli.get(same));
        }
        assertThat(api.get("county").asText()).isEqualTo(county.value());
        assertThat(api.get("summary").get("eligible"))
                .isEqualTo(cli.get("summary").get("eligible"));
        assertThat(api.get("summary").get("minimumMovers"))
                .isEqualTo(cli.get("summary").get("minimumMovers"));
        assertThat(api.at("/outcome/status").asText())
                .isEqualTo(cli.at("/outcome/status").asText());
        if (cli.at("/outcome/status").asText().equals("OPTIMAL")) {
            assertThat(api.at("/outcome/objective").asDouble())
                    .isCloseTo(cli.at("/outcome/objective").asDouble(), within(1e-6));
        }
        List<JsonNode> before = new ArrayList<>();
        api.get("cvs").forEach(c -> before.add(c.get("before")));
        List<JsonNode> cliBefore = new ArrayList<>();
        cli.get("cvs").forEach(c -> cliBefore.add(c.get("before")));
        assertThat(before).isEqualTo(cliBefore);
        List<JsonNode> rules = new ArrayList<>();
        api.get("policyChecks").forEach(c -> rules.add(c.get("rule")));
        List<JsonNode> cliRules = new ArrayList<>();
        cli.get("policyChecks").forEach(c -> cliRules.add(c.get("rule")));
        assertThat(rules).isEqualTo(cliRules);
    }

    private static JsonNode planOverHttp(int port, RegionCode county) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String jobs = "http://localhost:" + port + "/api/v1/rotation/" + county.value() + "/jobs";
        HttpResponse<String> started = http.send(
                request(jobs)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"year\": " + YEAR + ", \"base\": \"national\", \"timeLimitSeconds\": 30}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long id = new ObjectMapper().readTree(started.body()).get("id").asLong();
        JsonNode body = await("rotation job " + id)
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> new ObjectMapper()
                                .readTree(http.send(
                                                request(jobs + "/" + id).GET().build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .body()),
                        job -> !List.of("QUEUED", "RUNNING")
                                .contains(job.get("status").asText()));
        assertThat(body.get("status").asText()).as(body.toString()).isEqualTo("DONE");
        return body.get("result");
    }

    private static HttpRequest.Builder request(String uri) {
        String basic = Base64.getEncoder().encodeToString(("planner:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Basic " + basic);
    }

    /** Removes what differs from run to run: the seconds a solve took. */
    private static void withoutRunFigures(JsonNode document) {
        ((ObjectNode) document.get("outcome")).remove("seconds");
        document.get("alternatives").forEach(a -> ((ObjectNode) a.get("outcome")).remove("seconds"));
    }

    /**
     * The document's structure: objects as their keys (in order) with the structure of each value, facts (code and
     * parameters) as one kind, arrays as the structure of their first element, numbers and null as one kind (a gap may be null), strings and booleans as
     * theirs.
     */
    private static Object shape(JsonNode node) {
        if (node.isObject() && parentIsFact(node)) {
            return "fact";
        }
        if (node.isObject()) {
            Map<String, Object> keys = new TreeMap<>();
            List<String> order = fieldNames(node);
            order.forEach(name -> keys.put(name, shape(node.get(name))));
            return List.of(order, keys);
        }
        if (node.isArray()) {
            return node.isEmpty() ? List.of() : List.of(shape(node.get(0)));
        }
        if (node.isNumber() || node.isNull()) {
            return "number";
        }
        return node.getNodeType().name();
    }

    /** A fact's parameters depend on the fact (a move's reason names an indicator or a subject): one kind. */
    private static boolean parentIsFact(JsonNode node) {
        return node.size() == 2 && node.has("code") && node.has("params");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
