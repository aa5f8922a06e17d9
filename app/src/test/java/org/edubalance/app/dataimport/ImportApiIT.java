package org.edubalance.app.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ImportApiIT {
    private final Api api;

    ImportApiIT(@Value("${local.server.port}") int port) {
        this.api = new Api(port);
    }

    @Test
    void aBrokenFileStoresNothingAndReportsEveryError(@TempDir Path dir) throws IOException {
        String good = schoolFile(dir, 2031);
        // Row 3 gets a non-number; the rest of the file is fine, and still nothing may be stored.
        String[] lines = good.split("\r\n", -1);
        lines[2] = lines[2].replaceFirst(",(\\d+),(\\d+),", ",lots,$2,");
        String broken = String.join("\r\n", lines);
        int importsBefore = Api.json(api.get("/api/v1/imports", "admin")).size();

        HttpResponse<String> response = api.upload("/api/v1/imports", "planner", "broken.csv", bytes(broken));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode body = Api.json(response);
        assertThat(body.get("code").asString()).isEqualTo("IMPORT_REJECTED");
        JsonNode issue = body.get("issues").get(0);
        assertThat(issue.get("row").asLong()).isEqualTo(3);
        assertThat(issue.get("value").asString()).isEqualTo("lots");
        assertThat(issue.get("code").asString()).startsWith("IMP-");
        assertThat(issue.get("file").asString()).isEqualTo("broken.csv");
        assertThat(Api.json(api.get("/api/v1/schools?year=2031", "admin")).isEmpty()
                        || api.get("/api/v1/schools?year=2031", "admin").statusCode() == 200)
                .isTrue();
        assertThat(api.get("/api/v1/schools?year=2031", "admin").body()).isEqualTo("[]");
        assertThat(Api.json(api.get("/api/v1/imports", "admin"))).hasSize(importsBefore);
    }

    @Test
    void importsANewYearAndReplacesItOnlyWhenAsked(@TempDir Path dir) throws IOException {
        byte[] file = bytes(schoolFile(dir, 2030));

        HttpResponse<String> first = api.upload("/api/v1/imports", "planner", "schools-2030.csv", file);
        HttpResponse<String> again = api.upload("/api/v1/imports", "planner", "schools-2030.csv", file);
        HttpResponse<String> replaced = api.upload("/api/v1/imports?replace=true", "admin", "schools-2030.csv", file);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode stored = Api.json(first);
        assertThat(stored.get("years").get(0).asInt()).isEqualTo(2030);
        assertThat(stored.get("sha256").asString()).hasSize(64);
        assertThat(stored.get("importedBy").asString()).isEqualTo("planner");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Api.json(again).get("code").asString()).isEqualTo("YEAR_EXISTS");
        assertThat(replaced.statusCode()).isEqualTo(201);
        assertThat(Api.json(replaced).get("replacedRows").asLong())
                .isEqualTo(stored.get("rows").asLong());
        assertThat(Api.json(api.get("/api/v1/schools?year=2030", "admin")))
                .hasSize(stored.get("rows").asInt());
        assertThat(api.get(
                                "/api/v1/audit?entity=import&key="
                                        + Api.json(replaced).get("id").asLong(),
                                "admin")
                        .body())
                .contains("REPLACE");
    }

    @Test
    void importsAWorkbook(@TempDir Path dir) throws IOException {
        String[] csv = schoolFile(dir, 2019).replace("\uFEFF", "").split("\r\n");
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("学校");
            for (int r = 0; r < csv.length; r++) {
                String[] cells = csv[r].split(",", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }

        HttpResponse<String> response = api.upload("/api/v1/imports", "planner", "学校-2019.xlsx", out.toByteArray());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(Api.json(response).get("fileName").asString()).isEqualTo("学校-2019.xlsx");
        assertThat(Api.json(api.get("/api/v1/schools?year=2019", "admin"))).hasSize(csv.length - 1);
    }

    @Test
    void refusesAFileThatIsNoSpreadsheet() {
        HttpResponse<String> pdf = api.upload("/api/v1/imports", "admin", "report.pdf", bytes("%PDF-1.7"));
        HttpResponse<String> fake = api.upload("/api/v1/imports", "admin", "fake.xlsx", bytes("not a zip"));

        assertThat(pdf.statusCode()).isEqualTo(415);
        assertThat(Api.json(pdf).get("code").asString()).isEqualTo("UNSUPPORTED_FILE");
        assertThat(fake.statusCode()).isEqualTo(415);
    }

    @Test
    void refusesAZipBomb() throws IOException {
        var packed = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(packed)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        HttpResponse<String> response = api.upload("/api/v1/imports", "admin", "bomb.xlsx", packed.toByteArray());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(Api.json(response).get("message").asString()).contains("zip bomb");
    }

    /** The first demo county's schools for {@code year}, as a school file. */
    private static String schoolFile(Path dir, int year) throws IOException {
        Path file = dir.resolve("schools-" + year + ".csv");
        new SchoolCsvWriter()
                .write(new DemoDataGenerator(1).generate(DemoScale.COUNTY, year).schools(), file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
