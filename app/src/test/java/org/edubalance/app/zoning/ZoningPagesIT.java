package org.edubalance.app.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The zoning pages over real HTTP (docs/planning/zoning.md, "Platform"): the upload form with its located errors and
 * worded refusals, the study's page with its map, and who may do what — CSRF on every form, principals and
 * inspectors neither run nor approve, anonymous visitors only the public lookup.
 */
@PlatformTest
class ZoningPagesIT {
    private static final Pattern BLOCK_PATH = Pattern.compile("<path d=\"M[^\"]+\"[^>]*data-block=\"B\\d\"");

    private final int port;
    private final ApplicationContext app;
    private final JdbcClient jdbc;

    @Autowired
    ZoningPagesIT(@Value("${local.server.port}") int port, ApplicationContext app, DataSource dataSource) {
        this.port = port;
        this.app = app;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aPlannerUploadsSeesTheLocatedErrorsThenTheStudysMapAndRunForm() {
        var f = ZoningStudyFixture.of(app);
        PageSession planner = PageSession.signIn(port, "planner");
        String county = planner.get("/zoning/" + f.county() + "?lang=en").body();
        assertThat(county).contains("id=\"study-form\"", "name=\"block_zones\"");
        long before = studies(f.county());

        HttpResponse<String> rejected = planner.upload(
                "/zoning/studies?lang=en", PageSession.csrf(county), f.fields(), f.files(10, 40, "B3,B9\n", "B1"));
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("id=\"issues\"", "adjacency.csv", "IMP-201", "B9", "Nothing was stored");
        assertThat(studies(f.county())).isEqualTo(before);

        HttpResponse<String> unzonable = planner.upload(
                "/zoning/studies?lang=zh", PageSession.csrf(county), f.fields(), f.files(10, 40, "", "B7"));
        assertThat(unzonable.statusCode()).isEqualTo(422);
        assertThat(unzonable.body())
                .as("the zoning reason in the page's language")
                .contains("id=\"study-problem\"", "学校 " + f.first().code().value() + " 所在地块 B7 不在本县的地块文件中");
        assertThat(studies(f.county())).isEqualTo(before);

        HttpResponse<String> created =
                planner.upload("/zoning/studies", PageSession.csrf(county), f.fields(), f.files());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/zoning/studies/\\d+$");
        String path = location.substring(location.indexOf("/zoning/"));

        String page = planner.get(path + "?lang=en").body();
        assertThat(page).contains("<svg", "id=\"run-form\"", "id=\"no-runs\"", "Map: the zones in force");
        assertThat(BLOCK_PATH.matcher(page).results().count())
                .as("a Voronoi cell for each of the six blocks")
                .isEqualTo(6);
        assertThat(page).contains("data-school=\"" + f.first().code().value() + "\"");
        assertThat(planner.get(path + "?lang=zh").body()).contains("学区划分", "运行优化");
        assertThat(planner.get("/zoning/" + f.county() + "/" + f.grade())
                        .headers()
                        .firstValue("Location"))
                .as("the county and grade open their newest study")
                .hasValueSatisfying(l -> assertThat(l).endsWith(path));

        HttpResponse<String> forged = planner.postForm(path + "/runs", "pins=");
        assertThat(forged.statusCode()).as("a form without its CSRF token").isEqualTo(403);
        assertThat(planner.postForm(path + "/runs/1/approve", "").statusCode()).isEqualTo(403);
        assertThat(planner.upload("/zoning/studies", "not-the-token", f.fields(), f.files())
                        .statusCode())
                .as("an upload without its CSRF token")
                .isEqualTo(403);
        assertThat(studies(f.county())).as("the refused forms stored nothing").isEqualTo(before + 1);
    }

    @Test
    void principalsAndInspectorsNeitherRunNorApproveAndSeeNoUnapprovedStudy() {
        var f = ZoningStudyFixture.of(app);
        PageSession planner = PageSession.signIn(port, "planner");
        String county = planner.get("/zoning/" + f.county()).body();
        String location = planner.upload("/zoning/studies", PageSession.csrf(county), f.fields(), f.files())
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String path = location.substring(location.indexOf("/zoning/"));

        PageSession inspector = PageSession.signIn(port, "inspector");
        String read = inspector.get(path + "?lang=en").body();
        assertThat(read).contains("<svg", "id=\"schools\"").doesNotContain("id=\"run-form\"", "id=\"study-form\"");
        String token = PageSession.csrf(read);
        assertThat(inspector
                        .postForm(path + "/runs", "pins=&_csrf=" + PageSession.encode(token))
                        .statusCode())
                .isEqualTo(403);

        PageSession principal = PageSession.signIn(port, "principal");
        assertThat(principal.get(path).statusCode())
                .as("not approved: not there for a principal")
                .isEqualTo(404);
        String own = principal.get("/zoning/" + f.county() + "?lang=en").body();
        assertThat(own).doesNotContain("id=\"study-form\"", "href=\"" + path + "\"");
        assertThat(principal
                        .postForm(path + "/runs", "pins=&_csrf=" + PageSession.encode(PageSession.csrf(own)))
                        .statusCode())
                .isEqualTo(403);
        assertThat(principal
                        .postForm(path + "/runs/1/approve", "_csrf=" + PageSession.encode(PageSession.csrf(own)))
                        .statusCode())
                .isEqualTo(403);
        assertThat(principal.get(path + "/zones.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsReachOnlyThePublicLookup() {
        var api = new Api(port);
        assertThat(api.anonymous("/zoning").statusCode()).isEqualTo(302);
        assertThat(api.anonymous("/zoning/studies/1").statusCode()).isEqualTo(302);
        HttpResponse<String> lookup = api.anonymous("/public/zones?lang=en&q=" + PageSession.encode("无此小区名"));
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(lookup.body()).contains("id=\"no-block\"", "id=\"classes\"", "data-class=\"HUKOU_AND_HOME\"");
        HttpResponse<String> tooLong = api.anonymous("/public/zones?lang=en&q=" + "x".repeat(41));
        assertThat(tooLong.body()).contains("id=\"too-long\"").doesNotContain("id=\"found\"");
        HttpResponse<String> script = api.anonymous("/public/zones?q=" + PageSession.encode("<script>"));
        assertThat(script.body()).contains("&lt;script&gt;").doesNotContain("value=\"<script>");
    }

    private long studies(String county) {
        return jdbc.sql("select count(*) from zoning_study where county_code = :county")
                .param("county", county)
                .query(Long.class)
                .single();
    }
}
