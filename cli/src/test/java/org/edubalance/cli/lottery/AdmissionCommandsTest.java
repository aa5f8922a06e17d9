package org.edubalance.cli.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lottery commit}, {@code plan admission} and {@code lottery verify} on real files: a round of the demo county
 * with three public primary schools in two zones, a private school and twelve children.
 */
class AdmissionCommandsTest {
    private static final String PUBLIC_VALUE = "上证指数 2026-07-01 收盘 3456.78";

    @TempDir
    static Path dir;

    private static Path schools;
    private static Path seats;
    private static Path zones;
    private static Path applicants;

    @BeforeAll
    static void files() throws IOException {
        List<SchoolYear> all =
                new DemoDataGenerator(6).generate(DemoScale.COUNTY, 2025).schools();
        schools = dir.resolve("schools.csv");
        new SchoolCsvWriter().write(all, schools);
        String county = all.stream()
                .filter(s -> s.ownership() == Ownership.PRIVATE && s.type().allows(Segment.PRIMARY))
                .findFirst()
                .orElseThrow()
                .county()
                .code()
                .value();
        List<String> primary = all.stream()
                .filter(s -> s.county().code().value().equals(county)
                        && s.ownership() == Ownership.PUBLIC
                        && s.type() == SchoolType.PRIMARY)
                .map(s -> s.code().value())
                .toList();
        String priv = all.stream()
                .filter(s -> s.ownership() == Ownership.PRIVATE && s.type().allows(Segment.PRIMARY))
                .findFirst()
                .orElseThrow()
                .code()
                .value();
        seats = Files.writeString(
                dir.resolve("seats.csv"),
                "year,county_code,school_code,entry_grade,seats\n"
                        + "2025," + county + "," + primary.get(0) + ",G1,3\n"
                        + "2025," + county + "," + primary.get(1) + ",G1,2\n"
                        + "2025," + county + "," + primary.get(2) + ",G1,3\n"
                        + "2025," + county + "," + priv + ",G1,2\n");
        zones = Files.writeString(
                dir.resolve("zones.csv"),
                "year,county_code,entry_grade,zone_id,school_code\n"
                        + "2025," + county + ",G1,Z1," + primary.get(0) + "\n"
                        + "2025," + county + ",G1,Z1," + primary.get(1) + "\n"
                        + "2025," + county + ",G1,Z2," + primary.get(2) + "\n");
        var rows = new StringBuilder("year,county_code,entry_grade,applicant_id,hukou_zone,home_zone,home_owned,"
                + "residence_permit,migrant,special_priority,choices,latitude,longitude\n");
        for (int i = 1; i <= 12; i++) {
            String zone = i % 3 == 0 ? "Z2" : "Z1";
            String choices = i % 4 == 0 ? priv : i % 5 == 0 ? primary.get(1) : "";
            rows.append("2025,")
                    .append(county)
                    .append(",G1,A")
                    .append(String.format("%02d", i))
                    .append(',')
                    .append(zone)
                    .append(',')
                    .append(zone)
                    .append(',')
                    .append(i % 2 == 0)
                    .append(",true,")
                    .append(i % 6 == 0)
                    .append(",,")
                    .append(choices)
                    .append(",36.")
                    .append(i)
                    .append(",117.")
                    .append(i)
                    .append('\n');
        }
        applicants = Files.writeString(dir.resolve("applicants.csv"), rows.toString());
    }

