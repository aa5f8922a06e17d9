package org.edubalance.dataimport.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.policy.AdmissionPolicyReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of the three admission files, each broken once in a real file and reported at its file, row, column,
 * value and code. The files are written against the demo county's school data: four public primary schools, a
 * private primary school and a junior-only school.
 */
class AdmissionImporterTest {
    private static final List<SchoolYear> SCHOOLS =
            new DemoDataGenerator(6).generate(DemoScale.COUNTY, 2025).schools();
    private static final AdmissionPolicy NATIONAL =
            AdmissionPolicyReader.load("national").policy();

    @TempDir
    Path dir;

    private String county;
    private String p1;
    private String p2;
    private String p3;
    private String p4;
    private String priv;
    private String junior;

    @BeforeEach
    void pickSchools() {
        county = SCHOOLS.stream()
                .filter(s -> s.ownership() == Ownership.PRIVATE && s.type().allows(Segment.PRIMARY))
                .findFirst()
                .orElseThrow()
                .county()
                .code()
                .value();
        List<SchoolYear> mine = SCHOOLS.stream()
                .filter(s -> s.county().code().value().equals(county))
                .toList();
        List<String> publicPrimary = mine.stream()
                .filter(s -> s.ownership() == Ownership.PUBLIC && s.type() == SchoolType.PRIMARY)
                .map(s -> s.code().value())
                .toList();
        p1 = publicPrimary.get(0);
        p2 = publicPrimary.get(1);
        p3 = publicPrimary.get(2);
        p4 = publicPrimary.get(3);
        priv = mine.stream()
                .filter(s -> s.ownership() == Ownership.PRIVATE && s.type().allows(Segment.PRIMARY))
                .findFirst()
                .orElseThrow()
                .code()
                .value();
        junior = mine.stream()
                .filter(s -> s.type() == SchoolType.JUNIOR)
                .findFirst()
                .orElseThrow()
                .code()
                .value();
    }

    private String seats() {
        return "year,county_code,school_code,entry_grade,seats\n"
                + "2025," + county + "," + p1 + ",G1,2\n"
                + "2025," + county + "," + p2 + ",G1,1\n"
                + "2025," + county + "," + p3 + ",G1,1\n"
                + "2025," + county + "," + priv + ",G1,1\n"
                + "2025," + county + "," + p4 + ",G1,0\n";
    }

    private String zones() {
        return "year,county_code,entry_grade,zone_id,school_code\n"
                + "2025," + county + ",G1,Z1," + p1 + "\n"
                + "2025," + county + ",G1,Z1," + p2 + "\n"
                + "2025," + county + ",G1,Z2," + p3 + "\n";
    }

    private String applicants() {
        return "year,county_code,entry_grade,applicant_id,hukou_zone,home_zone,home_owned,residence_permit,migrant,"
                + "special_priority,choices,latitude,longitude\n"
                + "2025," + county + ",G1,A1,Z1,Z1,true,false,false,,\"" + priv + ";" + p2 + "\",36.1,117.2\n"
                + "2025," + county + ",G1,A2,Z2,,否,是,是,MILITARY,,,\n"
                + "2025," + county + ",G1,A3,,Z1,false,true,false,,,,\n";
    }

    private AdmissionFiles importFiles(String seats, String zones, String applicants) throws IOException {
        Path s = Files.writeString(dir.resolve("seats.csv"), seats, StandardCharsets.UTF_8);
        Path z = Files.writeString(dir.resolve("zones.csv"), zones, StandardCharsets.UTF_8);
        Path a = Files.writeString(dir.resolve("applicants.csv"), applicants, StandardCharsets.UTF_8);
        return new AdmissionImporter().importFiles(s, z, a, SCHOOLS, NATIONAL);
    }

    private List<ImportIssue> errors(String seats, String zones, String applicants) {
        ImportRejectedException rejected =
                catchThrowableOfType(ImportRejectedException.class, () -> importFiles(seats, zones, applicants));
        assertThat(rejected).as("the import is rejected").isNotNull();
        return rejected.report().errors();
    }

