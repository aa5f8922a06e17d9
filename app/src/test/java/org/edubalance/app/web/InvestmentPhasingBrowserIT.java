package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.pairingrecord.PairingFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Phasing by year in a real headless Chromium: a planner fills two years' budgets on the county page (the first year
 * is offered as the data year + 1), plans, waits on the result page and reads the table by year and each action's
 * year; the page says why there is no what-if. Screenshots go to {@code target/screenshots/investment-phased-*.png}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestmentPhasingBrowserIT {
    private final int port;
    private final PairingFixture fixture;
    private Browser browser;

    InvestmentPhasingBrowserIT(@Value("${local.server.port}") int port, ApplicationContext app) {
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
    void aPlannerPlansByYearAndSeesTheTableByYear() {
        String county = fixture.county(6).value();
        int year = fixture.year();
        browser.signIn("planner");
        browser.open("/investment/" + county + "?year=" + year + "&lang=en");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("phased-form")));
        assertThat(browser.find("#phase-year-1").getAttribute("value")).isEqualTo(Integer.toString(year + 1));
        browser.find("#phase-budget-1").sendKeys("3000000");
        browser.find("#phase-year-2").sendKeys(Integer.toString(year + 2));
        browser.find("#phase-budget-2").sendKeys("2000000");
        browser.screenshot("investment-phased-form");
        browser.find("#run-phased").click();

        new WebDriverWait(browser.driver(), Duration.ofMinutes(2))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("plan-status")));
        assertThat(browser.find("#plan-status").getAttribute("data-status")).isIn("OPTIMAL", "FEASIBLE");
        assertThat(browser.text("#goal")).startsWith("Phased by year");
        assertThat(browser.driver().findElements(By.cssSelector("#by-year tr[data-year='" + (year + 1) + "']")))
                .isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#by-year tr[data-year='" + (year + 2) + "']")))
                .isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#actions td.action-year")))
                .isNotEmpty()
                .allSatisfy(td ->
                        assertThat(td.getText().strip()).isIn(Integer.toString(year + 1), Integer.toString(year + 2)));
        assertThat(browser.text("#no-what-if")).contains("No what-if for a plan phased by year");
        assertThat(browser.driver().findElements(By.cssSelector("#actions form.what-if")))
                .isEmpty();
        browser.screenshot("investment-phased-result");
    }
}