    private static String[] withInputs(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--schools", schools.toString(),
                "--seats", seats.toString(),
                "--zones", zones.toString(),
                "--applicants", applicants.toString()));
        return all.toArray(String[]::new);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void commit_prints_the_hash_of_each_input_in_order_and_the_commit_of_them() throws Exception {
        CliRun run = CliRun.of(withInputs("lottery", "commit", "--kind", "admission"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] policy = Files.readAllBytes(
                Path.of("../dataimport/src/main/resources/org/edubalance/dataimport/policy/admission/national.yaml"));
        String text = "edubalance-lottery-v1\n"
                + "schools=" + sha256(Files.readAllBytes(schools)) + "\n"
                + "seats=" + sha256(Files.readAllBytes(seats)) + "\n"
                + "zones=" + sha256(Files.readAllBytes(zones)) + "\n"
                + "applicants=" + sha256(Files.readAllBytes(applicants)) + "\n"
                + "policy=" + sha256(policy) + "\n";
        assertThat(run.out())
                .isEqualTo(text.substring("edubalance-lottery-v1\n".length()) + "commit="
                        + sha256(text.getBytes(StandardCharsets.UTF_8)) + "\n");
    }

    @Test
    void a_planned_result_verifies_and_a_changed_placement_is_named() throws IOException {
        Path result = dir.resolve("result.json");
        CliRun plan =
                CliRun.of(withInputs("plan", "admission", "--public-value", PUBLIC_VALUE, "--out", result.toString()));
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("Applicants 12:").contains("the independent checker confirms");
        String json = Files.readString(result);
        assertThat(json).startsWith("{\"kind\":\"admission\",\"year\":2025,");

        CliRun verified = CliRun.of(withInputs("lottery", "verify", "--result", result.toString()));
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("12 lottery numbers");

        // A01 moved to another school of the round: verify names the child and the field.
        String a01 = json.substring(json.indexOf("{\"applicantId\":\"A01\""));
        a01 = a01.substring(0, a01.indexOf('}') + 1);
        String school = a01.replaceAll(".*\"school\":(null|\"[^\"]*\").*", "$1");
        String other = json.replaceAll("(?s).*\"schools\":\\[\\{\"code\":\"([^\"]*)\".*", "$1");
        if (("\"" + other + "\"").equals(school)) {
            other = json.replaceAll(
                    "(?s).*\"schools\":\\[\\{[^}]*\\},(?:\\{[^}]*\\}\\},)?\\{\"code\":\"([^\"]*)\".*", "$1");
        }
        String tampered = json.replace(a01, a01.replace("\"school\":" + school, "\"school\":\"" + other + "\""));
        assertThat(tampered).isNotEqualTo(json);
        Path changed = Files.writeString(dir.resolve("changed.json"), tampered);
        CliRun refused = CliRun.of(withInputs("lottery", "verify", "--result", changed.toString()));
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err())
                .contains("A01: school " + other + " in the result, " + school.replace("\"", "") + " recomputed");
    }

    @Test
    void a_changed_input_file_does_not_reproduce_the_commit() throws IOException {
        Path result = dir.resolve("before.json");
        assertThat(CliRun.of(withInputs("plan", "admission", "--public-value", "v", "--out", result.toString()))
                        .exitCode())
                .isZero();
        Path copy = Files.writeString(dir.resolve("applicants2.csv"), Files.readString(applicants) + "\n");
        CliRun run = CliRun.of(
                "lottery",
                "verify",
                "--result",
                result.toString(),
                "--schools",
                schools.toString(),
                "--seats",
                seats.toString(),
                "--zones",
                zones.toString(),
                "--applicants",
                copy.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("lottery.inputs.applicants");
    }

    @Test
    void an_empty_public_value_is_refused_with_exit_2_and_nothing_written() {
        Path result = dir.resolve("empty.json");
        CliRun run = CliRun.of(withInputs("plan", "admission", "--public-value", "", "--out", result.toString()));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--public-value is empty");
        assertThat(result).doesNotExist();
    }

    @Test
    void a_bad_file_is_a_located_error_exit_2_and_nothing_written() throws IOException {
        Path bad = Files.writeString(
                dir.resolve("bad-applicants.csv"), Files.readString(applicants).replace(",Z2,Z2,", ",Z9,Z2,"));
        Path result = dir.resolve("bad.json");
        CliRun run = CliRun.of(
                "plan",
                "admission",
                "--public-value",
                "v",
                "--out",
                result.toString(),
                "--schools",
                schools.toString(),
                "--seats",
                seats.toString(),
                "--zones",
                zones.toString(),
                "--applicants",
                bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("bad-applicants.csv:4:hukou_zone value='Z9' IMP-106");
        assertThat(result).doesNotExist();
    }

    @Test
    void the_workbook_has_the_three_sheets_in_chinese_and_the_text_is_chinese_with_lang_zh() throws IOException {
        Path book = dir.resolve("result.xlsx");
        CliRun run = CliRun.of(withInputs(
                "plan", "admission", "--public-value", PUBLIC_VALUE, "--out", book.toString(), "--lang", "zh"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("报名 12 人");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(book))) {
            List<String> names = java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetName)
                    .collect(Collectors.toList());
            assertThat(names).containsExactly("录取名单", "学校汇总", "抽签公示");
            var sheet = workbook.getSheet("录取名单");
            String headers = java.util.stream.StreamSupport.stream(
                            sheet.getRow(1).spliterator(), false)
                    .map(c -> c.getStringCellValue())
                    .collect(Collectors.joining(","));
            assertThat(headers).isEqualTo("报名号,录取学校,志愿序位,在该校的类别,摇号号码");
        }
    }

    @Test
    void a_quota_commit_without_its_files_names_the_missing_option() {
        CliRun run = CliRun.of("lottery", "commit", "--kind", "quota", "--schools", schools.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--high-schools is required");
    }
}
