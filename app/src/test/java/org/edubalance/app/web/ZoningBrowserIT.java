package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.zoning.ZoningStudyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * A zoning study in a real headless Chromium: a planner opens the county from the navigation, uploads the six-block
 * study's files, runs the planner as a job, reads the map of the proposal and of the zones in force, the comparison,
 * approves the plan and finds its zone files; a family then finds a block on the public page without signing in.
 * Screenshots go to {@code target/screenshots/zoning-*.png}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoningBrowserIT {
    private final int port;
    private final ZoningStudyFixture study;
    private Browser browser;

    ZoningBrowserIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.study = ZoningStudyFixture.of(app);
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
    void aPlannerRunsApprovesAndAFamilyLooksTheBlockUp() throws IOException {
        Path dir = Files.createTempDirectory("zoning-browser");
        browser.signIn("planner");
        browser.open("/?lang=en");
        browser.find("#nav-zoning").click();
        browser.open("/zoning/" + study.county() + "?lang=en");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("study-form")));
        new Select(browser.find("#study-form select[name=year]")).selectByValue(Integer.toString(study.year()));
        new Select(browser.find("#study-form select[name=entryGrade]")).selectByValue(study.grade());
        for (PageSession.FilePart part : study.files()) {
            Path file = Files.write(dir.resolve(part.fileName()), part.content());
            browser.find("#study-form input[name=" + part.part() + "]").sendKeys(file.toString());
        }
        browser.find("#create-study").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("run-form")));
        assertThat(browser.find("#zoning-map svg").isDisplayed())
                .as("the zones in force on the map")
                .isTrue();
        browser.screenshot("zoning-study");

        browser.find("#run").click();
        // The page reloads itself while the job runs, then shows the outcome.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-status")));
        assertThat(browser.find("#outcome-status").getAttribute("data-status")).isEqualTo("OPTIMAL");
        assertThat(browser.find("#comparison").isDisplayed()).isTrue();
        assertThat(browser.text("#row-km th")).isEqualTo("Student-kilometres");
        assertThat(browser.driver().findElements(By.cssSelector("#zoning-map svg path, #zoning-map svg polygon")))
                .as("a cell per block")
                .hasSizeGreaterThanOrEqualTo(ZoningStudyFixture.BLOCKS.size());
        browser.screenshot("zoning-proposal");
        browser.find("#show-current").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("zoning-map")));
        browser.screenshot("zoning-current");

        browser.find("#approve").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("approved-section")));
        assertThat(browser.find("#download-zones").getAttribute("href")).endsWith("zones.csv");
        assertThat(browser.find("#download-block-zones").getAttribute("href")).endsWith("block_zones.csv");
        browser.screenshot("zoning-approved");
        String url = browser.driver().getCurrentUrl().replaceAll("[?&]lang=en", "");
        browser.driver().get(url + (url.contains("?") ? "&" : "?") + "lang=zh");
        assertThat(browser.driver().getPageSource()).contains("学区");
        browser.screenshot("zoning-approved-zh");

        browser.driver().manage().deleteAllCookies();
        browser.open("/public/zones?lang=zh&q=" + PageSession.encode(study.name("B1")));
        assertThat(browser.driver().getPageSource())
                .contains(study.name("B1"))
                .contains(study.first().name());
        browser.screenshot("zoning-public");
    }
}
