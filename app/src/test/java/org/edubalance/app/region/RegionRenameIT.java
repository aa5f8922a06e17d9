package org.edubalance.app.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** A region's name is changed on purpose, as a region, by the bureau, and the audit log keeps old and new. */
@PlatformTest
class RegionRenameIT {
    private final int port;
    private final Api api;

    RegionRenameIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aPlannerRenamesACountyForEverySchoolAndTheAuditLogKeepsOldAndNew() {
        JsonNode county =
                Api.json(api.get("/api/v1/regions/counties", "planner")).get(1);
        String code = county.get("code").asString();
        String old = county.get("name").asString();
        JsonNode schools = Api.json(api.get("/api/v1/schools?year=2025&county=" + code, "planner"));
        try {
            HttpResponse<String> renamed = api.put("/api/v1/regions/" + code, "planner", "{\"name\":\" 新城区 \"}");

            assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
            assertThat(Api.json(renamed).get("name").asString()).isEqualTo("新城区");
            assertThat(Api.json(renamed).get("level").asString()).isEqualTo("COUNTY");
            assertThat(countyName(code)).isEqualTo("新城区");
            for (JsonNode school : schools) {
                JsonNode year = Api.json(
                        api.get("/api/v1/schools/" + school.get("code").asString() + "/years/2025", "inspector"));
                assertThat(year.get("values").get("county_name").asString()).isEqualTo("新城区");
            }
            assertThat(Api.json(api.get("/api/v1/schools?year=2025&county=" + code, "inspector"))
                            .get(0)
                            .get("countyName")
                            .asString())
                    .isEqualTo("新城区");
            JsonNode audit = Api.json(api.get("/api/v1/audit?entity=region&key=" + code, "inspector"));
            assertThat(audit.get(0).get("actor").asString()).isEqualTo("planner");
            assertThat(audit.get(0).get("action").asString()).isEqualTo("RENAME");
            assertThat(audit.get(0).get("oldValue").asString()).contains(old);
            assertThat(audit.get(0).get("newValue").asString()).contains("新城区");
        } finally {
            assertThat(api.put("/api/v1/regions/" + code, "admin", "{\"name\":\"" + old + "\"}")
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(countyName(code)).isEqualTo(old);
    }

    @Test
    void onlyTheBureauRenamesRegions() {
        JsonNode county =
                Api.json(api.get("/api/v1/regions/counties", "planner")).get(2);
        String code = county.get("code").asString();

        HttpResponse<String> principal = api.put("/api/v1/regions/" + code, "principal", "{\"name\":\"X\"}");
        HttpResponse<String> inspector = api.put("/api/v1/regions/" + code, "inspector", "{\"name\":\"X\"}");

        assertThat(principal.statusCode()).isEqualTo(403);
        assertThat(Api.json(principal).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(inspector.statusCode()).isEqualTo(403);
        assertThat(countyName(code)).isEqualTo(county.get("name").asString());
    }

    @Test
    void refusesABlankNameAnUnknownRegionAndATownship() {
        String code = Api.json(api.get("/api/v1/regions/counties", "planner"))
                .get(3)
                .get("code")
                .asString();
        String township = Api.json(api.get("/api/v1/schools?year=2025&county=" + code, "planner"))
                .get(0)
                .get("townName")
                .asString();

        HttpResponse<String> blank = api.put("/api/v1/regions/" + code, "planner", "{\"name\":\"  \"}");
        HttpResponse<String> unknown = api.put("/api/v1/regions/999999", "planner", "{\"name\":\"Nowhere\"}");
        HttpResponse<String> town = api.put(
                "/api/v1/regions/" + code + "%2F" + PageSession.encode(township),
                "planner",
                "{\"name\":\"Elsewhere\"}");

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(Api.json(blank).get("code").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(town.statusCode()).as(town.body()).isIn(400, 404);
    }

    @Test
    void theRegionsPageRenamesACountyForPlannersOnly() {
        JsonNode county =
                Api.json(api.get("/api/v1/regions/counties", "planner")).get(4);
        String code = county.get("code").asString();
        String old = county.get("name").asString();
        PageSession planner = PageSession.signIn(port, "planner");
        PageSession inspector = PageSession.signIn(port, "inspector");
        HttpResponse<String> page = planner.get("/regions?lang=en");
        HttpResponse<String> readOnly = inspector.get("/regions?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(old).contains("action=\"/regions/" + code + "\"");
        // Reached from the navigation by those who may read it; a principal's pages do not offer it.
        assertThat(page.body()).contains("id=\"nav-regions\"");
        assertThat(readOnly.body()).contains("id=\"nav-regions\"");
        assertThat(PageSession.signIn(port, "principal").get("/?lang=en").body())
                .doesNotContain("id=\"nav-regions\"");
        assertThat(readOnly.statusCode()).isEqualTo(200);
        assertThat(readOnly.body()).contains(old).doesNotContain("action=\"/regions/" + code + "\"");
        HttpResponse<String> forged = inspector.postForm(
                "/regions/" + code,
                "_csrf=" + PageSession.encode(PageSession.csrf(readOnly.body())) + "&name=" + PageSession.encode("X"));
        assertThat(forged.statusCode()).isEqualTo(403);
        try {
            HttpResponse<String> renamed = planner.postForm(
                    "/regions/" + code,
                    "_csrf=" + PageSession.encode(PageSession.csrf(page.body())) + "&name="
                            + PageSession.encode("Riverside"));

            assertThat(renamed.statusCode()).isEqualTo(302);
            assertThat(countyName(code)).isEqualTo("Riverside");
            assertThat(planner.get("/regions?lang=en").body()).contains("Riverside");
        } finally {
            api.put("/api/v1/regions/" + code, "admin", "{\"name\":\"" + old + "\"}");
        }
    }

    private String countyName(String county) {
        for (JsonNode c : Api.json(api.get("/api/v1/regions/counties", "inspector"))) {
            if (c.get("code").asString().equals(county)) {
                return c.get("name").asString();
            }
        }
        throw new AssertionError("No county " + county);
    }
}
