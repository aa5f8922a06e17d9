package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.app.PlatformTest;
import org.edubalance.app.rotation.RotationRuns;
import org.edubalance.core.region.RegionCode;
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
 * The rotation page in a real headless Chromium: a planner opens the county's page from the navigation, runs the
 * planner, watches the progress, reads the plan (table, map, before/after chart) and approves it. Screenshots go to
 * {@code target/screenshots/rotation-*.png}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RotationBrowserIT {
    private final int port;
    private final RegionCode county;
    private Browser browser;

    RotationBrowserIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.county = new RotationRuns(app).smallestCounty();
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
    void aPlannerRunsWatchesReadsAndApprovesAPlan() {
        browser.signIn("planner");
        browser.open("/?lang=en");
        browser.find("#nav-rotation").click();
        browser.find("a[href='/rotation/" + county.value() + "']").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("run-form")));
        WebElement timeLimit = browser.find("#timeLimitSeconds");
        timeLimit.clear();
        timeLimit.sendKeys("15");
        browser.find("#run").click();

        browser.waitFor().until(ExpectedConditions.urlContains("job="));
        assertThat(browser.text("#job-state")).isIn("Queued", "Running", "Done");
        browser.screenshot("rotation-progress");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#moves tbody tr")));
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cv-chart svg")));
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#moves-map svg")));

        assertThat(browser.text("#checker")).isEqualTo("every rule met");
        assertThat(browser.driver().findElements(By.cssSelector("#moves tbody tr")))
                .hasSizeGreaterThan(10);
        browser.screenshot("rotation-result");

        browser.find("#approve").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("approved")));
        assertThat(browser.text("#approved")).startsWith("Approved by planner");
        browser.driver().get(browser.driver().getCurrentUrl() + "&lang=zh");
        assertThat(browser.text("#approved")).startsWith("planner 于");
        browser.screenshot("rotation-approved-zh");
    }
}
