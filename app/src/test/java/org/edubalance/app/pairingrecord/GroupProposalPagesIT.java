package org.edubalance.app.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.school.Location;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlanJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The school-group proposal pages over real HTTP: the county page's form proposes around the named cores, a planner
 * adopts (all or none, the conflicting group named, CSRF required), the proposal marks the schools in a stored group,
 * the downloads are the command line's document and workbook, a bad policy or core is named, and inspectors look but
 * do not adopt, principals see nothing.
 */
@PlatformTest
class GroupProposalPagesIT {
    private static final int COUNTY = 5;

    private final int port;
    private final GroupProposalFixture groups;
    private final JdbcClient jdbc;

    @Autowired
    GroupProposalPagesIT(@Value("${local.server.port}") int port, ApplicationContext app, DataSource dataSource) {
        this.port = port;
        this.groups = new GroupProposalFixture(app);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aPlannerProposesAdoptsAllOrNoneAndDownloads() throws IOException {
        String county = county();
        int year = groups.fixture().year();
        Set<String> cores = groups.cores(COUNTY, 3);
        GroupPlan plan = groups.plan(COUNTY, cores, PairingPolicyReader.loadGroups("national"));
        List<GroupPlan.Group> proposed =
                plan.groups().stream().filter(g -> !g.members().isEmpty()).toList();
        assertThat(proposed).hasSizeGreaterThanOrEqualTo(2);
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/pairings/" + county + "?lang=en").body();
        assertThat(page)
                .contains(
                        "id=\"group-propose-form\"",
                        "value=\"" + cores.iterator().next() + "\"");

        HttpResponse<String> shown = propose(planner, page, "lang=en", fields(year, cores), null);
        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        String first = GroupProposalFixture.value(proposed.getFirst());
        assertThat(shown.body())
                .contains(
                        "id=\"adopt-groups-form\"",
                        "data-status=\"" + plan.summary().status() + "\"")
                .contains("data-group=\"" + first + "\"")
                .contains("<td id=\"summary-placed\">" + plan.summary().placed() + "</td>");
        assertThat(shown.body().split("name=\"group\"", -1))
                .hasSize(plan.groups().size() + 1);
        if (!plan.unplaced().isEmpty()) {
            assertThat(shown.body())
                    .contains("data-reason=\"" + plan.unplaced().getFirst().reason() + "\"");
        }

        long before = stored(county);
        String adoptPath = "/pairings/" + county + "/group-proposal/adopt";
        String fields = "year=" + year + "&startYear=" + year + "&cores=" + enc(String.join(",", cores)) + "&group="
                + enc(first);
        assertThat(planner.postForm(adoptPath, fields).statusCode())
                .as("without the CSRF token")
                .isEqualTo(403);
        HttpResponse<String> adopted =
                planner.postForm(adoptPath, form(page, fields + "&" + enc("name-" + first) + "=" + enc("一号教育集团")));
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(302);
        assertThat(stored(county)).isEqualTo(before + 1);
        String after =
                planner.get("/pairings/" + county + "?adoptedGroups=1&lang=zh").body();
        assertThat(after).contains("已采纳 1 个建议集团", "一号教育集团");

        String again =
                propose(planner, page, "lang=en", fields(year, cores), null).body();
        String block = again.substring(again.indexOf("data-group=\"" + first + "\""));
        block = block.substring(0, block.indexOf("</article>"));
        assertThat(block)
                .as("its schools are in a stored group: marked, not ticked")
                .contains("class=\"in-group\"")
                .doesNotContain("checked");

        String conflicting = "year=" + year + "&startYear=" + year + "&cores=" + enc(String.join(",", cores))
                + "&group=" + enc(GroupProposalFixture.value(proposed.get(1))) + "&group=" + enc(first);
        HttpResponse<String> refused = planner.postForm(adoptPath + "?lang=en", form(page, conflicting));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("class=\"proposal-problem\"", proposed.getFirst().core(), "PR-16");
        assertThat(stored(county)).as("none of the refused set").isEqualTo(before + 1);

        String query = "?year=" + year + "&cores=" + enc(String.join(",", cores));
        byte[] json = planner.getBytes("/pairings/" + county + "/group-proposal.json" + query)
                .body();
        assertThat(GroupProposalFixture.timeless(new String(json, StandardCharsets.UTF_8)))
                .isEqualTo(GroupProposalFixture.timeless(GroupPlanJson.write(plan)));
        HttpResponse<byte[]> xlsx =
                planner.getBytes("/pairings/" + county + "/group-proposal.xlsx" + query + "&lang=zh");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getSheetName()).doesNotContainPattern("[A-Za-z]");
        }
    }

    @Test
    void aBadPolicyOrCoreIsNamedAndRolesHold() {
        String county = county();
        int year = groups.fixture().year();
        Set<String> cores = groups.cores(COUNTY, 2);
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/pairings/" + county + "?lang=en").body();
        Map<String, String> file = new HashMap<>(fields(year, cores));
        file.put("policy", "file");
        HttpResponse<String> bad = propose(planner, page, "lang=en", file, "extends: national\ngroupMinSize: -2\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("groupMinSize", "county-policy.yaml", "at least 2", "got -2")
                .doesNotContain("adopt-groups-form");
        HttpResponse<String> good = propose(planner, page, "lang=zh", file, "extends: national\ngroupMaxSize: 3\n");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(good.body()).contains("id=\"proposal-policy\">county-policy</strong>", "建议集团");

        HttpResponse<String> noCore = propose(planner, page, "lang=en", fields(year, Set.of("NO-SUCH-CORE")), null);
        assertThat(noCore.statusCode()).isEqualTo(400);
        assertThat(noCore.body()).contains("Core school NO-SUCH-CORE is not a public school");

        PageSession inspector = PageSession.signIn(port, "inspector");
        String seen = inspector.get("/pairings/" + county + "?lang=en").body();
        HttpResponse<String> shown = propose(inspector, seen, "lang=en", fields(year, cores), null);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body())
                .contains("id=\"proposal-groups\"")
                .doesNotContain("id=\"adopt-groups\"", "name=\"group\"");
        assertThat(inspector
                        .postForm(
                                "/pairings/" + county + "/group-proposal/adopt",
                                form(seen, "startYear=" + year + "&cores=" + enc(String.join(",", cores))))
                        .statusCode())
                .isEqualTo(403);

        var school = groups.fixture().primary(COUNTY, Location.RURAL).get(0);
        PageSession principal = PageSession.signIn(port, groups.fixture().principalOf(school));
        String own = principal.get("/pairings/" + county + "?lang=en").body();
        assertThat(own).doesNotContain("group-propose-form");
        assertThat(propose(principal, own, "", fields(year, cores), null).statusCode())
                .isEqualTo(403);
        assertThat(principal
                        .get("/pairings/" + county + "/group-proposal.json?cores="
                                + cores.iterator().next())
                        .statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> propose(
            PageSession session, String page, String query, Map<String, String> fields, String yaml) {
        byte[] file = yaml == null ? new byte[0] : yaml.getBytes(StandardCharsets.UTF_8);
        return session.upload(
                "/pairings/" + county() + "/group-proposal" + (query.isEmpty() ? "" : "?" + query),
                PageSession.csrf(page),
                fields,
                List.of(new PageSession.FilePart("file", "policy.yaml", file)));
    }

    private static Map<String, String> fields(int year, Set<String> cores) {
        return Map.of("year", "" + year, "coreCodes", String.join(",", cores), "timeLimit", "20");
    }

    private String county() {
        return groups.fixture().county(COUNTY).value();
    }

    private static String enc(String value) {
        return PageSession.encode(value);
    }

    private static String form(String page, String fields) {
        return "_csrf=" + PageSession.encode(PageSession.csrf(page)) + "&" + fields;
    }

    private long stored(String county) {
        return jdbc.sql("select count(*) from school_group where county_code = :c")
                .param("c", county)
                .query(Long.class)
                .single();
    }
}
