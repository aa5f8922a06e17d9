package org.edubalance.app.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Zoning runs as planning jobs on the demo city (docs/planning/zoning.md, "Platform"): the six-block fixture's run,
 * its result document as stored, approval, the exported zone files, the public lookup of approved plans only, a
 * principal's view of their own zone, a re-run with a pin and a prohibition, and a problem the planner refuses shown
 * in the page's language. The expectations are the fixture's own figures: 10 entrants a block, 40 seats a school.
 */
@PlatformTest
class ZoningRunIT {
    private final int port;
    private final Api api;
    private final ApplicationContext app;
    private final JdbcClient jdbc;

    @Autowired
    ZoningRunIT(@Value("${local.server.port}") int port, ApplicationContext app, DataSource dataSource) {
        this.port = port;
        this.api = new Api(port);
        this.app = app;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aRunIsApprovedExportedAsStoredAndFoundOnThePublicPage() {
        var f = ZoningStudyFixture.of(app);
        long id = create(f, f.files());
        String first = f.first().code().value();
        String second = f.second().code().value();
        long job = run(id, "{}");
        JsonNode done = awaitEnd(id, job);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");

        HttpResponse<String> result = api.get("/api/v1/zoning-studies/" + id + "/runs/" + job + "/result", "inspector");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).as("byte for byte the stored document").isEqualTo(stored(job, "plan_json"));
        JsonNode document = Api.json(result);
        assertThat(document.get("kind").asString()).isEqualTo("zoning");
        assertThat(document.get("planYear").asInt()).isEqualTo(f.year() + 1);
        Map<String, String> schoolOf = new HashMap<>();
        document.get("blocks")
                .forEach(b -> schoolOf.put(
                        b.get("blockId").asString(), b.get("school").asString()));
        assertThat(schoolOf).containsOnlyKeys(ZoningStudyFixture.BLOCKS);
        assertThat(schoolOf).containsEntry("B1", first).containsEntry("B6", second);
        long firstBlocks = schoolOf.values().stream().filter(first::equals).count();
        assertThat(firstBlocks)
                .as("10 entrants a block, 40 seats a school: 2 to 4 blocks each")
                .isBetween(2L, 4L);
        assertThat(document.get("checks").toString()).doesNotContain("false");

        var anonymous = api.anonymous("/public/zones?lang=en&q=" + PageSession.encode(f.tag()));
        assertThat(anonymous.body()).as("not approved yet").contains("id=\"no-block\"");

        String approve = "/api/v1/zoning-studies/" + id + "/runs/" + job + "/approve";
        assertThat(api.post(approve, "inspector", "").statusCode()).isEqualTo(403);
        HttpResponse<String> approved = api.post(approve, "planner", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(Api.json(approved).get("approvedJob").asLong()).isEqualTo(job);

        HttpResponse<String> zones = api.get("/api/v1/zoning-studies/" + id + "/zones.csv", "inspector");
        assertThat(zones.body()).isEqualTo(stored(job, "zones_csv"));
        String planYear = Integer.toString(f.year() + 1);
        assertThat(zones.body().lines().toList())
                .containsExactly(
                        "\uFEFFyear,county_code,entry_grade,zone_id,school_code",
                        planYear + "," + f.county() + "," + f.grade() + "," + first + "," + first,
                        planYear + "," + f.county() + "," + f.grade() + "," + second + "," + second);
        String blockZones = api.get("/api/v1/zoning-studies/" + id + "/block_zones.csv", "planner")
                .body();
        assertThat(blockZones).isEqualTo(stored(job, "block_zones_csv"));
        for (String block : ZoningStudyFixture.BLOCKS) {
            assertThat(blockZones)
                    .contains(planYear + "," + f.county() + "," + f.grade() + "," + block + "," + schoolOf.get(block));
        }

        String found = api.anonymous("/public/zones?lang=en&q=" + PageSession.encode(f.tag()))
                .body();
        for (String block : ZoningStudyFixture.BLOCKS) {
            String school = schoolOf.get(block).equals(first)
                    ? f.first().name()
                    : f.second().name();
            assertThat(found)
                    .containsPattern(java.util.regex.Pattern.quote(f.name(block)) + "</td>[\\s\\S]*?"
                            + java.util.regex.Pattern.quote(school));
        }

        double changing = 0;
        int blocksChanging = 0;
        for (int i = 0; i < 6; i++) {
            String was = i < 3 ? first : second;
            if (!schoolOf.get(ZoningStudyFixture.BLOCKS.get(i)).equals(was)) {
                changing += 10;
                blocksChanging++;
            }
        }
        String page = PageSession.signIn(port, "planner")
                .get("/zoning/studies/" + id + "?lang=en")
                .body();
        assertThat(page)
                .contains(
                        "id=\"comparison\"",
                        "id=\"download-zones\"",
                        "id=\"outcome-status\" data-status=\"OPTIMAL\">Optimal (proven best)<")
                .containsPattern(
                        "id=\"row-children\">[\\s\\S]*?<td>" + String.format(Locale.ROOT, "%.1f", changing) + "</td>")
                .containsPattern("id=\"row-blocks\">[\\s\\S]*?<td>" + blocksChanging + "</td>");

        String own = PageSession.signIn(port, "principal")
                .get("/zoning/studies/" + id + "?lang=en")
                .body();
        assertThat(own).contains("id=\"own-blocks\"", f.name("B1"), "data-school=\"" + first + "\"");
        assertThat(own)
                .as("no other school's figures")
                .doesNotContain(second, f.second().name(), "id=\"comparison\"", "id=\"runs\"");
        schoolOf.forEach((block, school) -> {
            if (!school.equals(first)) {
                assertThat(own).doesNotContain("<td>" + f.name(block) + "</td>");
            }
        });
    }

    @Test
    void aReRunKeepsItsPinAndProhibitionAndStartsFromThePreviousPlan() {
        var f = ZoningStudyFixture.of(app);
        long id = create(f, f.files());
        long firstJob = run(id, "{}");
        assertThat(awaitEnd(id, firstJob).get("status").asString()).isEqualTo("DONE");
        String second = f.second().code().value();
        long job = run(
                id,
                "{\"pins\": [{\"block\": \"B3\", \"school\": \"" + second + "\"}],"
                        + " \"forbidden\": [{\"block\": \"B4\", \"school\": \"" + second + "\"}],"
                        + " \"timeLimitSeconds\": 20}");
        assertThat(awaitEnd(id, job).get("status").asString()).isEqualTo("DONE");
        JsonNode document = Api.json(api.get("/api/v1/zoning-studies/" + id + "/runs/" + job + "/result", "planner"));
        Map<String, String> schoolOf = new HashMap<>();
        document.get("blocks")
                .forEach(b -> schoolOf.put(
                        b.get("blockId").asString(), b.get("school").asString()));
        assertThat(schoolOf)
                .containsEntry("B3", second)
                .containsEntry("B4", f.first().code().value());
        assertThat(jdbc.sql("select parent_id from planning_job where id = :id")
                        .param("id", job)
                        .query(Long.class)
                        .single())
                .isEqualTo(firstJob);
    }

    @Test
    void seatsBelowTheEntrantsFailTheRunWithTheReasonWorded() {
        var f = ZoningStudyFixture.of(app);
        long id = create(f, f.files(10, 20, "", "B1"));
        long job = run(id, "{}");
        JsonNode failed = awaitEnd(id, job);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("errorCode").asString()).isEqualTo("ZONING_SEATS_BELOW_ENTRANTS");
        assertThat(failed.get("hasPlan").asBoolean()).isFalse();
        String page = PageSession.signIn(port, "planner")
                .get("/zoning/studies/" + id + "?lang=zh")
                .body();
        assertThat(page).contains((f.year() + 1) + " 年全部学校仅有 40 个学位，入学人数为 60.0");
        assertThat(api.post("/api/v1/zoning-studies/" + id + "/runs/" + job + "/approve", "planner", "")
                        .statusCode())
                .isEqualTo(409);
    }

