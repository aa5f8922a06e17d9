package org.edubalance.app.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.demo.TeacherRosterGenerator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherRosters;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.edubalance.dataimport.staff.TeacherCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replacing a year's school data keeps the teacher rosters of the schools still held; the rosters of schools the new
 * file no longer holds are named before anything changes (the API's 409, the page's confirmation), in the response,
 * and in the audit log with their teacher ids. Replacing a county's roster is audited as such. Years 2041 and 2042
 * are this class's own.
 */
@PlatformTest
class RosterReplacementIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final int port;
    private final ApplicationContext app;

    @TempDir
    Path dir;

    RosterReplacementIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.api = new Api(port);
        this.port = port;
        this.app = app;
    }

    @Test
    void replacingSchoolsKeepsTheRostersOfSchoolsStillHeldAndNamesTheOthers() throws IOException {
        int year = 2041;
        List<SchoolYear> schools = schools(year);
        RegionCode county = schools.getFirst().county().code();
        assertThat(api.upload("/api/v1/imports", "planner", "schools.csv", schoolFile(schools))
                        .statusCode())
                .isEqualTo(201);
        List<Teacher> roster = importRoster(county, year, false);
        SchoolCode leaving = roster.getFirst().school();
        long leavingTeachers =
                roster.stream().filter(t -> t.school().equals(leaving)).count();
        List<SchoolYear> remaining =
                schools.stream().filter(s -> !s.code().equals(leaving)).toList();

        HttpResponse<String> refused = api.upload("/api/v1/imports", "planner", "schools.csv", schoolFile(remaining));
        int afterRefusal = rosters().count(county, year);
        HttpResponse<String> replaced =
                api.upload("/api/v1/imports?replace=true", "planner", "schools.csv", schoolFile(remaining));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Api.json(refused).get("message").asString())
                .contains("remove the teacher rosters of 1 school(s)")
                .contains(leaving.value() + " (" + year + ", " + leavingTeachers + " teachers)");
        assertThat(afterRefusal).as("nothing changed on a refusal").isEqualTo(roster.size());

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(201);
        JsonNode removed = Api.json(replaced).get("removedRosters");
        assertThat(removed).hasSize(1);
        assertThat(removed.get(0).get("schoolCode").asString()).isEqualTo(leaving.value());
        assertThat(removed.get(0).get("teachers").asLong()).isEqualTo(leavingTeachers);
        assertThat(rosters().of(county, year))
                .as("every other school keeps its roster, teacher by teacher")
                .extracting(t -> t.id().value() + "@" + t.school().value())
                .containsExactlyInAnyOrderElementsOf(roster.stream()
                        .filter(t -> !t.school().equals(leaving))
                        .map(t -> t.id().value() + "@" + t.school().value())
                        .toList());

        String audit = api.get(
                        "/api/v1/audit?entity=import&key="
                                + Api.json(replaced).get("id").asLong(),
                        "admin")
                .body();
        assertThat(audit).contains("REMOVE_ROSTERS", leaving.value());
        roster.stream()
                .filter(t -> t.school().equals(leaving))
                .forEach(t -> assertThat(audit).contains(t.id().value()));
    }

    @Test
    void replacingACountysRosterIsAudited() throws IOException {
        int year = 2042;
        List<SchoolYear> schools = schools(year);
        RegionCode county = schools.getFirst().county().code();
        assertThat(api.upload("/api/v1/imports", "planner", "schools.csv", schoolFile(schools))
                        .statusCode())
                .isEqualTo(201);
        List<Teacher> first = importRoster(county, year, false);

        HttpResponse<String> refused =
                api.upload("/api/v1/imports?kind=teachers", "planner", "t.csv", rosterFile(first));
        List<Teacher> second = importRoster(county, year, true);

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode entries = Api.json(api.get("/api/v1/audit?entity=roster&key=" + county.value() + "/" + year, "admin"));
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("action").asString()).isEqualTo("REPLACE");
        assertThat(entry.get("actor").asString()).isEqualTo("planner");
        assertThat(JSON.readTree(entry.get("oldValue").asString())
                        .get("teachers")
                        .asInt())
                .isEqualTo(first.size());
        assertThat(JSON.readTree(entry.get("newValue").asString())
                        .get("teachers")
                        .asInt())
                .isEqualTo(second.size());
    }

    @Test
    void thePageNamesTheRostersAConfirmationWouldRemove() throws IOException {
        int year = 2043;
        List<SchoolYear> schools = schools(year);
        RegionCode county = schools.getFirst().county().code();
        assertThat(api.upload("/api/v1/imports", "planner", "schools.csv", schoolFile(schools))
                        .statusCode())
                .isEqualTo(201);
        List<Teacher> roster = importRoster(county, year, false);
        SchoolCode leaving = roster.getLast().school();
        byte[] remaining = schoolFile(
                schools.stream().filter(s -> !s.code().equals(leaving)).toList());
        PageSession planner = PageSession.signIn(port, "planner");
        String csrf = PageSession.csrf(planner.get("/import").body());

        HttpResponse<String> asked = planner.upload("/import?lang=en", csrf, "kind=schools", "schools.csv", remaining);
        int before = rosters().count(county, year);
        HttpResponse<String> confirmed =
                planner.postForm("/import/confirm", "replace=true&_csrf=" + PageSession.encode(csrf));

        assertThat(asked.statusCode()).isEqualTo(409);
        assertThat(asked.body())
                .contains("id=\"confirm-rosters\"")
                .contains("removes the teacher rosters of 1 school(s)")
                .contains(leaving.value() + " (" + year + "):");
        assertThat(before).as("nothing changed before the confirmation").isEqualTo(roster.size());
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(rosters().count(county, year))
                .isEqualTo(
                        roster.stream().filter(t -> !t.school().equals(leaving)).count());
    }

    /** A county roster of the schools held in {@code year}, imported; returns the teachers imported. */
    private List<Teacher> importRoster(RegionCode county, int year, boolean replace) throws IOException {
        List<SchoolYear> held = app.getBean(SchoolYears.class).ofYear(year, county);
        List<Teacher> teachers = new TeacherRosterGenerator(replace ? 11 : 7).roster(held);
        HttpResponse<String> response = api.upload(
                "/api/v1/imports?kind=teachers&replace=" + replace, "planner", "teachers.csv", rosterFile(teachers));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return teachers;
    }

    private byte[] rosterFile(List<Teacher> teachers) throws IOException {
        Path file = Files.createTempFile(dir, "teachers", ".csv");
        new TeacherCsvWriter().write(teachers, file);
        return Files.readAllBytes(file);
    }

    private byte[] schoolFile(List<SchoolYear> schools) throws IOException {
        Path file = Files.createTempFile(dir, "schools", ".csv");
        new SchoolCsvWriter().write(schools, file);
        return Files.readAllBytes(file);
    }

    /** The first demo county's schools in {@code year}. */
    private static List<SchoolYear> schools(int year) {
        return new DemoDataGenerator(1).generate(DemoScale.COUNTY, year).schools();
    }

    private TeacherRosters rosters() {
        return app.getBean(TeacherRosters.class);
    }
}
