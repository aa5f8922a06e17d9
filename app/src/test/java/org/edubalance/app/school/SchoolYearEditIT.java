package org.edubalance.app.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@PlatformTest
class SchoolYearEditIT {
    private final Api api;

    SchoolYearEditIT(@Value("${local.server.port}") int port) {
        this.api = new Api(port);
    }

    @Test
    void principalsEditTheirSchoolAndTheAuditLogKeepsOldAndNew() {
        String school = Api.json(api.get("/api/v1/schools", "principal"))
                .get(0)
                .get("code")
                .asString();
        String path = "/api/v1/schools/" + school + "/years/2025";
        JsonNode before = Api.json(api.get(path, "principal"));
        long version = before.get("version").asLong();

        HttpResponse<String> saved = api.put(path, "principal", edit(version, "music_rooms", "7"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Api.json(saved).get("version").asLong()).isGreaterThan(version);
        assertThat(Api.json(saved).get("values").get("music_rooms").asString()).isEqualTo("7");
        JsonNode audit = Api.json(api.get("/api/v1/audit?entity=school_year&key=" + school + "/2025", "admin"));
        assertThat(audit.get(0).get("actor").asString()).isEqualTo("principal");
        assertThat(audit.get(0).get("newValue").asString()).contains("\"music_rooms\": \"7\"");
        assertThat(audit.get(0).get("oldValue").asString())
                .contains("\"music_rooms\": \""
                        + before.get("values").get("music_rooms").asString() + "\"");
    }

    @Test
    void refusesAStaleVersionWithAConflict() {
        String school = Api.json(api.get("/api/v1/schools?year=2024", "admin"))
                .get(1)
                .get("code")
                .asString();
        String path = "/api/v1/schools/" + school + "/years/2024";
        long version = Api.json(api.get(path, "planner")).get("version").asLong();
        assertThat(api.put(path, "planner", edit(version, "art_rooms", "3")).statusCode())
                .isEqualTo(200);

        HttpResponse<String> second = api.put(path, "admin", edit(version, "art_rooms", "4"));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(Api.json(second).get("code").asString()).isEqualTo("EDIT_CONFLICT");
        assertThat(Api.json(api.get(path, "admin"))
                        .get("values")
                        .get("art_rooms")
                        .asString())
                .isEqualTo("3");
    }

    @Test
    void checksAnEditWithTheImportRules() {
        String school = Api.json(api.get("/api/v1/schools?year=2024", "admin"))
                .get(2)
                .get("code")
                .asString();
        String path = "/api/v1/schools/" + school + "/years/2024";
        JsonNode before = Api.json(api.get(path, "planner"));

        HttpResponse<String> refused =
                api.put(path, "planner", edit(before.get("version").asLong(), "location", "MOON"));

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode body = Api.json(refused);
        assertThat(body.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(body.get("issues").get(0).get("column").asString()).isEqualTo("location");
        assertThat(body.get("issues").get(0).get("value").asString()).isEqualTo("MOON");
        assertThat(Api.json(api.get(path, "planner")).get("version").asLong())
                .isEqualTo(before.get("version").asLong());
    }

    private static String edit(long version, String column, String value) {
        return "{\"version\":" + version + ",\"values\":{\"" + column + "\":\"" + value + "\"}}";
    }
}