    private long create(ZoningStudyFixture f, List<PageSession.FilePart> files) {
        HttpResponse<String> created = ZoningStudyApiIT.send(f.create(api, "planner", files));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created).get("id").asLong();
    }

    private long run(long id, String request) {
        HttpResponse<String> queued = api.post("/api/v1/zoning-studies/" + id + "/runs", "planner", request);
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        return Api.json(queued).get("jobId").asLong();
    }

    /** The run once its job is done or failed. */
    private JsonNode awaitEnd(long id, long job) {
        JsonNode[] run = new JsonNode[1];
        await().atMost(180, TimeUnit.SECONDS)
                .pollInterval(500, TimeUnit.MILLISECONDS)
                .until(() -> {
                    for (JsonNode r : Api.json(api.get("/api/v1/zoning-studies/" + id, "planner"))
                            .get("runs")) {
                        if (r.get("jobId").asLong() == job) {
                            run[0] = r;
                        }
                    }
                    String status = run[0] == null ? "" : run[0].get("status").asString();
                    return status.equals("DONE") || status.equals("FAILED");
                });
        return run[0];
    }

    private String stored(long job, String column) {
        return jdbc.sql("select " + column + " from zoning_run where job_id = :job")
                .param("job", job)
                .query(String.class)
                .single();
    }
}
