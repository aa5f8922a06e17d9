package org.edubalance.app.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.planning.pairing.PairingPlan;
import org.edubalance.planning.pairing.PairingPlanJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The proposal pages over real HTTP: the county page's form proposes, the proposal marks what is stored, a planner
 * adopts (all or none, the refused pair named), the downloads are the command line's document and workbook, an
 * uploaded policy that breaks a rule names its key, and inspectors look but do not adopt, principals see nothing.
 */
@PlatformTest
class ProposalPagesIT {
    private static final int COUNTY = 1;

    private final int port;
    private final ProposalFixture proposals;
    private final JdbcClient jdbc;

    @Autowired
    ProposalPagesIT(@Value("${local.server.port}") int port, ApplicationContext app, DataSource dataSource) {
        this.port = port;
        this.proposals = new ProposalFixture(app);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aPlannerProposesAdoptsAllOrNoneAndDownloads() throws IOException {
        String county = county();
        int year = proposals.fixture().year();
        PairingPlan plan = proposals.plan(COUNTY, PairingPolicyReader.load("national"));
        List<PairingPlan.Pair> pairs = proposals.adoptable(COUNTY, plan);
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(3);
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/pairings/" + county + "?lang=en").body();
        assertThat(page).contains("id=\"propose-form\"");

        HttpResponse<String> shown = propose(planner, page, "lang=en", Map.of("year", "" + year), null);
        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        assertThat(shown.body())
                .contains("id=\"adopt-form\"", "data-status=\"OPTIMAL\"", "data-pair=\"" + value(pairs.get(0)) + "\"")
                .contains("<td id=\"summary-paired\">" + plan.summary().paired() + "</td>");
        assertThat(shown.body().split("name=\"pair\"", -1)).hasSize(plan.pairs().size() + 1);
        if (!plan.unpaired().isEmpty()) {
            assertThat(shown.body())
                    .contains("data-reason=\"" + plan.unpaired().getFirst().reason() + "\"");
        }

        boolean failing = plan.pairs().stream()
                .anyMatch(p -> plan.candidates().stream()
                        .anyMatch(c -> c.segment() == p.segment() && c.school().equals(p.mentee()) && !c.compliant()));
        assertThat(shown.body().contains("class=\"fails-rule\""))
                .as("a mentee failing the per-school rule is marked")
                .isEqualTo(failing);

        long before = pairings(county);
        String two = "pair=" + enc(value(pairs.get(0))) + "&pair=" + enc(value(pairs.get(1)));
        String adoptPath = "/pairings/" + county + "/proposal/adopt";
        String fields = "year=" + year + "&startYear=" + year + "&signedOn=2025-08-30&agreement=" + enc("结对帮扶");
        assertThat(planner.postForm(adoptPath, fields + "&" + two).statusCode())
                .as("without the CSRF token")
                .isEqualTo(403);
        HttpResponse<String> adopted = planner.postForm(adoptPath, form(page, fields + "&" + two));
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(302);
        assertThat(pairings(county)).isEqualTo(before + 2);
        assertThat(planner.get("/pairings/" + county + "?adopted=2&lang=zh").body())
                .contains("已采纳 2 个建议结对");

        HttpResponse<String> again = propose(planner, page, "lang=en", Map.of("year", "" + year), null);
        assertThat(again.body())
                .contains("data-pair=\"" + value(pairs.get(0)) + "\" data-stored=\"true\"")
                .contains("data-pair=\"" + value(pairs.get(2)) + "\" data-stored=\"false\"");

        String conflicting = "pair=" + enc(value(pairs.get(2))) + "&pair=" + enc(value(pairs.get(1)));
        HttpResponse<String> refused = planner.postForm(adoptPath + "?lang=en", form(page, fields + "&" + conflicting));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "class=\"proposal-problem\"",
                        pairs.get(1).mentor() + " → " + pairs.get(1).mentee(),
                        "PR-09");
        assertThat(pairings(county)).as("none of the refused set").isEqualTo(before + 2);

        PairingPlan.Pair third = pairs.get(2);
        String otherMentor = pairs.stream()
                .filter(p -> p.segment() == third.segment() && !p.mentor().equals(third.mentor()))
                .map(PairingPlan.Pair::mentor)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> byHand = planner.postForm(
                "/pairings/" + county,
                form(
                        page,
                        "segment=" + third.segment() + "&mentor=" + otherMentor + "&mentee=" + third.mentee()
                                + "&startYear=" + year + "&signedOn=2025-08-30&summary=x"));
        assertThat(byHand.statusCode()).as(byHand.body()).isEqualTo(302);
        String marked = propose(planner, page, "lang=en", Map.of("year", "" + year), null)
                .body();
        String row = marked.substring(marked.indexOf("data-pair=\"" + value(third) + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .as("the mentee has a running pairing with another mentor: marked, not ticked")
                .contains("class=\"elsewhere\"")
                .doesNotContain("checked");

        byte[] json = planner.getBytes("/pairings/" + county + "/proposal.json?year=" + year)
                .body();
        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(PairingPlanJson.write(plan));
        HttpResponse<byte[]> xlsx =
                planner.getBytes("/pairings/" + county + "/proposal.xlsx?year=" + year + "&lang=zh");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getSheetName()).doesNotContainPattern("[A-Za-z]");
        }
    }

