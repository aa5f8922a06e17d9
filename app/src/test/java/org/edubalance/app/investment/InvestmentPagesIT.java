package org.edubalance.app.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.pairingrecord.PairingFixture;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The investment pages over real HTTP: a refused costs file located in the page's language and not kept; a plan run
 * from the page (CSRF required); a what-if edit that changes the compliant counts at once; and what each role gets of
 * the result page and its downloads.
 */
@PlatformTest
class InvestmentPagesIT {
    private static final Pattern AFTER = Pattern.compile("<td class=\"after\">(\\d+)</td>");
    private static final Pattern TOTAL = Pattern.compile("id=\"draft-total\">([0-9,]+)<");

    private final int port;
    private final Api api;
    private final PairingFixture fixture;
    private final SchoolYears schoolYears;

    InvestmentPagesIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.api = new Api(port);
        this.fixture = PairingFixture.of(app);
        this.schoolYears = app.getBean(SchoolYears.class);
    }

    @Test
    void aRefusedCostsFileIsLocatedInThePagesLanguageAndNotKept() {
        String county = fixture.county(4).value();
        PageSession planner = PageSession.signIn(port, "planner");
        HttpResponse<String> page = planner.get("/investment/" + county + "?lang=zh");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("达标投入规划", "build_sports_ground", "run-form");
        assertThat(page.body()).doesNotContain("??");
        String csrf = PageSession.csrf(page.body());
        byte[] bad = ("action,indicator,unit,unit_cost_yuan,step\n"
                        + "hire_qualified_teacher,teachers_above_degree_per100,teacher,120000,1\n"
                        + "build_sports_ground,sports_area_per_student,m2,-5,1\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> zh =
                planner.upload("/investment/" + county + "/costs", csrf, "", "costsFile", "c.csv", bad);
        assertThat(zh.statusCode()).isEqualTo(422);
        assertThat(zh.body()).contains("第 3 行，列 unit_cost_yuan，值“-5”：", "单位成本须为不小于 0 的元数。");

        HttpResponse<String> en =
                planner.upload("/investment/" + county + "/costs?lang=en", csrf, "", "costsFile", "c.csv", bad);
        assertThat(en.statusCode()).isEqualTo(422);
        assertThat(en.body()).contains("row 3, column unit_cost_yuan, value &quot;-5&quot;: a unit cost is a number");
        byte[] large = ("action\n" + "#".repeat(InvestmentCosts.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tooLarge =
                planner.upload("/investment/" + county + "/costs?lang=en", csrf, "", "costsFile", "c.csv", large);
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("larger than 16 KB");
        assertThat(planner.get("/investment/" + county + "?lang=en").body())
                .as("nothing kept")
                .contains("The shipped planning figures");

        // An edited unit cost is kept for the session, read as a costs file would be.
        HttpResponse<String> edited = planner.postForm(
                "/investment/" + county + "/costs/table?lang=en",
                "_csrf=" + PageSession.encode(csrf) + "&cost.build_sports_ground=abc");
        assertThat(edited.statusCode()).isEqualTo(422);
        assertThat(edited.body()).contains("column unit_cost_yuan, value &quot;abc&quot;: the value is a number");
        assertThat(planner.postForm(
                                "/investment/" + county + "/costs/table",
                                "_csrf=" + PageSession.encode(csrf) + "&cost.build_sports_ground=450")
                        .statusCode())
                .isEqualTo(302);
        assertThat(planner.get("/investment/" + county + "?lang=en").body())
                .contains("The costs of this session", "value=\"450\"");
    }

    @Test
    void aPlanRunFromThePageAndAWhatIfEditChangeTheCountsAtOnce() {
        String county = fixture.county(5).value();
        int year = fixture.year();
        PageSession planner = PageSession.signIn(port, "planner");
        String csrf = PageSession.csrf(planner.get("/investment/" + county).body());
        String form = "year=" + year + "&goal=budget&budget=" + (long) InvestmentApiIT.BUDGET;

        assertThat(planner.postForm("/investment/" + county + "/plans", form).statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        HttpResponse<String> run =
                planner.postForm("/investment/" + county + "/plans", form + "&_csrf=" + PageSession.encode(csrf));
        assertThat(run.statusCode()).isEqualTo(302);
        String result = run.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(result).matches("/investment/" + county + "/plans/\\d+");
        String done = await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> planner.get(result + "?lang=en").body(), b -> b.contains("id=\"plan-status\""));
        int before = afterCount(done);
        long cost = total(done);
        assertThat(done).contains("data-status=\"OPTIMAL\"", "download-json", "add-form");
        assertThat(done).as("every text worded").doesNotContain("??");
        assertThat(planner.get(result + "?lang=zh").body())
                .contains("已证明最优", "各指标县域差异系数")
                .doesNotContain("??", "Proven optimal");

        // What-if: the first action removed; the evaluation finds fewer compliant segments, at a lower cost.
        assertThat(planner.postForm(result + "/what-if", "index=0&quantity=0").statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(planner.postForm(result + "/what-if", "index=0&quantity=0&_csrf=" + PageSession.encode(csrf))
                        .statusCode())
                .isEqualTo(302);
        String edited = planner.get(result + "?lang=en").body();
        assertThat(edited).contains("id=\"edited\"");
        assertThat(afterCount(edited)).isLessThan(before);
        assertThat(total(edited)).isLessThan(cost);
        // The plan itself is unchanged: its document and the other sessions see the planner's result.
        assertThat(PageSession.signIn(port, "planner").get(result + "?lang=en").body())
                .doesNotContain("id=\"edited\"");
        assertThat(planner.postForm(result + "/what-if/reset", "_csrf=" + PageSession.encode(csrf))
                        .statusCode())
                .isEqualTo(302);
        assertThat(afterCount(planner.get(result).body())).isEqualTo(before);

        // An added action is priced at once; one the checker would refuse is not taken, and the page says why.
        String school =
                schoolYears.ofYear(year, fixture.county(5)).getFirst().code().value();
        String add = "&_csrf=" + PageSession.encode(csrf) + "&school=" + school + "&action=build_sports_ground";
        HttpResponse<String> wrong = planner.postForm(result + "/what-if/add", "segment=PRIMARY&quantity=10" + add);
        String refusal = wrong.headers().firstValue("Location").orElseThrow();
        assertThat(refusal).endsWith("?refused=schoolSegment");
        assertThat(planner.get(result + "?refused=schoolSegment&lang=en").body())
                .contains("is for the whole school")
                .doesNotContain("id=\"edited\"");
        assertThat(planner.postForm(result + "/what-if/add", "segment=&quantity=100" + add)
                        .statusCode())
                .isEqualTo(302);
        assertThat(total(planner.get(result).body())).isEqualTo(cost + 100 * 400);
        planner.postForm(result + "/what-if/reset", "_csrf=" + PageSession.encode(csrf));

        // Another unit cost is a new plan: a job of its own, priced with it.
        HttpResponse<String> rerun = planner.postForm(
                result + "/rerun",
                "goal=budget&budget=" + (long) InvestmentApiIT.BUDGET + "&cost.build_sports_ground=450&_csrf="
                        + PageSession.encode(csrf));
        assertThat(rerun.statusCode()).isEqualTo(302);
        String next = rerun.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(next).matches("/investment/" + county + "/plans/\\d+").isNotEqualTo(result);
        JsonNode repriced = Api.json(InvestmentApiIT.done(
                api, next.replace("/investment/" + county + "/plans/", "/api/v1/investment-plans/")));
        assertThat(repriced.get("actions")).isNotEmpty();
        for (JsonNode a : repriced.get("actions")) {
            if (a.get("action").asString().equals("build_sports_ground")) {
                assertThat(a.get("cost").asLong())
                        .isEqualTo(450 * a.get("quantity").asLong());
            }
        }

        long id = Long.parseLong(result.substring(result.lastIndexOf('/') + 1));
        String document = api.get("/api/v1/investment-plans/" + id, "planner").body();
        assertThat(new String(planner.getBytes(result + "/plan.json").body(), StandardCharsets.UTF_8))
                .isEqualTo(document);
        rolesOnTheResult(county, year, result, document);
    }

    private void rolesOnTheResult(String county, int year, String result, String document) {
        PageSession inspector = PageSession.signIn(port, "inspector");
        String read = inspector.get(result + "?lang=en").body();
        assertThat(read).contains("id=\"plan-status\"").doesNotContain("add-form", "what-if", "rerun-form");
        String csrf = PageSession.csrf(read);
        assertThat(inspector
                        .postForm(result + "/what-if", "index=0&quantity=1&_csrf=" + PageSession.encode(csrf))
                        .statusCode())
                .isEqualTo(403);
        assertThat(inspector
                        .postForm(
                                "/investment/" + county + "/plans",
                                "year=" + year + "&_csrf=" + PageSession.encode(csrf))
                        .statusCode())
                .isEqualTo(403);

        String apiPath = result.replace("/investment/" + county + "/plans/", "/api/v1/investment-plans/");
        JsonNode plan = Api.json(api.get(apiPath, "planner"));
        Set<String> planned = new HashSet<>();
        plan.get("actions").forEach(a -> planned.add(a.get("schoolCode").asString()));
        List<SchoolYear> rows = schoolYears.ofYear(year, fixture.county(5));
        SchoolYear own = rows.stream()
                .filter(s -> planned.contains(s.code().value()))
                .findFirst()
                .orElseThrow();
        PageSession principal = PageSession.signIn(port, fixture.principalOf(own));
        String mine = principal.get(result + "?lang=en").body();
        assertThat(mine).contains("data-school=\"" + own.code().value() + "\"", ">" + own.name() + "<");
        assertThat(mine).doesNotContain("add-form", "id=\"cvs\"", "id=\"bound\"");
        for (SchoolYear other : rows) {
            if (!other.equals(own)) {
                assertThat(mine).doesNotContain(other.code().value());
                assertThat(mine).doesNotContain(">" + other.name() + "<");
            }
        }
        String json = new String(principal.getBytes(result + "/plan.json").body(), StandardCharsets.UTF_8);
        String csv = new String(principal.getBytes(result + "/after.csv").body(), StandardCharsets.UTF_8);
        for (SchoolYear other : rows) {
            if (!other.equals(own)) {
                assertThat(json).doesNotContain(other.code().value());
                assertThat(csv).doesNotContain(other.code().value());
            }
        }
        assertThat(json).contains(own.code().value()).isNotEqualTo(document);
        assertThat(csv.lines().filter(l -> !l.isBlank()).count()).isEqualTo(2);
        assertThat(principal.getBytes(result + "/plan.xlsx").statusCode()).isEqualTo(200);
        assertThat(principal
                        .postForm(result + "/what-if/reset", "_csrf=" + PageSession.encode(PageSession.csrf(mine)))
                        .statusCode())
                .isEqualTo(403);
        SchoolYear elsewhere = schoolYears.ofYear(year, fixture.county(4)).getFirst();
        assertThat(PageSession.signIn(port, fixture.principalOf(elsewhere))
                        .get(result)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.anonymous(result).statusCode()).isEqualTo(302);
        assertThat(api.anonymous(result + "/plan.json").statusCode()).isEqualTo(302);
    }

    private static int afterCount(String page) {
        Matcher m = AFTER.matcher(page);
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }

    private static long total(String page) {
        Matcher m = TOTAL.matcher(page);
        assertThat(m.find()).as("the total of the actions").isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
