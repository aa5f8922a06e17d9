package org.edubalance.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** A school name a principal sets cannot become a formula in the bureau's spreadsheet. */
@PlatformTest
class CsvExportIT {
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"Open\")";

    private final int port;
    private final Api api;

    CsvExportIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aSchoolNameThatLooksLikeAFormulaIsExportedAsText() {
        String school = Api.json(api.get("/api/v1/schools?year=2024", "principal"))
                .get(0)
                .get("code")
                .asString();
        String path = "/api/v1/schools/" + school + "/years/2024";
        JsonNode before = Api.json(api.get(path, "principal"));
        String county = before.get("values").get("county_code").asString();
        String name = before.get("values").get("school_name").asString();
        HttpResponse<String> renamed =
                api.put(path, "principal", rename(before.get("version").asLong(), FORMULA));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        try {
            String api = new String(
                    this.api
                            .getBytes("/api/v1/exports/" + county + "?format=csv&year=2024", "planner")
                            .body(),
                    StandardCharsets.UTF_8);
            String page = new String(
                    PageSession.signIn(port, "inspector")
                            .getBytes("/dashboard/" + county + "/export?format=csv&year=2024")
                            .body(),
                    StandardCharsets.UTF_8);

            for (String csv : new String[] {api, page}) {
                String line =
                        csv.lines().filter(l -> l.contains(school)).findFirst().orElseThrow();
                assertThat(line).contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Open\"\")\",");
                assertThat(line).doesNotContain(",\"=HYPERLINK");
            }
        } finally {
            long version = Api.json(api.get(path, "principal")).get("version").asLong();
            assertThat(api.put(path, "principal", rename(version, name)).statusCode())
                    .isEqualTo(200);
        }
    }

    private static String rename(long version, String name) {
        return "{\"version\":" + version + ",\"values\":{\"school_name\":\"" + name.replace("\"", "\\\"") + "\"}}";
    }
}