    @Test
    void good_files_read_into_the_round_in_file_order() throws IOException {
        AdmissionFiles files = importFiles(seats(), zones(), applicants());
        AdmissionRound round = files.round(2025, new RegionCode(county), EntryGrade.G1, NATIONAL);

        assertThat(files.report().issues()).isEmpty();
        assertThat(round.schools()).hasSize(5);
        assertThat(round.schools().stream()
                        .filter(s -> s.privateSchool())
                        .map(s -> s.code().value()))
                .containsExactly(priv);
        assertThat(round.zones())
                .extracting(z -> z.id() + ":" + z.schools().size())
                .containsExactly("Z1:2", "Z2:1");
        assertThat(round.applicants()).extracting(a -> a.id()).containsExactly("A1", "A2", "A3");
        var a2 = round.applicants().get(1);
        assertThat(List.of(a2.homeOwned(), a2.residencePermit(), a2.migrant())).containsExactly(false, true, true);
        assertThat(a2.homeZone()).isNull();
        assertThat(round.applicants().getFirst().choices())
                .extracting(c -> c.value())
                .containsExactly(priv, p2);
        assertThat(round.applicants().getFirst().home()).isNotNull();
    }

    @Test
    void chinese_headers_are_read_and_an_unknown_column_is_a_warning() throws IOException {
        String chinese = "学年,县级行政区划代码,学校标识码,起始年级,招生计划数,备注\n"
                + seats().lines().skip(1).map(l -> l + ",x").reduce("", (x, y) -> x + y + "\n");
        AdmissionFiles files = importFiles(chinese, zones(), applicants());
        assertThat(files.report().warnings())
                .extracting(ImportIssue::file, ImportIssue::column, ImportIssue::code)
                .containsExactly(tuple("seats.csv", "备注", ImportIssueCode.IMP_W01));
    }

    @Test
    void cell_rules_are_located_in_each_file() {
        String seats = seats().replace(p2 + ",G1,1", p2 + ",G2,1").replace(p3 + ",G1,1", p3 + ",G1,-1");
        String applicants = applicants().replace("A3,,Z1,false", "A3,,Z1,maybe").replace(",36.1,117.2", ",36.1,");
        assertThat(errors(seats, zones(), applicants))
                .extracting(
                        ImportIssue::file, ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactlyInAnyOrder(
                        tuple("seats.csv", 3L, "entry_grade", "G2", ImportIssueCode.IMP_020),
                        tuple("seats.csv", 4L, "seats", "-1", ImportIssueCode.IMP_032),
                        tuple("applicants.csv", 2L, "longitude", "", ImportIssueCode.IMP_043),
                        tuple("applicants.csv", 4L, "home_owned", "maybe", ImportIssueCode.IMP_020));
    }

    @Test
    void a_school_must_be_in_the_school_data_of_the_year_and_county() {
        String seats = seats().replace("2025," + county + "," + p2, "2025," + county + ",9999999999");
        String zones = zones().replace("2025," + county + ",G1,Z2", "2025,110101,G1,Z2");
        assertThat(errors(seats, zones, applicants()))
                .extracting(ImportIssue::file, ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .contains(
                        tuple("seats.csv", 3L, "school_code", ImportIssueCode.IMP_060),
                        tuple("zones.csv", 4L, "county_code", ImportIssueCode.IMP_060));
    }

    @Test
    void a_school_needs_the_segment_of_the_grade() {
        String seats = seats() + "2025," + county + "," + junior + ",G1,3\n";
        assertThat(errors(seats, zones() + "2025," + county + ",G1,Z3," + junior + "\n", applicants()))
                .extracting(
                        ImportIssue::file, ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple("seats.csv", 7L, "entry_grade", "G1", ImportIssueCode.IMP_100));
    }

    @Test
    void a_school_has_one_seats_row_per_grade() {
        assertThat(errors(seats() + "2025," + county + "," + p1 + ",G1,5\n", zones(), applicants()))
                .extracting(ImportIssue::file, ImportIssue::row, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple("seats.csv", 7L, p1, ImportIssueCode.IMP_101));
    }

    @Test
    void a_private_school_is_in_no_zone() {
        assertThat(errors(seats(), zones() + "2025," + county + ",G1,Z2," + priv + "\n", applicants()))
                .extracting(ImportIssue::file, ImportIssue::row, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple("zones.csv", 5L, priv, ImportIssueCode.IMP_102));
    }

    @Test
    void a_school_is_in_exactly_one_zone() {
        assertThat(errors(seats(), zones() + "2025," + county + ",G1,Z2," + p1 + "\n", applicants()))
                .extracting(ImportIssue::file, ImportIssue::row, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple("zones.csv", 5L, p1, ImportIssueCode.IMP_103));
        // p4 has 0 seats: it may stay outside every zone; p3 has seats and may not.
        String zones = zones().replace("2025," + county + ",G1,Z2," + p3 + "\n", "");
        String applicants = applicants().replace("A2,Z2,", "A2,Z1,");
        assertThat(errors(seats(), zones, applicants))
                .extracting(ImportIssue::file, ImportIssue::row, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple("seats.csv", 4L, p3, ImportIssueCode.IMP_104));
    }

    @Test
    void an_applicant_id_is_unique_per_year_and_grade() {
        String applicants = applicants() + "2025," + county + ",G1,A2,Z1,Z1,true,false,false,,,,\n";
        assertThat(errors(seats(), zones(), applicants))
                .extracting(ImportIssue::file, ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly(tuple("applicants.csv", 5L, "applicant_id", ImportIssueCode.IMP_105));
    }

    @Test
    void the_zones_an_applicant_names_exist_for_the_grade() {
        String applicants = applicants().replace("A3,,Z1,", "A3,Z9,Z1,");
        assertThat(errors(seats(), zones(), applicants))
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple(4L, "hukou_zone", "Z9", ImportIssueCode.IMP_106));
    }

    @Test
    void a_choice_is_a_school_of_the_county_with_seats_for_the_grade() {
        String applicants = applicants().replace("A2,Z2,,否,是,是,MILITARY,,", "A2,Z2,,否,是,是,MILITARY," + p4 + ",");
        assertThat(errors(seats(), zones(), applicants))
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple(3L, "choices", p4, ImportIssueCode.IMP_107));
        String empty = applicants().replace(priv + ";" + p2, priv + ";;" + p2);
        assertThat(errors(seats(), zones(), empty))
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly(tuple(2L, "choices", ImportIssueCode.IMP_107));
    }

    @Test
    void a_chosen_public_school_is_in_the_hukou_or_the_home_zone() {
        String applicants = applicants().replace(priv + ";" + p2, priv + ";" + p3);
        assertThat(errors(seats(), zones(), applicants))
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple(2L, "choices", p3, ImportIssueCode.IMP_108));
    }

