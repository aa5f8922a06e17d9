package org.edubalance.dataimport.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.demo.TeacherRosterGenerator;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.staff.Degree;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.Teacher;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.table.CsvTableReader;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.edubalance.dataimport.table.TableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeacherImporterTest {
    private static final List<SchoolYear> SCHOOLS =
            new DemoDataGenerator(5).generate(DemoScale.COUNTY, 2025).schools();
    private static final List<Teacher> ROSTER = new TeacherRosterGenerator(5).roster(SCHOOLS);

    @TempDir
    Path dir;

    private Path written;
    private List<List<String>> rows;

    @BeforeEach
    void writeTheDemoRoster() throws IOException {
        written = dir.resolve("teachers.csv");
        new TeacherCsvWriter().write(ROSTER, written);
        rows = new ArrayList<>();
        try (var reader = CsvTableReader.open(written)) {
            for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
                rows.add(new ArrayList<>(row.cells()));
            }
        }
    }

    @Test
    void theDemoRosterReadsBackToEqualTeachersWithoutAnyIssue() {
        TeacherImport imported = new TeacherImporter().importFile(written, SCHOOLS);

        assertThat(imported.teachers()).isEqualTo(ROSTER);
        assertThat(imported.report().issues()).isEmpty();
    }

    @Test
    void rejectsTheWholeFileNamingEachBadCellByRowColumnAndRule() throws IOException {
        set(2, TeacherColumn.SUBJECT, "钢琴");
        set(4, TeacherColumn.TEACHER_ID, rows.get(2).get(TeacherColumn.TEACHER_ID.ordinal()));
        set(5, TeacherColumn.SCHOOL_CODE, "9999999999");
        set(6, TeacherColumn.COUNTY_CODE, "110101");
        set(7, TeacherColumn.BIRTH_YEAR, "1890");
        set(8, TeacherColumn.HOME_LATITUDE, "36.5");
        set(8, TeacherColumn.HOME_LONGITUDE, "");
        set(9, TeacherColumn.YEARS_AT_SCHOOL, "3.5");

        ImportRejectedException rejected = catchThrowableOfType(
                ImportRejectedException.class, () -> new TeacherImporter().importFile(rewrite(), SCHOOLS));

        assertThat(rejected.report().errors())
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly(
                        tuple(3L, "subject", ImportIssueCode.IMP_020),
                        tuple(3L, "teacher_id", ImportIssueCode.IMP_052),
                        tuple(5L, "teacher_id", ImportIssueCode.IMP_052),
                        tuple(6L, "school_code", ImportIssueCode.IMP_060),
                        tuple(7L, "county_code", ImportIssueCode.IMP_060),
                        tuple(8L, "birth_year", ImportIssueCode.IMP_013),
                        tuple(9L, "home_longitude", ImportIssueCode.IMP_043),
                        tuple(10L, "years_at_school", ImportIssueCode.IMP_031));
        assertThat(rejected.report().errors().getFirst().message())
                .contains("Maybe one of:")
                .contains("MUSIC 音乐");
    }

    @Test
    void warnsForEachSchoolSegmentWhoseRosterCountsDifferFromTheSchoolFile() throws IOException {
        String school = rows.get(1).get(TeacherColumn.SCHOOL_CODE.ordinal());
        rows.remove(1);

        TeacherImport imported = new TeacherImporter().importFile(rewrite(), SCHOOLS);

        assertThat(imported.report().errors()).isEmpty();
        assertThat(imported.report().warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ImportIssueCode.IMP_W08);
            assertThat(w.value()).isEqualTo(school);
            assertThat(w.message()).contains("the roster counts").contains("the school file reports");
        });
    }

    @Test
    void readsChineseHeadersAndChineseValues() throws IOException {
        Teacher first = ROSTER.getFirst();
        Path chinese = dir.resolve("教师.csv");
        try (var writer = CsvTableWriter.create(chinese)) {
            writer.writeRow(List.of(
                    "学年",
                    "县级行政区划代码",
                    "学校标识码",
                    "教师编号",
                    "任教学段",
                    "主要任教学科",
                    "最高学历",
                    "专业技术职务",
                    "骨干教师级别",
                    "在本校连续任教年限",
                    "出生年份",
                    "性别",
                    "是否校长"));
            writer.writeRow(List.of(
                    "2025",
                    first.county().value(),
                    first.school().value(),
                    "甲001",
                    first.segment().chineseName(),
                    "数学",
                    "大专",
                    "一级",
                    "县级",
                    "7",
                    "1980",
                    "女",
                    "否"));
        }

        Teacher read =
                new TeacherImporter().importFile(chinese, SCHOOLS).teachers().getFirst();

        assertThat(read.subject()).isEqualTo(Subject.MATH);
        assertThat(read.degree()).isEqualTo(Degree.ASSOCIATE);
        assertThat(read.yearsAtSchool()).isEqualTo(7);
        assertThat(read.principal()).isFalse();
        assertThat(read.isExempt()).isFalse();
    }

    private void set(int row, TeacherColumn column, String value) {
        rows.get(row).set(column.ordinal(), value);
    }

    private Path rewrite() throws IOException {
        Path file = dir.resolve("edited.csv");
        try (var writer = CsvTableWriter.create(file)) {
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }
        return file;
    }
}
