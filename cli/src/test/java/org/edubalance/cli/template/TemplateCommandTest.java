package org.edubalance.cli.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theTemplateItWritesIsReadByEvaluateAsAFileWithoutSchools() {
        Path template = dir.resolve("模板/schools.xlsx");

        CliRun written = CliRun.of("template", "--out", template.toString());
        assertThat(written.exitCode()).as(written.err()).isEqualTo(ExitCodes.OK);
        assertThat(template).isRegularFile();

        // The header is accepted (no IMP-001/002); the file simply holds no school yet.
        CliRun evaluate = CliRun.of("evaluate", "--data", template.toString());
        assertThat(evaluate.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(evaluate.err()).doesNotContain("IMP-0").contains("no school rows");
    }

    @Test
    void writesTheTeacherRosterTemplateAndRefusesAnUnknownKind() throws java.io.IOException {
        Path roster = dir.resolve("教师名册模板.xlsx");

        CliRun written = CliRun.of("template", "--kind", "teachers", "--lang", "zh", "--out", roster.toString());
        CliRun unknown = CliRun.of(
                "template", "--kind", "pupils", "--out", dir.resolve("x.xlsx").toString());

        assertThat(written.exitCode()).as(written.err()).isEqualTo(ExitCodes.OK);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(roster))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("教师名册");
        }
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("--kind pupils: schools or teachers");
    }
}
