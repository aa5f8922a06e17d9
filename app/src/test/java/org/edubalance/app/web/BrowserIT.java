package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The pages in a real headless Chromium against the running platform: one browser for the class, signed in per test
 * as the role it needs. Years are named explicitly, since other test classes may import later years into the shared
 * platform. Screenshots go to {@code target/screenshots}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
    private final Api api;
    private final int port;
    private Browser browser;

    BrowserIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void everyRoleSeesItsOwnNavigation() {
        for (String role : List.of("admin", "planner", "inspector", "principal")) {
            browser.signIn(role);
            browser.open("/?lang=en");
            String nav = browser.text("header nav");
            assertThat(nav).as(role).contains("Schools", "Standards", "Sign out (" + role + ")");
            assertThat(nav.contains("Users")).as(role + " sees Users").isEqualTo(role.equals("admin"));
            assertThat(nav.contains("Import"))
                    .as(role + " sees Import")
                    .isEqualTo(role.equals("admin") || role.equals("planner"));
            assertThat(nav.contains("Dashboard")).as(role + " sees Dashboard").isNotEqualTo(role.equals("principal"));
        }
        browser.signIn("admin");
        browser.open("/standards?lang=zh");
        browser.screenshot("standards-zh");
        browser.open("/admin/users?lang=zh");
        browser.screenshot("users-zh");
    }

    @Test
    void theDashboardDrawsItsChartsAndTheLanguageSwitchChangesTheLabels() {
        String county = Api.json(api.get("/api/v1/regions/counties", "admin"))
                .get(0)
                .get("code")
                .asString();
        // A square around the demo county, uploaded as a planner would, drawn under the schools with registerMap.
        PageSession planner = PageSession.signIn(port, "planner");
        planner.upload(
                "/dashboard/" + county + "/boundary",
                PageSession.csrf(
                        planner.get("/dashboard/" + county + "?year=2025").body()),
                "year=2025",
                "county.geojson",
                ("{\"type\": \"Polygon\", \"coordinates\": [[[116.9, 32.3], [118.3, 32.3], [118.3, 33.8],"
                                + " [116.9, 33.8], [116.9, 32.3]]]}")
                        .getBytes(StandardCharsets.UTF_8));
        browser.signIn("inspector");
        browser.open("/dashboard?year=2025&lang=zh");
        waitForCharts(5);
        assertThat(browser.text("main h2")).isEqualTo("各学段结论");
        browser.screenshot("dashboard-city-zh");

        browser.find("#county-table tbody tr a").click();
        waitForCharts(5);
        browser.waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".chart.map svg path[stroke='#607d8b']")));
        assertThat(browser.find("#export-xlsx").getAttribute("href")).contains("format=xlsx", "year=2025");
        browser.screenshot("dashboard-county-zh");

        browser.find("#lang-en").click();
        waitForCharts(5);
        assertThat(browser.text("main h2")).isEqualTo("Verdict per segment");
        assertThat(browser.text("main")).contains("Weakest schools", "Map of the schools");
        browser.screenshot("dashboard-county-en");
        browser.open("/?lang=zh");
    }

    @Test
    void theSchoolListFiltersInPlace() {
        browser.signIn("planner");
        browser.open("/schools?year=2025&lang=en");
        String before = browser.text("#results p");
        WebElement firstRow = browser.find("#school-table tbody tr");

        Select county = new Select(browser.find("select[name=county]"));
        String countyName = county.getOptions().get(2).getText();
        county.selectByIndex(2);
        browser.waitFor().until(ExpectedConditions.stalenessOf(firstRow));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#school-table tbody tr"));
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(
                        r -> assertThat(r.findElements(By.tagName("td")).get(2).getText())
                                .isEqualTo(countyName));
        assertThat(browser.text("#results p")).isNotEqualTo(before);
        assertThat(browser.driver().getCurrentUrl())
                .as("htmx keeps the filter in the address")
                .contains("county=");

        WebElement row = browser.find("#school-table tbody tr");
        new Select(browser.find("select[name=location]")).selectByValue("RURAL");
        browser.waitFor().until(ExpectedConditions.stalenessOf(row));
        assertThat(browser.driver().findElements(By.cssSelector("#school-table tbody tr")))
                .allSatisfy(
                        r -> assertThat(r.findElements(By.tagName("td")).get(4).getText())
                                .isEqualTo("Rural"));
        browser.screenshot("schools-filtered-en");
        browser.open("/?lang=zh");
    }

    @Test
    void anImportWithErrorsShowsItsReportAndStoresNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken-2033.csv");
        new SchoolCsvWriter()
                .write(new DemoDataGenerator(3).generate(DemoScale.COUNTY, 2033).schools(), file);
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r\n", -1);
        lines[2] = lines[2].replaceFirst(",(\\d+),(\\d+),", ",lots,$2,");
        Files.writeString(file, String.join("\r\n", lines), StandardCharsets.UTF_8);
        int importsBefore = Api.json(api.get("/api/v1/imports", "admin")).size();

        browser.signIn("planner");
        browser.open("/import?lang=zh");
        browser.find("input[type=file]").sendKeys(file.toAbsolutePath().toString());
        browser.find("#import-form button[type=submit]").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("issues")));

        List<WebElement> cells = browser.find("#issues tbody tr").findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo("3");
        assertThat(cells.get(2).getText()).isEqualTo("lots");
        assertThat(cells.get(3).getText()).startsWith("IMP-");
        assertThat(browser.text("#import-report")).contains("未保存任何数据");
        browser.screenshot("import-rejected-zh");
        assertThat(Api.json(api.get("/api/v1/imports", "admin"))).hasSize(importsBefore);
        assertThat(api.get("/api/v1/schools?year=2033", "admin").body()).isEqualTo("[]");
    }

    @Test
    void aGoodImportShowsOnTheDashboardAndAReplacementReplacesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("county-2034.csv");
        new SchoolCsvWriter()
                .write(new DemoDataGenerator(4).generate(DemoScale.COUNTY, 2034).schools(), file);

        browser.signIn("planner");
        importFile(file);
        assertThat(browser.text("#import-stored")).contains("county-2034.csv", "2034");
        browser.open("/dashboard?year=2034&lang=en");
        assertThat(browser.text("#county-table tbody")).isNotBlank();
        List<String> weakest = texts("#weakest tbody tr td:first-child");
        assertThat(weakest).isNotEmpty().noneMatch(name -> name.startsWith("Renamed "));

        // The same schools again under new names: the year is held, so the page asks before replacing it, and the
        // dashboard (whose body is rendered once per data change) shows the new names.
        Path renamed = dir.resolve("county-2034-renamed.csv");
        Files.writeString(
                renamed, renameSchools(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        importFile(renamed);
        browser.find("#confirm-replace").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("import-stored")));
        browser.open("/dashboard?year=2034&lang=en");
        assertThat(texts("#weakest tbody tr td:first-child"))
                .hasSameSizeAs(weakest)
                .allMatch(name -> name.startsWith("Renamed "));
        waitForCharts(5);
        browser.screenshot("dashboard-after-import-en");
        browser.open("/?lang=zh");
    }

    private void importFile(Path file) {
        browser.open("/import?lang=en");
        browser.find("input[type=file]").sendKeys(file.toAbsolutePath().toString());
        browser.find("#import-form button[type=submit]").click();
        browser.waitFor()
                .until(ExpectedConditions.or(
                        ExpectedConditions.presenceOfElementLocated(By.id("import-stored")),
                        ExpectedConditions.presenceOfElementLocated(By.id("import-confirm")),
                        ExpectedConditions.presenceOfElementLocated(By.id("import-report"))));
        assertThat(browser.driver().findElements(By.id("import-report"))).isEmpty();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The CSV with "Renamed " before every school name (the demo's names hold no comma or quote). */
    private static String renameSchools(String csv) {
        String[] lines = csv.split("\r\n", -1);
        int column = List.of(lines[0].split(",", -1)).indexOf("school_name");
        assertThat(column).as("school_name column in " + lines[0]).isNotNegative();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] cells = lines[i].split(",", -1);
            cells[column] = "Renamed " + cells[column];
            lines[i] = String.join(",", cells);
        }
        return String.join("\r\n", lines);
    }

    @Test
    void aPrincipalCannotOpenAnotherSchoolsForm() {
        String own = Api.json(api.get("/api/v1/schools?year=2025", "principal"))
                .get(0)
                .get("code")
                .asString();
        String other = otherSchool(own);

        browser.signIn("principal");
        browser.open("/schools/" + other + "/years/2025/edit?lang=en");
        assertThat(browser.text("#problem-status")).contains("403");
        browser.open("/schools/" + own + "/years/2025/edit?lang=en");
        assertThat(browser.driver().findElements(By.id("read-only"))).isEmpty();
        assertThat(browser.find("#field-music_rooms").isEnabled()).isTrue();
        browser.screenshot("school-form-principal-en");
        browser.open("/schools/" + own + "?year=2025&lang=zh");
        browser.screenshot("school-page-principal-zh");

        browser.signIn("inspector");
        browser.open("/schools/" + other + "/years/2025/edit?lang=en");
        assertThat(browser.text("#read-only")).contains("Read only");
        assertThat(browser.find("#field-music_rooms").isEnabled()).isFalse();
        browser.open("/?lang=zh");
    }

    @Test
    void aSchoolNamedLikeAScriptIsShownAsText() {
        String script = "<script>alert(1)</script>";
        JsonNode school =
                Api.json(api.get("/api/v1/schools?year=2024", "admin")).get(7);
        String code = school.get("code").asString();
        String path = "/api/v1/schools/" + code + "/years/2024";
        long version = Api.json(api.get(path, "planner")).get("version").asLong();
        var renamed = api.put(
                path, "planner", "{\"version\": " + version + ", \"values\": {\"school_name\": \"" + script + "\"}}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);

        browser.signIn("inspector");
        browser.open("/schools/" + code + "?year=2024");
        assertThat(browser.text("#school-name")).isEqualTo(script);
        browser.open("/schools?year=2024&q=script");
        assertThat(browser.text("#school-table tbody")).contains(script);
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private void waitForCharts(int count) {
        // ECharts' SVG renderer puts one <svg> into each chart element once it has drawn.
        browser.waitFor()
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".chart svg"), count - 1));
    }

    private String otherSchool(String own) {
        for (JsonNode school : Api.json(api.get("/api/v1/schools?year=2025", "admin"))) {
            if (!school.get("code").asString().equals(own)) {
                return school.get("code").asString();
            }
        }
        throw new IllegalStateException("The demo city has more than one school");
    }
}