    @Test
    void a_school_is_chosen_once() {
        String applicants = applicants().replace(priv + ";" + p2, p2 + ";" + p2);
        assertThat(errors(seats(), zones(), applicants))
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple(2L, "choices", p2, ImportIssueCode.IMP_109));
    }

    @Test
    void private_choices_are_at_most_the_policy_s_number() {
        var none = new AdmissionPolicy(
                "none", NATIONAL.classes(), NATIONAL.specialPriorities(), true, 0, NATIONAL.tieBreak());
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> {
            Path s = Files.writeString(dir.resolve("seats.csv"), seats());
            Path z = Files.writeString(dir.resolve("zones.csv"), zones());
            Path a = Files.writeString(dir.resolve("applicants.csv"), applicants());
            new AdmissionImporter().importFiles(s, z, a, SCHOOLS, none);
        });
        assertThat(rejected.report().errors())
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple(2L, "choices", priv, ImportIssueCode.IMP_110));
    }

    @Test
    void a_special_priority_is_one_of_the_policy() {
        String applicants = applicants().replace("MILITARY", "DIPLOMAT");
        assertThat(errors(seats(), zones(), applicants))
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(tuple(3L, "special_priority", "DIPLOMAT", ImportIssueCode.IMP_111));
    }

    @Test
    void a_missing_column_is_named() {
        String seats = seats().replace(
                        "year,county_code,school_code,entry_grade,seats",
                        "year,county_code,school_code,entry_grade,plan");
        assertThat(errors(seats, zones(), applicants()))
                .extracting(ImportIssue::file, ImportIssue::column, ImportIssue::code)
                .containsExactly(tuple("seats.csv", "seats", ImportIssueCode.IMP_001));
    }
}
