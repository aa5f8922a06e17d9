package org.edubalance.app.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.pairingrecord.PairingFixture;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlanJson;
import org.edubalance.planning.investment.InvestmentPlanner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The investment API over real HTTP, as an attacker would try it: planners queue plans, inspectors read and cannot
 * queue, a principal reads their school's actions and nothing of another school, the public nothing; the stored plan is
 * byte for byte the document the command line writes for the same rows and costs; refused costs name row and column.
 */
@PlatformTest
class InvestmentApiIT {
    /** Enough for many school segments of a demo county, so that the plan has actions in several schools. */
    static final double BUDGET = 5_000_000;

    private final int port;
    private final Api api;
    private final PairingFixture fixture;
    private final SchoolYears schoolYears;

    InvestmentApiIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.api = new Api(port);
        this.fixture = PairingFixture.of(app);
        this.schoolYears = app.getBean(SchoolYears.class);
    }

    /** Queues a budget plan of county {@code k} as a planner; answers its address. */
    static String queue(Api api, String county, int year, String costs) {
        HttpResponse<String> queued = api.post(
                "/api/v1/counties/" + county + "/investment-plans",
                "planner",
                "{\"year\":" + year + ",\"goal\":\"budget\",\"budget\":" + (long) BUDGET + costs + "}");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String url = Api.json(queued).get("url").asString();
        assertThat(queued.headers().firstValue("Location")).hasValue(url);
        return url;
    }

    static HttpResponse<String> done(Api api, String url) {
        return await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> api.get(url, "planner"), r -> r.statusCode() == 200);
    }

    @Test
    void theStoredPlanIsTheCommandLinesDocumentAndEachRoleGetsWhatItMay() {
        String county = fixture.county(2).value();
        int year = fixture.year();
        String url = queue(api, county, year, "");
        HttpResponse<String> planner = done(api, url);

        List<SchoolYear> rows = schoolYears.ofYear(year, fixture.county(2));
        InvestmentPlan cli = new InvestmentPlanner(
                        StandardCatalogue.load(StandardCatalogue.DEFAULT_ID), CostsReader.shipped())
                .budget(year, rows, BUDGET);
        assertThat(planner.body()).isEqualTo(InvestmentPlanJson.write(cli));
        assertThat(cli.actions()).as("a plan with actions in several schools").isNotEmpty();

        HttpResponse<String> inspector = api.get(url, "inspector");
        assertThat(inspector.statusCode()).isEqualTo(200);
        assertThat(inspector.body()).isEqualTo(planner.body());
        assertThat(api.post(
                                "/api/v1/counties/" + county + "/investment-plans",
                                "inspector",
                                "{\"year\":" + year + ",\"budget\":1000000}")
                        .statusCode())
                .isEqualTo(403);

        Set<String> planned = cli.actions().stream().map(a -> a.schoolCode()).collect(Collectors.toSet());
        SchoolYear own = rows.stream()
                .filter(s -> planned.contains(s.code().value()))
                .findFirst()
                .orElseThrow();
        String principal = fixture.principalOf(own);
        HttpResponse<String> mine = api.get(url, principal);
        assertThat(mine.statusCode()).isEqualTo(200);
        JsonNode cut = Api.json(mine);
        assertThat(cut.get("actions")).isNotEmpty();
        for (JsonNode a : cut.get("actions")) {
            assertThat(a.get("schoolCode").asString()).isEqualTo(own.code().value());
        }
        assertThat(cut.get("counties"))
                .as("no county figure to infer the others from")
                .isEmpty();
        for (SchoolYear other : rows) {
            if (!other.equals(own)) {
                assertThat(mine.body()).doesNotContain(other.code().value());
            }
        }
        assertThat(api.post(
                                "/api/v1/counties/" + county + "/investment-plans",
                                principal,
                                "{\"year\":" + year + ",\"budget\":1000000}")
                        .statusCode())
                .isEqualTo(403);
        SchoolYear elsewhere = schoolYears.ofYear(year, fixture.county(3)).getFirst();
        assertThat(api.get(url, fixture.principalOf(elsewhere)).statusCode()).isEqualTo(404);

        assertThat(api.anonymous(url).statusCode()).isEqualTo(401);
        assertThat(api.anonymous("/v3/api-docs").body())
                .contains("/api/v1/counties/{code}/investment-plans", "/api/v1/investment-plans/{id}");
    }

    @Test
    void unitCostsChangeThePlanAndRefusedCostsNameRowAndColumn() {
        // The county with actions to price (the demo's fourth county has every segment compliant already).
        String county = fixture.county(2).value();
        int year = fixture.year();
        String url = queue(api, county, year, ",\"costs\":[{\"action\":\"build_sports_ground\",\"unitCostYuan\":450}]");
        HttpResponse<String> plan = done(api, url);
        var costs = InvestmentCosts.read(
                InvestmentCosts.withUnitCosts(CostsReader.shipped(), java.util.Map.of("build_sports_ground", "450")));
        InvestmentPlan cli = new InvestmentPlanner(StandardCatalogue.load(StandardCatalogue.DEFAULT_ID), costs)
                .budget(year, schoolYears.ofYear(year, fixture.county(2)), BUDGET);
        assertThat(plan.body()).isEqualTo(InvestmentPlanJson.write(cli));
        assertThat(cli.actions())
                .anyMatch(a -> a.action().equals("build_sports_ground") && a.cost() == 450 * a.quantity());

        String bad = "action,indicator,unit,unit_cost_yuan,step\\n"
                + "hire_qualified_teacher,teachers_above_degree_per100,teacher,120000,1\\n"
                + "build_sports_ground,sports_area_per_student,m2,-5,1\\n";
        HttpResponse<String> refused = api.post(
                "/api/v1/counties/" + county + "/investment-plans",
                "planner",
                "{\"year\":" + year + ",\"budget\":1000000,\"costs\":\"" + bad + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("row 3, column unit_cost_yuan, value \\\"-5\\\"");
        HttpResponse<String> unknown = api.post(
                "/api/v1/counties/" + county + "/investment-plans",
                "planner",
                "{\"year\":" + year
                        + ",\"budget\":1000000,\"costs\":[{\"action\":\"build_pool\",\"unitCostYuan\":1}]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("build_pool");

        // Costs that raise one indicator only: some school segment cannot be helped, a proven INFEASIBLE whose reason
        // the page words in its language.
        String oneAction = "action,indicator,unit,unit_cost_yuan,step\\n"
                + "build_sports_ground,sports_area_per_student,m2,400,1\\n";
        HttpResponse<String> queued = api.post(
                "/api/v1/counties/" + county + "/investment-plans",
                "planner",
                "{\"year\":" + year + ",\"costs\":\"" + oneAction + "\"}");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String url2 = Api.json(queued).get("url").asString();
        assertThat(Api.json(done(api, url2)).get("status").asString()).isEqualTo("INFEASIBLE");
        String page = url2.replace("/api/v1/investment-plans/", "/investment/" + county + "/plans/");
        String zh = org.edubalance.app.PageSession.signIn(port, "planner")
                .get(page + "?lang=zh")
                .body();
        assertThat(zh).contains("不存在可行方案：", "成本文件中没有能提升").doesNotContain("??", "no-action {");
        String en = org.edubalance.app.PageSession.signIn(port, "inspector")
                .get(page + "?lang=en")
                .body();
        assertThat(en).contains("No plan can exist:", "no action of the costs raises");
    }
}
