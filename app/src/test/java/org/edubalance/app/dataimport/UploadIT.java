package org.edubalance.app.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Uploads over HTTP: a name that is no file name is a 400 with a message (API and page); whatever an import's
 * outcome, an unexpected error included, the upload directory holds nothing of it afterwards.
 */
@PlatformTest
class UploadIT {
    private final Api api;
    private final int port;
    private final UploadDirectory uploads;

    UploadIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.api = new Api(port);
        this.port = port;
        this.uploads = app.getBean(UploadDirectory.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "", "..", "../../etc/schools.csv", "dir/schools.csv"})
    void aNameThatIsNoFileNameIsABadRequestWithAMessage(String name) throws IOException {
        HttpResponse<String> response = api.upload("/api/v1/imports", "planner", name, bytes("year\n"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = Api.json(response);
        assertThat(body.get("code").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(body.get("message").asString()).containsAnyOf("no file name", "is not a file name");
        assertThat(uploads.held()).isEmpty();
    }

    @Test
    void thePageAnswersANameThatIsNoFileNameWithItsMessage() throws IOException {
        PageSession planner = PageSession.signIn(port, "planner");
        String csrf = PageSession.csrf(planner.get("/import").body());

        HttpResponse<String> response = planner.upload("/import?lang=en", csrf, "kind=schools", "/", bytes("year\n"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("is not a file name");
        assertThat(uploads.held()).isEmpty();
    }

    @Test
    void anUnexpectedErrorOfTheReaderLeavesNoUploadBehind() throws IOException {
        // A shared-string cell whose index is no number: the workbook reader fails with a NumberFormatException
        // of its own, which no import rule expects.
        byte[] workbook = workbookWithBrokenSharedString();
        PageSession planner = PageSession.signIn(port, "planner");
        String csrf = PageSession.csrf(planner.get("/import").body());

        HttpResponse<String> viaApi = api.upload("/api/v1/imports", "planner", "broken.xlsx", workbook);
        assertThat(uploads.held()).isEmpty();
        HttpResponse<String> viaPage = planner.upload("/import?lang=en", csrf, "kind=schools", "broken.xlsx", workbook);

        assertThat(viaApi.statusCode()).as(viaApi.body()).isGreaterThanOrEqualTo(400);
        assertThat(viaPage.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(uploads.held()).isEmpty();
    }

    @Test
    void refusedAndStoredUploadsLeaveNothingBehind() throws IOException {
        api.upload("/api/v1/imports", "planner", "report.pdf", bytes("%PDF-1.7"));
        api.upload("/api/v1/imports", "planner", "broken.csv", bytes("year\nlots\n"));
        api.upload("/api/v1/imports", "planner", "fake.xlsx", bytes("not a zip"));

        assertThat(uploads.held()).isEmpty();
        assertThat(uploads.path()).isDirectory();
        try (var entries = Files.list(uploads.path())) {
            assertThat(entries.map(Path::getFileName).map(Path::toString))
                    .noneMatch(n -> n.startsWith(UploadDirectory.PREFIX));
        }
    }

    private static byte[] workbookWithBrokenSharedString() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("学校");
            sheet.createRow(0).createCell(0).setCellValue("year");
            sheet.createRow(1).createCell(0).setCellValue("2025");
            workbook.write(out);
        }
        return CraftedZip.editEntry(
                out.toByteArray(),
                "xl/worksheets/sheet1.xml",
                xml -> xml.replaceAll("(<c r=\"A2\"[^>]*>)<v>1</v>", "$1<v>one</v>"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
