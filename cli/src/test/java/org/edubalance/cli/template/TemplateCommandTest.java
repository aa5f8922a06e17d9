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
}
