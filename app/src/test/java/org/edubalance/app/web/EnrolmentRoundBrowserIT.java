package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.enrolment.AdmissionRoundFixture;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolYears;
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
 * job, reads the statistics and the chart, looks one child up (htmx), approves and publishes; then an entrance-exam round of the county to its quota tables and equity chart. Screenshots go to
 * {@code target/screenshots/enrolment-*.png}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrolmentRoundBrowserIT {
    private final int port;
    private final AdmissionRoundFixture round;
    private final String juniorHigh;
    private Browser browser;

    EnrolmentRoundBrowserIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.round = AdmissionRoundFixture.of(app);
        // A public school of the round's county teaching the junior segment, for the entrance-exam round.
        this.juniorHigh = app
                .getBean(SchoolYears.class)
                .ofYear(round.year(), round.first().county().code())
                .stream()
                .filter(s -> s.junior().hasStudents() && s.ownership() != Ownership.PRIVATE)
                .findFirst()
                .orElseThrow()
                .code()
                .value();
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

        browser.find("#approve-button").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("approved")));
        assertThat(browser.text("#round-status")).isEqualTo("Approved");
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

        // The entrance-exam round of the same county: its quota seats and what they change, as a table and a chart.
        Path highSchools = Files.writeString(
                files.resolve("high_schools.csv"),
                "year,area_code,school_code,school_name,seats,quota_share,quota_min_score,tier\n" + round.year() + ","
                        + round.county() + ",H1,第一高级中学,4,0.5,,KEY\n" + round.year() + "," + round.county()
                        + ",H2,第二高级中学,2,0,,ORDINARY\n");
        String head = round.year() + "," + round.county() + ",";
        String junior = juniorHigh;
        Path candidates = Files.writeString(
                files.resolve("candidates.csv"),
                "year,area_code,candidate_id,junior_school,score,tie1,tie2,tie3,quota_choice,choices\n"
                        + head + "C1," + junior + ",620,,,,H1,H1;H2\n" + head + "C2," + junior + ",600,,,,H1,H1;H2\n"
                        + head + "C3," + junior + ",500,,,,,H2\n");
        browser.open("/enrolment/" + round.county() + "?lang=en");
        browser.find("#quota-round-form input[name=high_schools]").sendKeys(highSchools.toString());
        browser.find("#quota-round-form input[name=candidates]").sendKeys(candidates.toString());
        new Select(browser.find("#quota-round-form select[name=year]")).selectByValue(Integer.toString(round.year()));
        browser.find("#create-quota-round").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("commit-button")));
        browser.find("#commit-button").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("public-value-input")));
        browser.find("#public-value-input").sendKeys("SSE close 2027-07-02 3440.55");
        browser.find("#draw-button").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("quota-result")));
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#equity-chart svg")));
        assertThat(browser.text("#quotas thead")).contains("第一高级中学 (2 / 4)");
        browser.screenshot("enrolment-quota-result");
    }
}
