package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.pairingrecord.GroupProposalFixture;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.planning.groups.GroupPlan;
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
 * A school-group proposal in a real headless Chromium: a planner chooses core schools on the county page, proposes,
 * keeps one proposed group ticked, adopts it, and finds it in the county's list of groups; proposing again marks its
 * schools as in a group. Screenshots go to {@code target/screenshots/group-proposal-*.png}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupProposalBrowserIT {
    private static final int COUNTY = 3;

    private final int port;
    private final GroupProposalFixture groups;
    private Browser browser;

    GroupProposalBrowserIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.groups = new GroupProposalFixture(app);
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
    void aPlannerProposesAdoptsOneGroupAndFindsItInTheList() {
        String county = groups.fixture().county(COUNTY).value();
        Set<String> cores = groups.cores(COUNTY, 3);
        GroupPlan plan = groups.plan(COUNTY, cores, PairingPolicyReader.loadGroups("national"));
        GroupPlan.Group chosen = plan.groups().stream()
                .filter(g -> !g.members().isEmpty())
                .findFirst()
                .orElseThrow();
        String value = GroupProposalFixture.value(chosen);

        browser.signIn("planner");
        browser.open("/pairings/" + county + "?lang=en");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("group-propose-form")));
        new Select(browser.find("#group-propose-form select[name=year]"))
                .selectByValue(Integer.toString(groups.fixture().year()));
        Select coreList = new Select(browser.find("#group-cores"));
        cores.forEach(coreList::selectByValue);
        browser.screenshot("group-proposal-form");
        browser.find("#propose-groups-button").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("adopt-groups-form")));
        assertThat(browser.find("#summary-status").getAttribute("data-status"))
                .isEqualTo(plan.summary().status().name());
        assertThat(browser.text("#summary-placed"))
                .isEqualTo(Integer.toString(plan.summary().placed()));
        List<WebElement> boxes = browser.driver().findElements(By.cssSelector("#adopt-groups-form input[name=group]"));
        assertThat(boxes).hasSize(plan.groups().size());
        for (WebElement box : boxes) {
            if (box.isEnabled() && box.isSelected() != value.equals(box.getAttribute("value"))) {
                box.click();
            }
        }
        browser.screenshot("group-proposal");
        browser.find("#adopt-groups").click();

        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("adopted-groups")));
        assertThat(browser.text("#adopted-groups")).isEqualTo("Adopted 1 proposed school groups.");
        String coreName = plan.names().get(chosen.core());
        assertThat(browser.find("#group-table").getText()).contains(coreName + "教育集团（小学）");
        browser.screenshot("group-proposal-adopted");

        browser.open("/pairings/" + county + "?lang=zh");
        Select again = new Select(browser.find("#group-cores"));
        cores.forEach(again::selectByValue);
        browser.find("#propose-groups-button").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("adopt-groups-form")));
        WebElement block = browser.find("article[data-group='" + value + "']");
        assertThat(block.getText()).contains("已在进行中的集团内");
        assertThat(block.findElement(By.cssSelector("input[name=group]")).isSelected())
                .isFalse();
        browser.screenshot("group-proposal-in-group-zh");
    }
}