    @Test
    void anUploadedPolicyIsUsedForTheSessionAndABadOneNamesItsKey() {
        String county = county();
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/pairings/" + county + "?lang=en").body();
        HttpResponse<String> bad =
                propose(planner, page, "lang=en", Map.of("policy", "file"), "extends: national\nmaxDistanceKm: -5\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("maxDistanceKm", "-5", "county-policy.yaml")
                .doesNotContain("adopt-form");
        HttpResponse<String> badZh =
                propose(planner, page, "lang=zh", Map.of("policy", "file"), "extends: national\nradius: 5\n");
        assertThat(badZh.statusCode()).isEqualTo(400);
        assertThat(badZh.body()).contains("radius", "不是结对政策的键");

        HttpResponse<String> good =
                propose(planner, page, "lang=en", Map.of("policy", "file"), "extends: national\nmaxDistanceKm: 3\n");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(good.body()).contains("id=\"proposal-policy\">county-policy</strong>", "value=\"uploaded\"");
        String json = planner.get("/pairings/" + county + "/proposal.json?policy=uploaded")
                .body();
        assertThat(json)
                .contains("\"kind\":\"pairing\"")
                .isNotEqualTo(
                        planner.get("/pairings/" + county + "/proposal.json").body());
        assertThat(PageSession.signIn(port, "admin")
                        .get("/pairings/" + county + "/proposal.json?policy=uploaded")
                        .statusCode())
                .as("another session has no uploaded policy")
                .isEqualTo(400);
    }

    @Test
    void inspectorsLookPrincipalsAndThePublicSeeNothing() {
        String county = county();
        PageSession inspector = PageSession.signIn(port, "inspector");
        String page = inspector.get("/pairings/" + county + "?lang=en").body();
        assertThat(page).contains("id=\"propose-form\"");
        HttpResponse<String> shown = propose(inspector, page, "lang=en", Map.of(), null);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body())
                .contains("id=\"proposed-pairs\"")
                .doesNotContain("id=\"adopt-pairs\"", "name=\"pair\"");
        String pair = value(proposals
                .adoptable(COUNTY, proposals.plan(COUNTY, PairingPolicyReader.load("national")))
                .getLast());
        assertThat(inspector
                        .postForm(
                                "/pairings/" + county + "/proposal/adopt",
                                form(page, "startYear=2026&signedOn=2025-08-30&agreement=x&pair=" + enc(pair)))
                        .statusCode())
                .isEqualTo(403);

        var school = proposals
                .fixture()
                .primary(COUNTY, org.edubalance.core.school.Location.RURAL)
                .get(0);
        PageSession principal = PageSession.signIn(port, proposals.fixture().principalOf(school));
        String own = principal.get("/pairings/" + county + "?lang=en").body();
        assertThat(own).doesNotContain("propose-form");
        assertThat(principal.get("/pairings/" + county + "/proposal").statusCode())
                .isEqualTo(403);
        assertThat(principal.get("/pairings/" + county + "/proposal.json").statusCode())
                .isEqualTo(403);
        assertThat(propose(principal, own, "", Map.of(), null).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous =
                new org.edubalance.app.Api(port).anonymous("/pairings/" + county + "/proposal");
        assertThat(anonymous.statusCode()).as("the public is sent to sign in").isIn(302, 401);
    }

    private HttpResponse<String> propose(
            PageSession session, String page, String query, Map<String, String> fields, String yaml) {
        byte[] file = yaml == null ? new byte[0] : yaml.getBytes(StandardCharsets.UTF_8);
        return session.upload(
                "/pairings/" + county() + "/proposal" + (query.isEmpty() ? "" : "?" + query),
                PageSession.csrf(page),
                fields,
                List.of(new PageSession.FilePart("file", "policy.yaml", file)));
    }

    private String county() {
        return proposals.fixture().county(COUNTY).value();
    }

    private static String value(PairingPlan.Pair p) {
        return p.segment() + "/" + p.mentor() + "/" + p.mentee();
    }

    private static String enc(String value) {
        return PageSession.encode(value);
    }

    private static String form(String page, String fields) {
        return "_csrf=" + PageSession.encode(PageSession.csrf(page)) + "&" + fields;
    }

    private long pairings(String county) {
        return jdbc.sql("select count(*) from pairing where county_code = :c")
                .param("c", county)
                .query(Long.class)
                .single();
    }
}
