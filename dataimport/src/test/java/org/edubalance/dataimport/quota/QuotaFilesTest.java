package org.edubalance.dataimport.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.table.XlsxFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admission files of docs/planning/quota.md §1: the sample files read back, and every rule on a real file. */
class QuotaFilesTest {
    private static final String HIGH_HEADER =
            "year,area_code,school_code,school_name,seats,quota_share,quota_min_score,tier\n";
    private static final String CANDIDATE_HEADER =
            "year,area_code,candidate_id,junior_school,score,tie1,tie2,tie3,quota_choice,choices\n";

    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(QuotaFilesTest.class
                    .getResource("/dataimport/quota/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SchoolYear> schools() {
        return new SchoolImporter().importFile(resource("schools.csv")).schools();
    }

    private static List<HighSchool> highSchools() {
        return new HighSchoolImporter().importFile(resource("high_schools.csv")).highSchools();
    }

    @Test
    void theSampleFilesReadExactly() {
        List<HighSchool> highs = highSchools();
        assertThat(highs)
                .containsExactly(
                        new HighSchool(
                                2026,
                                "130199",
                                "H01",
                                "第一中学",
                                3,
                                new BigDecimal("0.67"),
                                new BigDecimal("550"),
                                Tier.KEY),
                        new HighSchool(2026, "130199", "H02", "第二中学", 3, new BigDecimal("0"), null, Tier.ORDINARY));
        var imported = new CandidateImporter().importFile(resource("candidates.csv"), highs, schools());
        assertThat(imported.report().issues()).isEmpty();
        assertThat(imported.candidates()).hasSize(6);
        assertThat(imported.candidates().getFirst())
                .isEqualTo(new Candidate(
                        2026,
                        "130199",
                        "C001",
                        "1301990006",
                        new BigDecimal("700"),
                        null,
                        null,
                        null,
                        "H01",
                        List.of("H01", "H02")));
        assertThat(imported.juniorLocation(2026, "1301990006")).isEqualTo(Location.URBAN);
        assertThat(imported.juniorLocation(2026, "1301990008")).isEqualTo(Location.RURAL);
    }

    @Test
    void chineseHeadersInAWorkbookReadTheSame() throws IOException {
        Path xlsx = XlsxFixtures.write(
                dir.resolve("high_schools.xlsx"),
                "高中",
                List.of(
                        List.of("年份", "招生区域代码", "学校代码", "学校名称", "招生计划", "名额分配比例", "指标生最低控制线", "学校类别"),
                        List.of(2026, "130199", "H01", "第一中学", 3, 0.67, 550, "优质高中"),
                        List.of(2026, "130199", "H02", "第二中学", 3, 0, "", "普通高中")));
        assertThat(new HighSchoolImporter().importFile(xlsx).highSchools()).isEqualTo(highSchools());
        Path candidates = XlsxFixtures.write(
                dir.resolve("candidates.xlsx"),
                "考生",
                List.of(
                        List.of("年份", "招生区域代码", "考生号", "毕业学校代码", "总分", "同分比较1", "指标到校志愿", "统招志愿"),
                        List.of(2026, "130199", "C001", "1301990006", 700.5, 88, "H01", "H01;H02")));
        Candidate c = new CandidateImporter()
                .importFile(candidates, highSchools(), schools())
                .candidates()
                .getFirst();
        assertThat(c.score()).isEqualByComparingTo("700.5");
        assertThat(c.tie1()).isEqualByComparingTo("88");
        assertThat(c.tie2()).isNull();
        assertThat(c.choices()).containsExactly("H01", "H02");
    }

    @Test
    void duplicateHighSchool() throws IOException {
        assertHighSchoolIssue(
                "2026,130199,H01,A,3,0.5,,KEY\n2026,130199,H01,B,3,0,,KEY\n",
                3,
                "school_code",
                "H01",
                ImportIssueCode.IMP_150);
    }

    @Test
    void quotaShareOutsideZeroToOne() throws IOException {
        assertHighSchoolIssue("2026,130199,H01,A,3,50,,KEY\n", 2, "quota_share", "50", ImportIssueCode.IMP_151);
        assertHighSchoolIssue("2026,130199,H01,A,3,-0.1,,KEY\n", 2, "quota_share", "-0.1", ImportIssueCode.IMP_151);
    }

    @Test
    void admissionAreaCodeMalformed() throws IOException {
        assertHighSchoolIssue("2026,Jinan,H01,A,3,0.5,,KEY\n", 2, "area_code", "Jinan", ImportIssueCode.IMP_152);
    }

    @Test
    void highSchoolCellsFollowTheCommonRules() throws IOException {
        assertHighSchoolIssue("2026,130199,H01,A,3.5,0.5,,KEY\n", 2, "seats", "3.5", ImportIssueCode.IMP_031);
        assertHighSchoolIssue("2026,130199,H01,A,-3,0.5,,KEY\n", 2, "seats", "-3", ImportIssueCode.IMP_032);
        assertHighSchoolIssue(
                "2026,130199,H01,A,3,0.5,abc,KEY\n", 2, "quota_min_score", "abc", ImportIssueCode.IMP_030);
        assertHighSchoolIssue("2026,130199,H01,A,3,0.5,,TOP\n", 2, "tier", "TOP", ImportIssueCode.IMP_020);
        assertHighSchoolIssue("2026,130199,,A,3,0.5,,KEY\n", 2, "school_code", "", ImportIssueCode.IMP_010);
        assertHighSchoolIssue("1900,130199,H01,A,3,0.5,,KEY\n", 2, "year", "1900", ImportIssueCode.IMP_013);
    }

    @Test
    void duplicateCandidate() throws IOException {
        assertCandidateIssue(
                "2026,130199,C1,1301990006,600,,,,,H01\n2026,130199,C1,1301990007,610,,,,,H01\n",
                3,
                "candidate_id",
                "C1",
                ImportIssueCode.IMP_153);
    }

    @Test
    void quotaChoiceNotAHighSchoolWithQuotaSeats() throws IOException {
        // H02 has quota_share 0; H09 is no high school of the file.
        assertCandidateIssue(
                "2026,130199,C1,1301990006,600,,,,H02,H01\n", 2, "quota_choice", "H02", ImportIssueCode.IMP_154);
        assertCandidateIssue(
                "2026,130199,C1,1301990006,600,,,,H09,H01\n", 2, "quota_choice", "H09", ImportIssueCode.IMP_154);
    }

    @Test
    void choiceNotAHighSchoolOfTheFile() throws IOException {
        assertCandidateIssue(
                "2026,130199,C1,1301990006,600,,,,,H01;H09\n", 2, "choices", "H01;H09", ImportIssueCode.IMP_155);
        // H01 exists, but not in another area.
        assertCandidateIssue("2026,130100,C1,1301990006,600,,,,,H01\n", 2, "choices", "H01", ImportIssueCode.IMP_155);
    }

    @Test
    void highSchoolChosenTwice() throws IOException {
        assertCandidateIssue(
                "2026,130199,C1,1301990006,600,,,,,H01; H02 ;H01\n",
                2,
                "choices",
                "H01; H02 ;H01",
                ImportIssueCode.IMP_156);
    }

    @Test
    void juniorSchoolNotInTheSchoolData() throws IOException {
        assertCandidateIssue(
                "2026,130199,C1,9999999999,600,,,,,H01\n", 2, "junior_school", "9999999999", ImportIssueCode.IMP_157);
        // The school data are of 2026: an exam of 2025 finds no row of its year.
        assertCandidateIssue(
                "2025,130199,C1,1301990006,600,,,,,\n", 2, "junior_school", "1301990006", ImportIssueCode.IMP_157);
    }

    @Test
    void juniorSchoolWithoutTheJuniorSegment() throws IOException {
        // 1301990001 is a primary school in the school data.
        assertCandidateIssue(
                "2026,130199,C1,1301990001,600,,,,,H01\n", 2, "junior_school", "1301990001", ImportIssueCode.IMP_158);
    }

    @Test
    void candidateCellsFollowTheCommonRules() throws IOException {
        assertCandidateIssue("2026,130199,C1,1301990006,6OO,,,,,H01\n", 2, "score", "6OO", ImportIssueCode.IMP_030);
        assertCandidateIssue("2026,130199,C1,1301990006,,,,,,H01\n", 2, "score", "", ImportIssueCode.IMP_010);
        assertCandidateIssue("2026,130199,C1,1301990006,600,,x,,,H01\n", 2, "tie2", "x", ImportIssueCode.IMP_030);
        assertCandidateIssue("2026,1301,C1,1301990006,600,,,,,\n", 2, "area_code", "1301", ImportIssueCode.IMP_152);
    }

    @Test
    void everyErrorOfTheFileIsReportedNotJustTheFirst() throws IOException {
        Path file = write(
                "candidates.csv",
                CANDIDATE_HEADER
                        + "2026,130199,C1,1301990001,600,,,,,H01\n"
                        + "2026,130199,C2,1301990006,abc,,,,H02,H01;H01\n");
        var rejected = catchThrowableOfType(
                ImportRejectedException.class,
                () -> new CandidateImporter().importFile(file, highSchools(), schools()));
        assertThat(rejected.report().errors())
                .extracting(ImportIssue::row, ImportIssue::code)
                .containsExactly(
                        tuple(2L, ImportIssueCode.IMP_158),
                        tuple(3L, ImportIssueCode.IMP_030),
                        tuple(3L, ImportIssueCode.IMP_154),
                        tuple(3L, ImportIssueCode.IMP_156));
    }

    private void assertHighSchoolIssue(String rows, long row, String column, String value, ImportIssueCode code)
            throws IOException {
        Path file = write("high_schools.csv", HIGH_HEADER + rows);
        var rejected =
                catchThrowableOfType(ImportRejectedException.class, () -> new HighSchoolImporter().importFile(file));
        assertThat(rejected).as(rows).isNotNull();
        assertThat(rejected.report().errors())
                .extracting(
                        ImportIssue::file, ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple("high_schools.csv", row, column, value, code));
    }

    private void assertCandidateIssue(String rows, long row, String column, String value, ImportIssueCode code)
            throws IOException {
        Path file = write("candidates.csv", CANDIDATE_HEADER + rows);
        var rejected = catchThrowableOfType(
                ImportRejectedException.class,
                () -> new CandidateImporter().importFile(file, highSchools(), schools()));
        assertThat(rejected).as(rows).isNotNull();
        assertThat(rejected.report().errors())
                .extracting(
                        ImportIssue::file, ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple("candidates.csv", row, column, value, code));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
