package org.edubalance.app.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * Zoning studies through the API on the demo city (docs/planning/zoning.md, "Platform"): uploads checked all or
 * nothing with located errors, the zoning problem's reasons as codes, and the roles.
 */
@PlatformTest
class ZoningStudyApiIT {
    private final int port;
    private final Api api;
    private final ApplicationContext app;
    private final JdbcClient jdbc;

    @Autowired
    ZoningStudyApiIT(@Value("${local.server.port}") int port, ApplicationContext app, DataSource dataSource) {
        this.port = port;
        this.api = new Api(port);
        this.app = app;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aStudyIsStoredWithItsFilesAndListedForTheCounty() {
        var f = ZoningStudyFixture.of(app);
        HttpResponse<String> created = send(f.create(api, "planner", f.files()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode study = Api.json(created);
        long id = study.get("id").asLong();
        assertThat(study.get("county").asString()).isEqualTo(f.county());
        assertThat(study.get("entryGrade").asString()).isEqualTo(f.grade());
        assertThat(study.get("policy").asString()).isEqualTo("national");
        assertThat(study.get("files").toString())
                .isEqualTo("[\"schools.csv\",\"blocks.csv\",\"adjacency.csv\",\"seats.csv\",\"zones.csv\","
                        + "\"block_zones.csv\"]");
        assertThat(study.get("approvedJob").isNull()).isTrue();

        JsonNode list = Api.json(api.get("/api/v1/zoning-studies?county=" + f.county(), "inspector"));
        assertThat(list.toString()).contains("\"id\":" + id);
        assertThat(jdbc.sql("select count(*) from zoning_block where study_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("the blocks kept for the public lookup")
                .isEqualTo(6L);
    }

    @Test
    void polygonsGiveThePositionsAndTheAdjacencyAndTheMapDrawsThem() {
        var f = ZoningStudyFixture.of(app);
        List<PageSession.FilePart> files = new ArrayList<>(f.files());
        files.removeIf(p -> p.part().equals("adjacency") || p.part().equals("blocks"));
        files.add(new PageSession.FilePart("blocks", "blocks.csv", bytes(f.blocksWithoutPositions(10))));
        files.add(new PageSession.FilePart("polygons", "blocks.geojson", bytes(f.polygons())));
        HttpResponse<String> created = send(f.create(api, "planner", files));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode study = Api.json(created);
        assertThat(study.get("files").toString())
                .contains("\"polygons.geojson\"")
                .doesNotContain("adjacency");

        String page = PageSession.signIn(port, "planner")
                .get("/zoning/studies/" + study.get("id").asLong() + "?lang=en")
                .body();
        var squares = Pattern.compile("<path d=\"M[^LZ\"]+(L[^LZ\"]+){4}Z\"[^>]*data-block=\"B\\d\"")
                .matcher(page)
                .results()
                .count();
        assertThat(squares)
                .as("each block's square, its ring of five positions")
                .isEqualTo(6);

        HttpResponse<String> refused = send(f.create(
                api,
                "planner",
                files.stream().filter(p -> !p.part().equals("polygons")).toList()));
        assertThat(refused.statusCode()).as("neither adjacency nor polygons").isEqualTo(400);
    }

    @Test
    void anAdjacencyRowNamingAnUnknownBlockIsLocatedAndNothingIsStored() {
        var f = ZoningStudyFixture.of(app);
        long before = studies(f.county());
        HttpResponse<String> refused = send(f.create(api, "planner", f.files(10, 40, "B3,B9\n", "B1")));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = Api.json(refused);
        assertThat(body.get("code").asString()).isEqualTo("IMPORT_REJECTED");
        JsonNode issue = body.get("issues").get(0);
        assertThat(issue.get("file").asString()).isEqualTo("adjacency.csv");
        assertThat(issue.get("row").asLong())
                .as("the header is row 1, the grid's 7 pairs rows 2–8")
                .isEqualTo(9);
        assertThat(issue.get("column").asString()).isEqualTo("neighbour_id");
        assertThat(issue.get("value").asString()).isEqualTo("B9");
        assertThat(issue.get("code").asString()).isEqualTo("IMP-201");
        assertThat(studies(f.county())).isEqualTo(before);
    }

    @Test
    void aSchoolStandingInAnUnknownBlockIsTheZoningReasonAndNothingIsStored() {
        var f = ZoningStudyFixture.of(app);
        long before = studies(f.county());
        HttpResponse<String> refused = send(f.create(api, "planner", f.files(10, 40, "", "B7")));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode body = Api.json(refused);
        assertThat(body.get("code").asString()).isEqualTo("ZONING_SCHOOL_BLOCK_UNKNOWN");
        assertThat(body.get("params").get("school").asString())
                .isEqualTo(f.first().code().value());
        assertThat(body.get("params").get("block").asString()).isEqualTo("B7");
        assertThat(studies(f.county())).isEqualTo(before);
    }

    @Test
    void aPinNamingAnUnknownBlockIsRefusedWithItsCodeAndQueuesNothing() {
        var f = ZoningStudyFixture.of(app);
        long id = Api.json(send(f.create(api, "planner", f.files()))).get("id").asLong();
        HttpResponse<String> refused = api.post(
                "/api/v1/zoning-studies/" + id + "/runs",
                "planner",
                "{\"pins\": [{\"block\": \"B9\", \"school\": \""
                        + f.first().code().value() + "\"}]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused).get("code").asString()).isEqualTo("ZONING_PIN_UNKNOWN");
        assertThat(Api.json(api.get("/api/v1/zoning-studies/" + id, "planner"))
                        .get("runs")
                        .size())
                .isZero();
    }

    @Test
    void principalsAndAnonymousReachNoStudyAndInspectorsCreateNone() {
        var f = ZoningStudyFixture.of(app);
        assertThat(send(f.create(api, "principal", f.files())).statusCode()).isEqualTo(403);
        assertThat(send(f.create(api, "inspector", f.files())).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/zoning-studies?county=" + f.county(), "principal")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.anonymous("/api/v1/zoning-studies?county=" + f.county()).statusCode())
                .isEqualTo(401);
        long id = Api.json(send(f.create(api, "planner", f.files()))).get("id").asLong();
        assertThat(api.post("/api/v1/zoning-studies/" + id + "/runs", "principal", "{}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/zoning-studies/" + id + "/runs", "inspector", "{}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/zoning-studies/" + id + "/zones.csv", "planner")
                        .statusCode())
                .as("nothing approved yet")
                .isEqualTo(404);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long studies(String county) {
        return jdbc.sql("select count(*) from zoning_study where county_code = :county")
                .param("county", county)
                .query(Long.class)
                .single();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
