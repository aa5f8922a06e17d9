package org.edubalance.app.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.dataset.DatasetImports;
import org.edubalance.core.demo.TeacherRosterGenerator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherRosters;
import org.edubalance.dataimport.staff.TeacherCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Teacher rosters on the import page (docs/data-formats.md §4): checked against the school data held, refused whole with
 * a report naming row, column, value and rule, stored whole otherwise. Uses 2024, the demo year without a roster.
 */
@PlatformTest
class RosterImportIT {
    private static final int YEAR = 2024;

    private final int port;
    private final ApplicationContext app;

    RosterImportIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.app = app;
    }

    @Test
    void aRosterWithErrorsIsRefusedWithItsReportAndNothingIsStored(@TempDir Path dir) throws IOException {
        RegionCode county = lastCounty();
        List<String> lines = Files.readAllLines(roster(dir, county), StandardCharsets.UTF_8);
        String header = lines.getFirst();
        int subject = List.of(header.split(",")).indexOf("subject");
        int school = List.of(header.split(",")).indexOf("school_code");
        String[] second = lines.get(1).split(",", -1);
        second[subject] = "PAINTING";
        lines.set(1, String.join(",", second));
        String[] third = lines.get(2).split(",", -1);
        third[school] = "NO-SUCH-SCHOOL";
        lines.set(2, String.join(",", third));
        lines.add(lines.get(3));
        byte[] broken = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        int imports = app.getBean(DatasetImports.class).all().size();
        PageSession planner = PageSession.signIn(port, "planner");

        HttpResponse<String> refused = planner.upload(
                "/import?lang=en",
                PageSession.csrf(planner.get("/import").body()),
                "kind=teachers",
                "teachers.csv",
                broken);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"issues\"", "PAINTING", "NO-SUCH-SCHOOL")
                .contains("IMP-020", "IMP-060", "IMP-052")
                .contains("Nothing was stored.");
        assertThat(app.getBean(TeacherRosters.class).count(county, YEAR)).isZero();
        assertThat(app.getBean(DatasetImports.class).all()).hasSize(imports);
    }

    @Test
    void aValidRosterIsStoredWholeAndOffersItsCountyToTheRotationPage(@TempDir Path dir) throws IOException {
        RegionCode county = firstCounty();
        Path file = roster(dir, county);
        PageSession planner = PageSession.signIn(port, "planner");

        HttpResponse<String> stored = planner.upload(
                "/import?lang=en",
                PageSession.csrf(planner.get("/import").body()),
                "kind=teachers",
                "teachers.csv",
                Files.readAllBytes(file));

        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(stored.body()).contains("id=\"import-stored\"");
        int expected = Files.readAllLines(file).size() - 1;
        assertThat(app.getBean(TeacherRosters.class).count(county, YEAR)).isEqualTo(expected);
        assertThat(planner.get("/rotation/" + county.value() + "?year=" + YEAR + "&lang=en")
                        .body())
                .contains(String.format(java.util.Locale.ENGLISH, "%,d teachers in the roster", expected));
    }

    private RegionCode firstCounty() {
        return app.getBean(Regions.class).counties().getFirst().code();
    }

    private RegionCode lastCounty() {
        return app.getBean(Regions.class).counties().getLast().code();
    }

    /** The generated roster of {@code county}'s schools in {@link #YEAR}, as a CSV file. */
    private Path roster(Path dir, RegionCode county) throws IOException {
        List<SchoolYear> schools = app.getBean(SchoolYears.class).ofYear(YEAR, county);
        List<Teacher> teachers = new TeacherRosterGenerator(7).roster(schools);
        Path file = dir.resolve("teachers.csv");
        new TeacherCsvWriter().write(teachers, file);
        return file;
    }
}
