package org.edubalance.app.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Replacing a year by an import keeps every row's version increasing, so an edit based on what was read before the
 * import is refused as a conflict instead of silently overwriting the imported values.
 */
@PlatformTest
class SchoolYearReimportIT {
    private final int port;
    private final Api api;

    SchoolYearReimportIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void anApiEditReadBeforeAReplacingImportIsAConflict(@TempDir Path dir) throws IOException {
        byte[] file = schoolFile(dir, 2013);
        assertThat(api.upload("/api/v1/imports", "planner", "schools-2013.csv", file)
                        .statusCode())
                .isEqualTo(201);
        String school = Api.json(api.get("/api/v1/schools?year=2013", "planner"))
                .get(0)
                .get("code")
                .asString();
        String path = "/api/v1/schools/" + school + "/years/2013";
        JsonNode read = Api.json(api.get(path, "planner"));

        HttpResponse<String> replaced = api.upload("/api/v1/imports?replace=true", "planner", "schools-2013.csv", file);
        HttpResponse<String> stale = api.put(
                path, "admin", "{\"version\":" + read.get("version").asLong() + ",\"values\":{\"books\":\"1\"}}");

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(201);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(Api.json(stale).get("code").asString()).isEqualTo("EDIT_CONFLICT");
        JsonNode now = Api.json(api.get(path, "planner"));
        assertThat(now.get("version").asLong())
                .isGreaterThan(read.get("version").asLong());
        assertThat(now.get("values").get("books").asString())
                .isEqualTo(read.get("values").get("books").asString());
    }

    @Test
    void aFormSavedAfterAReplacingImportShowsTheConflict(@TempDir Path dir) throws IOException {
        byte[] file = schoolFile(dir, 2012);
        assertThat(api.upload("/api/v1/imports", "planner", "schools-2012.csv", file)
                        .statusCode())
                .isEqualTo(201);
        String school = Api.json(api.get("/api/v1/schools?year=2012", "planner"))
                .get(1)
                .get("code")
                .asString();
        PageSession planner = PageSession.signIn(port, "planner");
        String formPath = "/schools/" + school + "/years/2012/edit";
        HttpResponse<String> form = planner.get(formPath + "?lang=en");
        String version = Api.json(api.get("/api/v1/schools/" + school + "/years/2012", "planner"))
                .get("version")
                .asString();

        assertThat(api.upload("/api/v1/imports?replace=true", "admin", "schools-2012.csv", file)
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> saved = planner.postForm(
                formPath,
                "_csrf=" + PageSession.encode(PageSession.csrf(form.body())) + "&version=" + version + "&books=1");

        assertThat(saved.statusCode()).isEqualTo(409);
        assertThat(saved.body()).contains("id=\"conflict\"");
        assertThat(Api.json(api.get("/api/v1/schools/" + school + "/years/2012", "planner"))
                        .get("values")
                        .get("books")
                        .asString())
                .isNotEqualTo("1");
    }

    /** The first demo county's schools for {@code year}, as a school file. */
    private static byte[] schoolFile(Path dir, int year) throws IOException {
        Path file = dir.resolve("schools-" + year + ".csv");
        new SchoolCsvWriter()
                .write(new DemoDataGenerator(1).generate(DemoScale.COUNTY, year).schools(), file);
        return Files.readString(file, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }
}
