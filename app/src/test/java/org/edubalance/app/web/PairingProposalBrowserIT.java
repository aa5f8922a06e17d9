package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.app.PlatformTest;
import org.edubalance.app.pairingrecord.ProposalFixture;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.planning.pairing.PairingPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * A pairing proposal in a real headless Chromium: a planner proposes pairs from the county page, keeps one proposed
 * pair ticked, adopts it, and finds it in the county's list of pairings; proposing again marks it as stored.
 * Screenshots go to {@code target/screenshots/pairing-proposal-*.png}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PairingProposalBrowserIT {
    private static final int COUNTY = 4;

    private final int port;
    private final ProposalFixture proposals;
    private Browser browser;

    PairingProposalBrowserIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.proposals = new ProposalFixture(app);
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
    void aPlannerProposesAdoptsOnePairAndFindsItInTheList() {
        String county = proposals.fixture().county(COUNTY).value();
        PairingPlan plan = proposals.plan(COUNTY, PairingPolicyReader.load("national"));
        PairingPlan.Pair chosen = proposals.adoptable(COUNTY, plan).getFirst();
        String value = chosen.segment() + "/" + chosen.mentor() + "/" + chosen.mentee();

        browser.signIn("planner");
        browser.open("/pairings/" + county + "?lang=en");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("propose-form")));
        new Select(browser.find("#propose-form select[name=year]"))
                .selectByValue(Integer.toString(proposals.fixture().year()));
        browser.screenshot("pairing-proposal-form");
        browser.find("#propose-pairs").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("adopt-form")));
        assertThat(browser.find("#summary-status").getAttribute("data-status")).isEqualTo("OPTIMAL");
        assertThat(browser.text("#summary-paired"))
                .isEqualTo(Integer.toString(plan.summary().paired()));
        assertThat(browser.driver().findElements(By.cssSelector("#proposed-pairs tbody tr")))
                .hasSize(plan.pairs().size());
        for (WebElement box : browser.driver().findElements(By.cssSelector("#adopt-form input[name=pair]"))) {
            if (box.isSelected() != value.equals(box.getAttribute("value"))) {
                box.click();
            }
        }
        browser.screenshot("pairing-proposal");
        browser.find("#adopt-pairs").click();

        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("adopted")));
        assertThat(browser.text("#adopted")).isEqualTo("Adopted 1 proposed pair(s) as pairings.");
        String rows = browser.find("#pairings").getText();
        assertThat(rows).contains(chosen.mentor(), chosen.mentee());
        browser.screenshot("pairing-proposal-adopted");

        browser.open("/pairings/" + county + "?lang=zh");
        browser.find("#propose-pairs").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("adopt-form")));
        WebElement row = browser.find("#proposed-pairs tr[data-pair='" + value + "']");
        assertThat(row.getAttribute("data-stored")).isEqualTo("true");
        assertThat(row.getText()).contains("已保存");
        browser.screenshot("pairing-proposal-stored-zh");
    }
}
