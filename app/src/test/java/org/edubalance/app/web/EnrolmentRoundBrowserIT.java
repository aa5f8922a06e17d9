package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.enrolment.AdmissionRoundFixture;
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
 * An enrolment round in a real headless Chromium, from the upload to the published result: a planner opens the
 * county from the navigation, uploads the three files, stores the commit, draws with the public value, watches the
 * job, reads the statistics and the chart, looks one child up (htmx) and publishes. Screenshots go to
 * {@code target/screenshots/enrolment-*.png}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrolmentRoundBrowserIT {
    private final int port;
    private final AdmissionRoundFixture round;
    private Browser browser;

    EnrolmentRoundBrowserIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.round = AdmissionRoundFixture.of(app);
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
    void aPlannerTakesARoundFromTheUploadToThePublishedResult() throws IOException {
        Path files = Files.createTempDirectory("enrolment-browser");
        Path seats = Files.writeString(files.resolve("seats.csv"), round.seats());
        Path zones = Files.writeString(files.resolve("zones.csv"), round.zones());
        Path applicants = Files.writeString(files.resolve("applicants.csv"), round.applicants());

        browser.signIn("planner");
        browser.open("/?lang=en");
        browser.find("#nav-enrolment").click();
        browser.find("#enrolment-counties a[href='/enrolment/" + round.county() + "']")
                .click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("round-form")));
        new Select(browser.find("#round-form select[name=year]")).selectByValue(Integer.toString(round.year()));
        new Select(browser.find("#round-form select[name=entryGrade]")).selectByValue(round.grade());
        browser.find("#round-form input[name=seats]").sendKeys(seats.toString());
        browser.find("#round-form input[name=zones]").sendKeys(zones.toString());
        browser.find("#round-form input[name=applicants]").sendKeys(applicants.toString());
        browser.find("#create-round").click();

        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("commit-button")));
        assertThat(browser.text("#round-status")).isEqualTo("Files uploaded");
        browser.find("#commit-button").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("announce")));
        String commit = browser.text("#commit");
        assertThat(commit).matches("[0-9a-f]{64}");
        browser.screenshot("enrolment-committed");

        browser.find("#public-value-input").sendKeys("SZSE close 2027-06-04 10502.18");
        browser.find("#draw-button").click();
        // The page polls the job's status and reloads itself with the result when the job is done.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("statistics")));
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#demand-chart svg")));
        assertThat(browser.text("#stat-applicants")).isEqualTo("3");
        assertThat(browser.text("#stat-unplaced")).isEqualTo("1");

        String page = browser.driver().getCurrentUrl();
        browser.find("#applicant-input").sendKeys("A2");
        browser.find("#explain-button").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("explanation-why")));
        assertThat(browser.driver().getCurrentUrl()).as("swapped in by htmx").isEqualTo(page);
        assertThat(browser.text("#explanation-found h4")).isEqualTo("Applicant A2");
        browser.screenshot("enrolment-result");

        browser.find("#publish-button").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("public-link")));
        assertThat(browser.text("#round-status")).isEqualTo("Published");
        browser.screenshot("enrolment-published");
        browser.driver().get(browser.driver().getCurrentUrl() + "?lang=zh");
        assertThat(browser.text("#round-status")).isEqualTo("已公布");
        browser.screenshot("enrolment-published-zh");
        browser.find("#public-link").click();
        browser.waitFor().until(ExpectedConditions.urlContains("/public/draws/"));
        assertThat(browser.driver().getPageSource()).contains(commit);
    }
}
