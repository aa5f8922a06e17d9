package org.edubalance.app.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.pairingrecord.PairingFixture;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlanJson;
import org.edubalance.planning.investment.PhasedPlanner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Phasing by year on the platform over real HTTP (docs/planning/investment.md §10, §11): a plan queued over the API is
 * the command line's document (budgetPerYear, each action's year, each county's byYear); a principal gets their
 * school's actions with their year and no county figure; its downloads work; bad budgets by year are 400 naming the
 * key over the API and 422 naming the row on the page, in the page's language, nothing queued.
 */
@PlatformTest
class InvestmentPhasingIT {
    static final long FIRST = 3_000_000;
    static final long SECOND = 2_000_000;

    private final int port;
    private final Api api;
    private final PairingFixture fixture;
    private final SchoolYears schoolYears;
    private final PlanningJobs jobs;

    InvestmentPhasingIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.api = new Api(port);
        this.fixture = PairingFixture.of(app);
        this.schoolYears = app.getBean(SchoolYears.class);
        this.jobs = app.getBean(PlanningJobs.class);
    }

    /** The investment jobs of {@code county} and the data year {@code year}. */
    private int investmentJobs(String county, int year) {
        return jobs.ofArea(InvestmentJobKind.CODE, new RegionCode(county), year, 1000)
                .size();
    }

    private String plans(String county) {
        return "/api/v1/counties/" + county + "/investment-plans";
    }

    @Test
    void aPlanByYearIsTheCommandLinesDocumentAndAPrincipalSeesOnlyTheirSchool() throws IOException {
        String county = fixture.county(2).value();
        int year = fixture.year();
        HttpResponse<String> queued = api.post(
                plans(county),
                "planner",
                "{\"year\":" + year + ",\"goal\":\"budget-per-year\",\"budgetPerYear\":{\"" + (year + 1) + "\":" + FIRST
                        + ",\"" + (year + 2) + "\":" + SECOND + "}}");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String url = Api.json(queued).get("url").asString();
        HttpResponse<String> planner = InvestmentApiIT.done(api, url);
        JsonNode doc = Api.json(planner);
        assertThat(doc.get("goal").asString()).isEqualTo("budget-per-year");
        assertThat(doc.get("status").asString()).isIn("OPTIMAL", "FEASIBLE");
        assertThat(doc.get("budgetPerYear").get(Integer.toString(year + 1)).asLong())
                .isEqualTo(FIRST);
        assertThat(doc.get("budgetPerYear").get(Integer.toString(year + 2)).asLong())
                .isEqualTo(SECOND);
        assertThat(doc.get("actions")).isNotEmpty();
        for (JsonNode a : doc.get("actions")) {
            assertThat(a.get("year").asInt()).isIn(year + 1, year + 2);
        }
        for (JsonNode c : doc.get("counties")) {
            assertThat(c.get("byYear")).hasSize(2);
        }

        List<SchoolYear> rows = schoolYears.ofYear(year, fixture.county(2));
        var budgets = new TreeMap<Integer, Double>();
        budgets.put(year + 1, (double) FIRST);
        budgets.put(year + 2, (double) SECOND);
        InvestmentPlan cli = new PhasedPlanner(
                        StandardCatalogue.load(StandardCatalogue.DEFAULT_ID),
                        CostsReader.shipped(),
                        InvestmentJobKind.TIME_LIMIT)
                .plan(year, rows, budgets);
        assertThat(planner.body()).as("one writer").isEqualTo(InvestmentPlanJson.write(cli));
        assertThat(api.get(url, "inspector").body()).isEqualTo(planner.body());

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
            assertThat(a.has("year")).isTrue();
        }
        assertThat(cut.get("counties")).as("no figure by year of the county").isEmpty();
        for (SchoolYear other : rows) {
            if (!other.equals(own)) {
                assertThat(mine.body()).doesNotContain(other.code().value());
            }
        }
        assertThat(api.post(
                                plans(county),
                                principal,
                                "{\"year\":" + year + ",\"budgetPerYear\":{\"" + (year + 1) + "\":1000}}")
                        .statusCode())
                .isEqualTo(403);

        String page = url.replace("/api/v1/investment-plans/", "/investment/" + county + "/plans/");
        PageSession bureau = PageSession.signIn(port, "planner");
        String en = bureau.get(page + "?lang=en").body();
        assertThat(en)
                .contains(
                        "id=\"by-year\"",
                        "data-year=\"" + (year + 2) + "\"",
                        "class=\"action-year\"",
                        "no-what-if",
                        "compliant school segments after that year")
                .doesNotContain("??", "class=\"inline what-if\"", "add-form", "rerun-form");
        assertThat(bureau.get(page + "?lang=zh").body())
                .contains("分年度", "分年度方案不提供")
                .doesNotContain("??");
        String pageOfPrincipal =
                PageSession.signIn(port, principal).get(page + "?lang=en").body();
        assertThat(pageOfPrincipal)
                .contains("The cost of your school", "class=\"action-year\"")
                .doesNotContain("compliant school segments after that year");
        for (SchoolYear other : rows) {
            if (!other.equals(own)) {
                assertThat(pageOfPrincipal).doesNotContain(other.code().value());
            }
        }
        HttpResponse<byte[]> xlsx = bureau.getBytes(page + "/plan.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Set<Double> years = new HashSet<>();
            book.getSheetAt(book.getNumberOfSheets() - 1).forEach(row -> {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.NUMERIC) {
                    years.add(first.getNumericCellValue());
                }
            });
            assertThat(years).as("the workbook's sheet of the years").contains(year + 1.0, year + 2.0);
        }
        assertThat(new String(bureau.getBytes(page + "/plan.json").body(), StandardCharsets.UTF_8))
                .isEqualTo(planner.body());
        HttpResponse<byte[]> after = bureau.getBytes(page + "/after.csv");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(new String(after.body(), StandardCharsets.UTF_8))
                .contains(own.code().value());
        assertThat(bureau.postForm(page + "/what-if/reset", "_csrf=" + PageSession.encode(PageSession.csrf(en)))
                        .statusCode())
                .as("no what-if for a plan by year")
                .isEqualTo(400);
    }

    @Test
    void badBudgetsByYearAreRefusedNamingTheKeyOrRow() {
        String county = fixture.county(2).value();
        int year = fixture.year();
        String next = Integer.toString(year + 1);
        HttpResponse<String> negative = api.post(
                plans(county),
                "planner",
                "{\"year\":" + year + ",\"goal\":\"budget-per-year\",\"budgetPerYear\":{\"" + next + "\":-5}}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("budgetPerYear." + next, "-5", "0 or more");
        HttpResponse<String> early = api.post(
                plans(county), "planner", "{\"year\":" + year + ",\"budgetPerYear\":{\"" + (year - 1) + "\":1000}}");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("budgetPerYear." + (year - 1), "data year " + year);
        HttpResponse<String> text = api.post(
                plans(county), "planner", "{\"year\":" + year + ",\"budgetPerYear\":{\"" + next + "\":\"lots\"}}");
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("budgetPerYear." + next, "lots");
        HttpResponse<String> none =
                api.post(plans(county), "planner", "{\"year\":" + year + ",\"goal\":\"budget-per-year\"}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("budgetPerYear");
        HttpResponse<String> both = api.post(
                plans(county),
                "planner",
                "{\"year\":" + year + ",\"goal\":\"budget\",\"budget\":1000,\"budgetPerYear\":{\"" + next
                        + "\":1000}}");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("budgetPerYear");

        PageSession planner = PageSession.signIn(port, "planner");
        // Budgets that buy nothing useful together: refused before a job is queued, on the API and on the page.
        int jobsBefore = investmentJobs(county, year);
        HttpResponse<String> little =
                api.post(plans(county), "planner", "{\"year\":" + year + ",\"budgetPerYear\":{\"" + next + "\":1}}");
        assertThat(little.statusCode()).as(little.body()).isEqualTo(400);
        assertThat(little.body()).contains("budgets by year total 1 yuan, below", "nothing useful can be bought");
        String token = PageSession.csrf(planner.get("/investment/" + county).body());
        HttpResponse<String> littleRow = planner.postForm(
                "/investment/" + county + "/plans/by-year?lang=zh",
                "_csrf=" + PageSession.encode(token) + "&year=" + year + "&phaseYear1=" + next + "&phaseBudget1=1");
        assertThat(littleRow.statusCode()).isEqualTo(422);
        assertThat(littleRow.body())
                .contains("未规划：各年度预算合计 1 元，低于")
                .doesNotContain("budgets by year total")
                .contains("value=\"1\"");
        assertThat(investmentJobs(county, year)).as("nothing queued").isEqualTo(jobsBefore);

        String csrf = PageSession.csrf(planner.get("/investment/" + county).body());
        String form = "_csrf=" + PageSession.encode(csrf) + "&year=" + year;
        assertThat(planner.postForm("/investment/" + county + "/plans/by-year", "year=" + year + "&phaseYear1=" + next)
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        HttpResponse<String> missing =
                planner.postForm("/investment/" + county + "/plans/by-year?lang=en", form + "&phaseYear1=" + next);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("Not planned: row 1, year " + next + ": the budget in yuan is missing.");
        HttpResponse<String> twice = planner.postForm(
                "/investment/" + county + "/plans/by-year?lang=zh",
                form + "&phaseYear1=" + next + "&phaseBudget1=1000&phaseYear2=" + next + "&phaseBudget2=1000");
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body())
                .contains("未规划：第 2 行，年度“" + next + "”：年度须逐行递增、不重复（上一行为 " + next + "）。")
                .contains("value=\"1000\"");
        HttpResponse<String> negativeRow = planner.postForm(
                "/investment/" + county + "/plans/by-year?lang=en", form + "&phaseYear1=" + next + "&phaseBudget1=-1");
        assertThat(negativeRow.statusCode()).isEqualTo(422);
        assertThat(negativeRow.body())
                .contains("row 1, budget &quot;-1&quot;: a budget is a number of yuan, 0 or more.");
    }
}
