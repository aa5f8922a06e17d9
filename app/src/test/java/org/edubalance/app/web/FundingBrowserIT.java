package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.pairingrecord.PairingFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * The funding page in a real headless Chromium: a planner opens it from the county dashboard, uploads a county policy
 * with a rural tilt, reads the sweep chart and the 2017 items, and exports the workbook (fetched by the page's own
 * session, read back with POI). Screenshots go to {@code target/screenshots/funding-*.png}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingBrowserIT {
    private final int port;
    private final PairingFixture fixture;
    private Browser browser;

    FundingBrowserIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.fixture = PairingFixture.of(app);
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
    void aPlannerUploadsAPolicyReadsTheChartAndTheItemsAndExports() throws IOException {
        String county = fixture.county(3).value();
        Path policy = Files.createTempDirectory("funding-it").resolve("rural-tilt.yaml");
        Files.writeString(policy, "extends: national-east\nlocationFactor: {RURAL: 1.2}\n");

        browser.signIn("planner");
        browser.open("/dashboard/" + county + "?lang=en");
        browser.find("#funding-link").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("school-table")));
        assertThat(browser.text("#policy-applied")).contains("national-east");
        browser.screenshot("funding-default");

        browser.find("#policy-upload input[type=file]").sendKeys(policy.toString());
        browser.find("#upload-policy").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("policy-applied"), "county-policy.yaml"));

        // The chart: two panels, a point per factor and series; the table behind it, 1.00 to 1.50.
        assertThat(browser.driver().findElements(By.cssSelector("#sweep-chart svg g[data-panel]")))
                .hasSize(2);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#sweep-table tbody tr"));
        assertThat(rows).hasSize(11);
        assertThat(browser.driver().findElements(By.cssSelector("#sweep-chart svg circle[data-factor='1.20']")))
                .isNotEmpty();
        // The uploaded policy is the sweep's 1.20 point: the county's formula CV is that row's.
        assertThat(browser.text("#cv-row .cv-formula"))
                .isEqualTo(browser.text("#sweep-table tr[data-factor='1.20'] .cv"));
        // The 2017 items, each judged under current funds and the formula.
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#items .funding-item"));
        assertThat(items)
                .extracting(i -> i.getAttribute("data-item"))
                .containsExactly("gov_small_school_funds", "gov_special_ed_funds");
        for (WebElement item : items) {
            assertThat(item.findElement(By.cssSelector(".status-current")).getAttribute("data-status"))
                    .isIn("MET", "NOT_MET", "MISSING");
            assertThat(item.findElement(By.cssSelector(".status-formula")).getAttribute("data-status"))
                    .isIn("MET", "NOT_MET", "MISSING");
        }
        browser.screenshot("funding-policy");

        String href = browser.find("#funding-export").getAttribute("href");
        assertThat(href).contains("policy=county-policy.yaml");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.driver()
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(async r => { const b = new Uint8Array(await r.arrayBuffer());"
                                + " let s = ''; b.forEach(x => s += String.fromCharCode(x));"
                                + " done({status: r.status, type: r.headers.get('content-type'), body: btoa(s)}); });",
                        href);
        assertThat(((Number) download.get("status")).intValue()).isEqualTo(200);
        assertThat((String) download.get("type")).contains("spreadsheetml");
        byte[] xlsx = Base64.getDecoder().decode((String) download.get("body"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Schools");
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows())
                    .isGreaterThan(browser.driver()
                            .findElements(By.cssSelector("#school-table tbody tr"))
                            .size());
        }

        browser.open("/funding/" + county + "?policy=county-policy.yaml&lang=zh");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("sweep-chart")));
        assertThat(browser.driver().getPageSource()).contains("乡村系数", "生均公用经费");
        browser.screenshot("funding-zh");
    }
}
