package org.edubalance.app.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * A school's identity and classification (codes, region names, type, location, ownership) belong to the bureau: a
 * principal changes the school's own figures only, and a region's name never changes as a side effect of one school's
 * row.
 */
@PlatformTest
class SchoolClassificationIT {
    private final int port;
    private final Api api;

    SchoolClassificationIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aPrincipalMayNotRenameTheCountyNorChangeTheOwnership() {
        String school = ownSchool();
        String path = "/api/v1/schools/" + school + "/years/2025";
        JsonNode before = Api.json(api.get(path, "principal"));
        String county = before.get("values").get("county_code").asString();
        String countyName = before.get("values").get("county_name").asString();

        HttpResponse<String> refused = api.put(
                path,
                "principal",
                "{\"version\":" + before.get("version").asLong()
                        + ",\"values\":{\"county_name\":\"Principal county\",\"ownership\":\"PRIVATE\","
                        + "\"music_rooms\":\"5\"}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        JsonNode error = Api.json(refused);
        assertThat(error.get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(error.get("message").asString())
                .contains("county_name")
                .contains("ownership")
                .doesNotContain("music_rooms");
        JsonNode after = Api.json(api.get(path, "principal"));
        assertThat(after.get("version").asLong())
                .isEqualTo(before.get("version").asLong());
        assertThat(after.get("values").get("ownership").asString())
                .isEqualTo(before.get("values").get("ownership").asString());
        assertThat(countyName(county)).isEqualTo(countyName);
    }

    @Test
    void aPrincipalStillChangesTheSchoolsOwnFiguresAndMayResendItsClassificationUnchanged() {
        String school = ownSchool();
        String path = "/api/v1/schools/" + school + "/years/2024";
        JsonNode before = Api.json(api.get(path, "principal"));

        HttpResponse<String> saved = api.put(
                path,
                "principal",
                "{\"version\":" + before.get("version").asLong() + ",\"values\":{\"ownership\":\""
                        + before.get("values").get("ownership").asString() + "\",\"books\":\"12345\"}}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Api.json(saved).get("values").get("books").asString()).isEqualTo("12345");
    }

    @Test
    void thePrincipalsFormShowsTheClassificationReadOnlyAndRefusesAForgedPost() {
        String school = ownSchool();
        PageSession principal = PageSession.signIn(port, "principal");
        String formPath = "/schools/" + school + "/years/2025/edit";
        HttpResponse<String> form = principal.get(formPath + "?lang=en");
        JsonNode stored = Api.json(api.get("/api/v1/schools/" + school + "/years/2025", "principal"));
        String version = stored.get("version").asString();
        String ownership = "PUBLIC".equals(stored.get("values").get("ownership").asString()) ? "PRIVATE" : "PUBLIC";
        String type = "PRIMARY".equals(stored.get("values").get("school_type").asString()) ? "NINE_YEAR" : "PRIMARY";

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(inputOf(form.body(), "ownership")).contains("disabled");
        assertThat(inputOf(form.body(), "county_name")).contains("disabled");
        assertThat(inputOf(form.body(), "music_rooms")).doesNotContain("disabled");

        HttpResponse<String> forged = principal.postForm(
                formPath,
                "_csrf=" + PageSession.encode(PageSession.csrf(form.body())) + "&version=" + version + "&ownership="
                        + ownership + "&school_type=" + type + "&music_rooms=3");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("ownership").contains("school_type");
        assertThat(Api.json(api.get("/api/v1/schools/" + school + "/years/2025", "principal"))
                        .get("version")
                        .asString())
                .isEqualTo(version);
    }

    @Test
    void aPlannersEditNeverRenamesTheCountyOfEveryOtherSchool() {
        JsonNode schools = Api.json(api.get("/api/v1/schools?year=2024", "admin"));
        String school = schools.get(5).get("code").asString();
        String county = schools.get(5).get("countyCode").asString();
        String path = "/api/v1/schools/" + school + "/years/2024";
        JsonNode before = Api.json(api.get(path, "planner"));
        String countyName = countyName(county);

        HttpResponse<String> refused = api.put(
                path,
                "planner",
                "{\"version\":" + before.get("version").asLong() + ",\"values\":{\"county_name\":\"Renamed county\"}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Api.json(refused).get("message").asString())
                .contains("county_name")
                .contains(countyName)
                .contains("/api/v1/regions/" + county);
        assertThat(countyName(county)).isEqualTo(countyName);
        assertThat(Api.json(api.get(path, "planner")).get("version").asLong())
                .isEqualTo(before.get("version").asLong());
    }

    @Test
    void aPlannerReclassifiesASchool() {
        JsonNode schools = Api.json(api.get("/api/v1/schools?year=2024", "admin"));
        String school = schools.get(6).get("code").asString();
        String path = "/api/v1/schools/" + school + "/years/2024";
        JsonNode before = Api.json(api.get(path, "planner"));
        String ownership = "PUBLIC".equals(before.get("values").get("ownership").asString()) ? "PRIVATE" : "PUBLIC";

        HttpResponse<String> saved = api.put(
                path,
                "planner",
                "{\"version\":" + before.get("version").asLong() + ",\"values\":{\"ownership\":\"" + ownership
                        + "\"}}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Api.json(saved).get("values").get("ownership").asString()).isEqualTo(ownership);
        // Put it back: the other tests share this platform's data.
        HttpResponse<String> restored = api.put(
                path,
                "planner",
                "{\"version\":" + Api.json(saved).get("version").asLong() + ",\"values\":{\"ownership\":\""
                        + before.get("values").get("ownership").asString() + "\"}}");
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    }

    private String ownSchool() {
        return Api.json(api.get("/api/v1/schools", "principal"))
                .get(0)
                .get("code")
                .asString();
    }

    private String countyName(String county) {
        for (JsonNode c : Api.json(api.get("/api/v1/regions/counties", "inspector"))) {
            if (c.get("code").asString().equals(county)) {
                return c.get("name").asString();
            }
        }
        throw new AssertionError("No county " + county);
    }

    /** The {@code <input>} tag of the field {@code id}. */
    private static String inputOf(String page, String id) {
        int at = page.indexOf("id=\"field-" + id + "\"");
        assertThat(at).as("field " + id).isPositive();
        return page.substring(page.lastIndexOf("<input", at), page.indexOf('>', at) + 1);
    }
}
