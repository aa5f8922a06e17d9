package org.edubalance.app.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.core.evaluation.OneLanguage.englishSentences;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;

/** A rejected file's issues on the Chinese import page are worded in Chinese from their codes, not in English. */
@PlatformTest
class ImportLanguageIT {
    private final int port;

    ImportLanguageIT(@Value("${local.server.port}") int port) {
        this.port = port;
    }

    @Test
    void theChineseImportReportHasNoEnglishSentence(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("schools-2037.csv");
        new SchoolCsvWriter()
                .write(new DemoDataGenerator(1).generate(DemoScale.COUNTY, 2037).schools(), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        String[] row = lines.get(1).split(",", -1);
        row[header.indexOf("primary_students")] = "abc";
        row[header.indexOf("primary_classes")] = "-3";
        row[header.indexOf("county_code")] = "12";
        lines.set(0, lines.getFirst() + ",remark");
        lines.set(1, String.join(",", row) + ",x");
        for (int i = 2; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + ",");
        }
        byte[] content = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        PageSession planner = PageSession.signIn(port, "planner");
        String csrf = PageSession.csrf(planner.get("/import").body());

        HttpResponse<String> zh = planner.upload("/import?lang=zh", csrf, "kind=schools", "s.csv", content);

        assertThat(zh.statusCode()).isEqualTo(422);
        String issues = issuesTable(zh.body());
        assertThat(issues).contains("IMP-030", "IMP-032", "IMP-011", "不是数字");
        assertThat(englishSentences(issues)).as(issues).isEmpty();
    }

    private static String issuesTable(String page) {
        int start = page.indexOf("id=\"issues\"");
        int end = page.indexOf("</table>", start);
        return page.substring(start, end)
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replaceAll("\\s+", " ");
    }
}
