package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.app.PlatformTest;
import org.edubalance.app.pairingrecord.PairingFixture;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Pairings in a real headless Chromium: a planner creates a pairing from the county page, the mentee's principal finds
 * it from the navigation and logs a mentoring activity, and as an attacker opens another school's pairing, another
 * county and the follow-up by their addresses (refused); an inspector opens the follow-up from the county dashboard
 * and reads its chart. Screenshots go to {@code target/screenshots/pairing-*.png}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PairingBrowserIT {
    private final int port;
    private final PairingFixture fixture;
    private Browser browser;

    PairingBrowserIT(@Value("${local.server.port}") int port, ApplicationContext app) {
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
    void aPlannerPairsThePrincipalLogsAndTheFollowUpShows() {
        String county = fixture.county(2).value();
        SchoolYear mentor = fixture.primary(2, Location.URBAN).get(0);
        SchoolYear mentee = fixture.primary(2, Location.RURAL).get(0);
        String principal = fixture.principalOf(mentee);
        String bystander =
                fixture.principalOf(fixture.primary(2, Location.RURAL).get(1));

        browser.signIn("planner");
        browser.open("/?lang=en");
        browser.find("#nav-pairings").click();
        browser.open("/pairings/" + county + "?lang=en");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("pairing-form")));
        new Select(browser.find("#pairing-form select[name=segment]")).selectByValue("PRIMARY");
        browser.find("#pairing-form input[name=mentor]").sendKeys(mentor.code().value());
        browser.find("#pairing-form input[name=mentee]").sendKeys(mentee.code().value());
        browser.find("#pairing-form input[name=startYear]").sendKeys(Integer.toString(fixture.year()));
        browser.driver()
                .executeScript("document.querySelector('#pairing-form input[name=signedOn]').value = '2025-08-28'");
        browser.find("#pairing-form input[name=reference]").sendKeys("结对协议〔2025〕9号");
        browser.find("#pairing-form textarea[name=summary]").sendKeys("每周一次教研活动日，每月一次教学沙龙。");
        browser.screenshot("pairing-county");
        browser.find("#create-pairing").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("agreement")));
        String pairingUrl = browser.driver().getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(browser.text("#agreement-summary")).isEqualTo("每周一次教研活动日，每月一次教学沙龙。");
        browser.screenshot("pairing-created");

        browser.signIn(principal);
        browser.open("/?lang=zh");
        browser.find("#nav-pairings").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("pairings")));
        assertThat(browser.driver().findElements(By.cssSelector("#pairings tbody tr")))
                .hasSize(1);
        assertThat(browser.driver().findElements(By.id("pairing-form")))
                .as("no create form")
                .isEmpty();
        browser.find("#pairings tbody tr td a").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("activity-form")));
        browser.driver()
                .executeScript("document.querySelector('#activity-form input[name=date]').value = '2025-09-12'");
        new Select(browser.find("#activity-form select[name=kind]")).selectByValue("MENTORED_TEACHER");
        browser.find("#activity-form input[name=participants]").clear();
        browser.find("#activity-form input[name=participants]").sendKeys("5");
        browser.find("#activity-form input[name=teachersMentored]").sendKeys("3");
        browser.find("#activity-form textarea[name=note]").sendKeys("骨干教师带教三名青年教师。");
        browser.find("#add-activity").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("activity-table")));
        assertThat(browser.text("#mentored")).isEqualTo("3");
        assertThat(browser.driver().getPageSource()).contains("师徒结对", "骨干教师带教三名青年教师。");
        browser.screenshot("pairing-activity");

        // The attacker: the follow-up, another county and the pairing under another county's address.
        browser.open("/pairings/" + county + "/follow-up");
        assertThat(browser.driver().getPageSource()).doesNotContain("follow-up-chart");
        browser.open("/pairings/" + fixture.county(3).value());
        assertThat(browser.driver().findElements(By.id("pairings"))).isEmpty();
        browser.signIn(bystander);
        browser.driver().get(pairingUrl + "?lang=en");
        assertThat(browser.driver().findElements(By.id("agreement")))
                .as("another school's pairing")
                .isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("每周一次教研活动日");
        browser.screenshot("pairing-refused");

        browser.signIn("inspector");
        browser.open("/dashboard/" + fixture.county(0).value() + "?lang=en");
        browser.find("#pairing-follow-up-link").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".follow-up-chart svg")));
        assertThat(browser.driver().findElements(By.cssSelector(".follow-up-chart svg g[data-indicator]")))
                .as("a panel per indicator")
                .hasSize(7);
        assertThat(browser.find("#follow-up-status").getAttribute("data-status"))
                .isEqualTo("COMPUTED");
        assertThat(browser.driver().findElements(By.cssSelector(".follow-up-table tbody tr")))
                .isNotEmpty();
        browser.screenshot("pairing-follow-up");
        browser.open("/pairings/" + fixture.county(0).value() + "/follow-up?lang=zh");
        assertThat(browser.driver().getPageSource()).contains("双重差分");
        browser.screenshot("pairing-follow-up-zh");
    }
}
