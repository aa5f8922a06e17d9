package org.edubalance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.core.evaluation.OneLanguage.englishSentences;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.report.wording.ImportIssueWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rejected import on standard error in the command's language: English by default (the importer's own lines),
 * Chinese under {@code --lang zh}, worded from the rule codes with no English sentence.
 */
class ImportReportTextTest {
    @TempDir
    Path dir;

    @Test
    void everyImportRuleHasItsChineseNameAndSentence() {
        assertThat(Arrays.stream(ImportIssueCode.values())
                        .map(ImportIssueCode::code)
                        .filter(code -> !ImportIssueWords.hasChinese(code)))
                .isEmpty();
    }

    /** The hand-built exam round's school file with one junior-student count written as 'x' on row 2 (J1). */
    private Path badSchools() throws IOException {
        List<String> lines = Files.readAllLines(
                repositoryRoot().resolve("verifier/tests/fixtures/quota-webster/schools.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        String[] j1 = lines.get(1).split(",", -1);
        j1[header.indexOf("junior_students")] = "x";
        List<String> bad = new ArrayList<>(lines);
        bad.set(1, String.join(",", j1));
        return Files.write(dir.resolve("schools.csv"), bad, StandardCharsets.UTF_8);
    }

    @Test
    void evaluateWordsARejectedImportInChineseUnderLangZh() throws IOException {
        CliRun zh = CliRun.of("evaluate", "--data", badSchools().toString(), "--lang", "zh");
        assertThat(zh.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        // issue.IMP-030 = {0} 列的值“{1}”不是数字。 with the column as the file writes it and the value.
        assertThat(zh.err())
                .contains("schools.csv:2:junior_students 值“x” IMP-030 不是数字：junior_students 列的值“x”不是数字。")
                .contains("导入被拒绝，未导入任何数据：");
        assertThat(englishSentences(zh.err())).as(zh.err()).isEmpty();

        CliRun en = CliRun.of("evaluate", "--data", badSchools().toString());
        assertThat(en.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(en.err())
                .contains("schools.csv:2:junior_students value='x' IMP-030")
                .contains("Import rejected, nothing imported:")
                .doesNotContain("不是数字");
    }

    @Test
    void planQuotaWordsARejectedImportInChineseUnderLangZh() throws IOException {
        Path fixture = repositoryRoot().resolve("verifier/tests/fixtures/quota-webster");
        // A junior school that is not in the school data: IMP-157 on row 2.
        Path candidates = Files.writeString(
                dir.resolve("candidates.csv"),
                "year,area_code,candidate_id,junior_school,score,quota_choice,choices\n"
                        + "2026,371000,C1,J9,600,,H1\n",
                StandardCharsets.UTF_8);
        CliRun zh = CliRun.of(
                "plan",
                "quota",
                "--schools",
                fixture.resolve("schools.csv").toString(),
                "--high-schools",
                fixture.resolve("high_schools.csv").toString(),
                "--candidates",
                candidates.toString(),
                "--public-value",
                "x",
                "--lang",
                "zh");
        assertThat(zh.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(zh.err())
                .contains("candidates.csv:2:junior_school 值“J9” IMP-157 " + ImportIssueWords.rule("IMP-157") + "：")
                .contains("导入被拒绝，未导入任何数据：1 个错误，0 个警告");
        assertThat(englishSentences(zh.err())).as(zh.err()).isEmpty();
    }

    /**
     * Warnings of an import that goes on (as plan quota and plan rotation print them): listed up to the cap, then one
     * line counting the rest. Two unknown-column warnings with a cap of one: one line, then "1 more".
     */
    @Test
    void warningsAreListedInTheLanguageAndTheRestCounted() {
        var builder = ImportReport.builder(1);
        builder.add(new ImportIssue("teachers.csv", null, 1, "备注", null, ImportIssueCode.IMP_W01, "Unknown column"));
        builder.add(new ImportIssue("teachers.csv", null, 1, "note", null, ImportIssueCode.IMP_W01, "Unknown column"));
        ImportReport report = builder.build();

        var zh = new StringWriter();
        ImportReportText.print(report, Language.zh, new PrintWriter(zh, true));
        // issue.IMP-W01 = 列 {0} 不是模板中的列，已忽略。
        assertThat(zh.toString().lines())
                .containsExactly("teachers.csv:1:备注 IMP-W01 未知列已忽略：列 备注 不是模板中的列，已忽略。", "… 另有 1 条警告未列出");

        var en = new StringWriter();
        ImportReportText.print(report, Language.en, new PrintWriter(en, true));
        assertThat(en.toString()).isEqualTo(report.format());
    }

    /** The folder holding verifier/, walking up from the module's working directory. */
    private static Path repositoryRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("verifier"))) {
                return d;
            }
        }
        throw new IllegalStateException(
                "no verifier/ folder above " + Path.of("").toAbsolutePath());
    }
}
