package org.edubalance.app.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
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

@PlatformTest
class ImportPageIT {
    private final int port;
    private final Api api;

    ImportPageIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aYearAlreadyHeldIsReplacedOnlyAfterConfirmation(@TempDir Path dir) throws IOException {
        // The same county file as ImportApiIT's, for a year of its own.
        Path file = dir.resolve("schools-2036.csv");
        new SchoolCsvWriter()
                .write(new DemoDataGenerator(1).generate(DemoScale.COUNTY, 2036).schools(), file);
        byte[] content = Files.readAllBytes(file);
        PageSession planner = PageSession.signIn(port, "planner");
        String csrf = PageSession.csrf(planner.get("/import").body());

        HttpResponse<String> first = planner.upload("/import?lang=en", csrf, "kind=schools", "s.csv", content);
        int rows = Api.json(api.get("/api/v1/schools?year=2036", "admin")).size();
        HttpResponse<String> second = planner.upload("/import", csrf, "kind=schools", "s.csv", content);
        HttpResponse<String> cancelled =
                planner.postForm("/import/confirm", "replace=false&_csrf=" + PageSession.encode(csrf));
        int importsAfterCancel = Api.json(api.get("/api/v1/imports", "admin")).size();
        planner.upload("/import", csrf, "kind=schools", "s.csv", content);
        HttpResponse<String> confirmed =
                planner.postForm("/import/confirm", "replace=true&_csrf=" + PageSession.encode(csrf));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("id=\"import-stored\"");
        assertThat(rows).isPositive();
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("id=\"import-confirm\"", "already stored: 2036.");
        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(Api.json(api.get("/api/v1/imports", "admin"))).hasSize(importsAfterCancel + 1);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("id=\"import-stored\"");
        assertThat(Api.json(api.get("/api/v1/schools?year=2036", "admin"))).hasSize(rows);
    }

    @Test
    void offersTheTemplateInThePagesLanguage() {
        PageSession planner = PageSession.signIn(port, "planner");

        HttpResponse<byte[]> zh = planner.getBytes("/import/template?lang=zh");
        HttpResponse<byte[]> en = planner.getBytes("/import/template?lang=en");

        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("filename*=UTF-8''"));
        assertThat(en.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("school-template.xlsx"));
        assertThat(en.body().length).isGreaterThan(1000);
        assertThat(PageSession.signIn(port, "inspector").get("/import/template").statusCode())
                .isEqualTo(403);

        HttpResponse<byte[]> roster = planner.getBytes("/import/template?kind=teachers&lang=en");
        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(roster.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("teacher-roster-template.xlsx"));
        assertThat(planner.get("/import?lang=en").body()).contains("/import/template?kind=teachers");
        assertThat(planner.getBytes("/import/template?kind=pupils").statusCode())
                .isEqualTo(400);
    }
}
