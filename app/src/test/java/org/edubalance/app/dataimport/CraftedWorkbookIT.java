package org.edubalance.app.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.dataimport.CraftedZip.Entry;
import org.edubalance.app.dataimport.CraftedZip.Placed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Workbooks forged byte by byte to hide a zip bomb from a check that reads the archive front to back, while the
 * workbook reader, which goes by the central directory at the end, would unpack it. Each must be refused, naming the
 * file and the part.
 */
@PlatformTest
class CraftedWorkbookIT {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    /** 32 MB of zeros: packed to about 32 KB, far over the hundredfold a worksheet packs. */
    private static final Entry BOMB = Entry.bomb(SHEET, 32);

    private static List<Entry> parts;

    private final Api api;

    CraftedWorkbookIT(@Value("${local.server.port}") int port) {
        this.api = new Api(port);
    }

    /** The parts of a real one-sheet workbook, without its sheet (each test puts a sheet in its own way). */
    @BeforeAll
    static void workbookParts() throws IOException {
        var written = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            workbook.createSheet("学校").createRow(0).createCell(0).setCellValue("year");
            workbook.write(written);
        }
        parts = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().equals(SHEET)) {
                    parts.add(Entry.deflated(entry.getName(), zip.readAllBytes()));
                }
            }
        }
    }

    @Test
    void anHonestArchiveWrittenThisWayIsNotRefused() {
        var zip = new CraftedZip();
        List<Placed> placed = placeParts(zip);
        placed.add(zip.local(Entry.deflated(SHEET, sheet())));
        zip.centralDirectory(placed);

        HttpResponse<String> response = api.upload("/api/v1/imports", "planner", "honest.xlsx", zip.bytes());

        // A readable workbook without the school columns: reported, not refused as an archive.
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("IMPORT_REJECTED");
    }

    @Test
    void refusesABombWhoseLocalHeaderClaimsAFewStoredBytes() {
        var zip = new CraftedZip();
        List<Placed> placed = placeParts(zip);
        // The local header says: 16 bytes, stored, with their CRC; the central directory says: deflated, 32 MB.
        byte[] head = CraftedZip.head(BOMB.data(), 16);
        placed.add(zip.local(BOMB, CraftedZip.LOCAL_HEADER, CraftedZip.STORED, CraftedZip.crc(head), 16, 16));
        zip.centralDirectory(placed);

        assertRefusedAsBomb("lying-header.xlsx", zip.bytes());
    }

    @Test
    void refusesABombBehindJunkThatOnlyTheCentralDirectoryReaches() {
        var zip = new CraftedZip();
        List<Placed> placed = placeParts(zip);
        zip.junk("no record here".getBytes(StandardCharsets.US_ASCII));
        placed.add(zip.local(BOMB));
        zip.centralDirectory(placed);

        assertRefusedAsBomb("junk-between.xlsx", zip.bytes());
    }

    @Test
    void refusesABombBehindAForgedLocalHeaderSignature() {
        var zip = new CraftedZip();
        List<Placed> placed = placeParts(zip);
        placed.add(zip.local(
                BOMB, CraftedZip.NOT_A_LOCAL_HEADER, BOMB.method(), BOMB.crc(), BOMB.data().length, BOMB.size()));
        zip.centralDirectory(placed);

        assertRefusedAsBomb("forged-signature.xlsx", zip.bytes());
    }

    @Test
    void refusesABombListedOnlyByASecondCentralDirectory() {
        var zip = new CraftedZip();
        List<Placed> honest = placeParts(zip);
        honest.add(zip.local(Entry.deflated(SHEET, sheet())));
        // A complete small workbook first; then the bomb and a second directory that the reader, reading from the
        // end, takes instead.
        zip.centralDirectory(honest);
        List<Placed> second = new ArrayList<>(honest.subList(0, honest.size() - 1));
        second.add(zip.local(BOMB));
        zip.centralDirectory(second);

        assertRefusedAsBomb("two-directories.xlsx", zip.bytes());
    }

    private void assertRefusedAsBomb(String fileName, byte[] content) {
        HttpResponse<String> response = api.upload("/api/v1/imports", "planner", fileName, content);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        JsonNode body = Api.json(response);
        assertThat(body.get("code").asString()).isEqualTo("UNSUPPORTED_FILE");
        assertThat(body.get("message").asString())
                .startsWith("'" + fileName + "' unpacks to far more than a workbook holds")
                .contains("part '" + SHEET + "'")
                .contains("zip bomb");
    }

    private static List<Placed> placeParts(CraftedZip zip) {
        List<Placed> placed = new ArrayList<>();
        parts.forEach(part -> placed.add(zip.local(part)));
        return placed;
    }

    private static byte[] sheet() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                        + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"inlineStr\"><is><t>year</t></is></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
