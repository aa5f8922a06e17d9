package org.edubalance.app.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pairing pages over real HTTP: a planner creates a pairing and imports a file (all or nothing, every problem
 * located), the mentee's principal logs an activity, and what a principal may not see or change is refused however it
 * is asked for; the audit log records each change.
 */
@PlatformTest
class PairingPagesIT {
    private final int port;
    private final PairingFixture fixture;
    private final JdbcClient jdbc;

    @Autowired
    PairingPagesIT(@Value("${local.server.port}") int port, ApplicationContext app, DataSource dataSource) {
        this.port = port;
        this.fixture = PairingFixture.of(app);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aPlannerPairsTheMenteesPrincipalLogsAndOthersAreRefused() {
        String county = fixture.county(1).value();
        SchoolYear mentor = fixture.primary(1, Location.URBAN).get(0);
        SchoolYear mentee = fixture.primary(1, Location.RURAL).get(0);
        SchoolYear bystander = fixture.primary(1, Location.RURAL).get(1);
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/pairings/" + county + "?lang=en").body();
        assertThat(page).contains("id=\"pairing-form\"", "id=\"import-form\"", "id=\"group-form\"");

        HttpResponse<String> refused = planner.postForm(
                "/pairings/" + county + "?lang=en",
                form(
                        page,
                        "segment=JUNIOR&mentor=" + mentor.code() + "&mentee=" + mentor.code()
                                + "&startYear=2024&signedOn=2024-13-01&summary="));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("PR-04", "PR-01", "Nothing was stored");

        HttpResponse<String> created = planner.postForm(
                "/pairings/" + county,
                form(
                        page,
                        "segment=PRIMARY&mentor=" + mentor.code() + "&mentee=" + mentee.code()
                                + "&startYear=" + fixture.year() + "&signedOn=2025-08-28&summary="
                                + PageSession.encode("每周一次教研活动日<script>") + "&reference=R-1"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow();
        path = path.substring(path.indexOf("/pairings/"));
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        String detail = planner.get(path + "?lang=zh").body();
        assertThat(detail).contains("每周一次教研活动日&lt;script&gt;", "结对协议", "R-1").doesNotContain("<script>");

        String principal = fixture.principalOf(mentee);
        PageSession own = PageSession.signIn(port, principal);
        String ownPage = own.get(path + "?lang=en").body();
        assertThat(ownPage).contains("id=\"activity-form\"").doesNotContain("id=\"end-form\"");
        HttpResponse<String> logged = own.postForm(
                path + "/activities",
                form(ownPage, "date=2025-09-10&kind=MENTORED_TEACHER&participants=4&teachersMentored=2&note=x"));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(302);
        assertThat(own.get(path + "?lang=en").body()).contains("data-kind=\"MENTORED_TEACHER\"");
        assertThat(own.get("/pairings/" + county + "?lang=en").body())
                .contains("data-pairing=\"" + id + "\"")
                .doesNotContain("id=\"pairing-form\"", "id=\"follow-up-link\"");
        assertThat(own.postForm(path + "/end", form(ownPage, "endYear=2025")).statusCode())
                .as("a principal ends nothing")
                .isEqualTo(403);
        assertThat(own.get("/pairings/" + county + "/follow-up").statusCode()).isEqualTo(403);
        assertThat(own.get("/pairings/" + fixture.county(2).value()).statusCode())
                .as("another county")
                .isEqualTo(404);

        PageSession other = PageSession.signIn(port, fixture.principalOf(bystander));
        String otherPage = other.get("/pairings/" + county + "?lang=en").body();
        assertThat(otherPage).doesNotContain("data-pairing=\"" + id + "\"");
        assertThat(other.get(path).statusCode()).as("another school's pairing").isEqualTo(404);
        assertThat(other.postForm(path + "/activities", form(otherPage, "date=2025-09-10&kind=VISIT"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(other.get("/pairings/" + fixture.county(2).value() + "/" + id)
                        .statusCode())
                .as("the id under another county")
                .isEqualTo(404);
        assertThat(own.postForm(path + "/activities", "date=2025-09-11&kind=VISIT")
                        .statusCode())
                .as("without the CSRF token")
                .isEqualTo(403);
        assertThat(activities(id)).isEqualTo(1);

        HttpResponse<String> ended = planner.postForm(path + "/end", form(detail, "endYear=" + fixture.year()));
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select action from audit_log where entity = 'pairing' and entity_key = :id order by id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "END");
        assertThat(jdbc.sql("select count(*) from audit_log where entity = 'pairing-activity' and actor = :p")
                        .param("p", principal)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anImportStoresEveryRowOrNoneAndLocatesEachProblem() {
        String county = fixture.county(3).value();
        List<SchoolYear> urban = fixture.primary(3, Location.URBAN);
        List<SchoolYear> rural = fixture.primary(3, Location.RURAL);
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/pairings/" + county + "?lang=en").body();
        String header = "学段,帮扶学校代码,受援学校代码,开始学年,协议签订日期,协议摘要\n";
        String good = "小学," + urban.get(0).code() + "," + rural.get(0).code() + ",2024,2024-08-30,结对\n" + "PRIMARY,"
                + urban.get(1).code() + "," + rural.get(1).code() + ",2024,2024-08-30,结对\n";
        String bad = good + "高中," + urban.get(2).code() + ",NO-SUCH-SCHOOL,20x4,2024-08-30,结对\n";
        long before = pairings(county);

        HttpResponse<String> rejected = planner.upload(
                "/pairings/" + county + "/import?lang=en",
                PageSession.csrf(page),
                "",
                "pairings.csv",
                (header + bad).getBytes(StandardCharsets.UTF_8));
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body())
                .contains("pairings.csv", "<td>4</td>", "segment", "PR-02", "NO-SUCH-SCHOOL", "PR-05", "PR-03");
        assertThat(pairings(county)).as("nothing stored").isEqualTo(before);

        HttpResponse<String> missing = planner.upload(
                "/pairings/" + county + "/import?lang=zh",
                PageSession.csrf(page),
                "",
                "pairings.csv",
                "segment,mentor_school_code\nPRIMARY,x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("PR-11", "缺少必需的列", "mentee_school_code");

        HttpResponse<String> imported = planner.upload(
                "/pairings/" + county + "/import",
                PageSession.csrf(page),
                "",
                "pairings.csv",
                (header + good).getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
        assertThat(pairings(county)).isEqualTo(before + 2);
        HttpResponse<String> again = planner.upload(
                "/pairings/" + county + "/import?lang=en",
                PageSession.csrf(page),
                "",
                "pairings.csv",
                (header + good).getBytes(StandardCharsets.UTF_8));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).as("the pairs run already").contains("PR-09");
        assertThat(pairings(county)).isEqualTo(before + 2);
    }

    @Test
    void aPlannerCreatesAndEndsAGroupThatOnlyItsSchoolsPrincipalsSee() {
        String county = fixture.county(7).value();
        SchoolYear core = fixture.primary(7, Location.URBAN).get(0);
        List<SchoolYear> rural = fixture.primary(7, Location.RURAL);
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/pairings/" + county + "?lang=en").body();
        String members = rural.get(0).code() + "," + rural.get(1).code();

        HttpResponse<String> refused = planner.postForm(
                "/pairings/" + county + "/groups?lang=en",
                form(page, "name=G&core=" + core.code() + "&members=" + core.code() + "&startYear=2024"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("PR-13");

        HttpResponse<String> created = planner.postForm(
                "/pairings/" + county + "/groups",
                form(
                        page,
                        "name=" + PageSession.encode("实验小学教育集团") + "&core=" + core.code() + "&members="
                                + PageSession.encode(members) + "&startYear=2024"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long id = jdbc.sql("select id from school_group where county_code = :c")
                .param("c", county)
                .query(Long.class)
                .single();
        assertThat(planner.get("/pairings/" + county + "?lang=zh").body())
                .contains("data-group=\"" + id + "\"", "实验小学教育集团", rural.get(1).name());

        PageSession member = PageSession.signIn(port, fixture.principalOf(rural.get(1)));
        assertThat(member.get("/pairings/" + county).body()).contains("data-group=\"" + id + "\"");
        PageSession outsider = PageSession.signIn(port, fixture.principalOf(rural.get(2)));
        String outside = outsider.get("/pairings/" + county).body();
        assertThat(outside).doesNotContain("data-group=\"" + id + "\"", "实验小学教育集团");
        assertThat(outsider.postForm("/pairings/" + county + "/groups/" + id + "/end", form(outside, "endYear=2025"))
                        .statusCode())
                .isEqualTo(403);

        assertThat(planner.postForm("/pairings/" + county + "/groups/" + id + "/end", form(page, "endYear=2025"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql(
                                "select action from audit_log where entity = 'school-group' and entity_key = :id order by id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "END");
        assertThat(outsider.postForm("/pairings/" + county + "/groups/" + id + "/delete", form(outside, ""))
                        .statusCode())
                .isEqualTo(403);
        assertThat(planner.postForm("/pairings/" + county + "/groups/" + id + "/delete", form(page, ""))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from school_group where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select action from audit_log where entity = 'school-group' and entity_key = :id"
                                + " order by id desc limit 1")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("DELETE");
    }

    @Test
    void aWorkbookIsReadLikeACsvFile() throws IOException {
        String county = fixture.county(5).value();
        List<SchoolYear> urban = fixture.primary(5, Location.URBAN);
        List<SchoolYear> rural = fixture.primary(5, Location.RURAL);
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/pairings/" + county + "?lang=en").body();
        List<List<String>> rows = List.of(
                List.of(
                        "segment",
                        "mentor_school_code",
                        "mentee_school_code",
                        "start_year",
                        "agreement_signed_on",
                        "agreement_summary",
                        "end_year"),
                List.of(
                        "PRIMARY",
                        urban.get(0).code().value(),
                        rural.get(0).code().value(),
                        "2024",
                        "2024-08-30",
                        "结对",
                        "2023"));
        HttpResponse<String> rejected = planner.upload(
                "/pairings/" + county + "/import?lang=en", PageSession.csrf(page), "", "结对.xlsx", workbook(rows));
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("结对.xlsx", "<td>2</td>", "end_year", "PR-08");

        List<List<String>> fixed = List.of(rows.get(0), rows.get(1).subList(0, 6));
        HttpResponse<String> imported = planner.upload(
                "/pairings/" + county + "/import", PageSession.csrf(page), "", "结对.xlsx", workbook(fixed));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
        assertThat(pairings(county)).isEqualTo(1);
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("结对");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long activities(long pairing) {
        return jdbc.sql("select count(*) from pairing_activity where pairing_id = :id")
                .param("id", pairing)
                .query(Long.class)
                .single();
    }

    private long pairings(String county) {
        return jdbc.sql("select count(*) from pairing where county_code = :c")
                .param("c", county)
                .query(Long.class)
                .single();
    }

    private static String form(String page, String fields) {
        return "_csrf=" + PageSession.encode(PageSession.csrf(page)) + "&" + fields;
    }
}
