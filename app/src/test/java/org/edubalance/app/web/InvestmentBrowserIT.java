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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * The investment page in a real headless Chromium: a planner opens it from the navigation, plans a county within a
 * budget, waits on the result page (it refreshes by itself while the job runs), then removes an action in the what-if
 * and sees the compliant counts and the cost change at once, and goes back to the plan. Screenshots go to {@code
 * target/screenshots/investment-*.png}.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestmentBrowserIT {
    private final int port;
    private final PairingFixture fixture;
    private Browser browser;

    InvestmentBrowserIT(@Value("${local.server.port}") int port, ApplicationContext app) {
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
    void aPlannerPlansWithinABudgetAndTriesRemovingAnAction() {
        String county = fixture.county(6).value();
        browser.signIn("planner");
        browser.open("/?lang=en");
        browser.find("#nav-investment").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("counties")));
        browser.find("#counties a[href$='/investment/" + county + "']").click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("run-form")));
        assertThat(browser.driver().findElements(By.cssSelector("#costs-table tbody tr")))
                .hasSize(7);
        browser.screenshot("investment-county");

        browser.find("#goal-budget").click();
        browser.find("#budget").sendKeys("5000000");
        browser.find("#run-plan").click();
        new WebDriverWait(browser.driver(), Duration.ofMinutes(2))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("plan-status")));
        assertThat(browser.find("#plan-status").getAttribute("data-status")).isEqualTo("OPTIMAL");
        int before = afterCount();
        String total = browser.text("#draft-total");
        browser.screenshot("investment-result");

        WebElement first = browser.find("#actions form.what-if");
        WebElement quantity = first.findElement(By.cssSelector("input.quantity"));
        quantity.clear();
        quantity.sendKeys("0");
        first.findElement(By.cssSelector("button.set-quantity")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("edited")));
        assertThat(afterCount()).isLessThan(before);
        assertThat(browser.text("#draft-total")).isNotEqualTo(total);
        browser.screenshot("investment-what-if");

        browser.find("#reset-draft").click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("edited")));
        assertThat(afterCount()).isEqualTo(before);
        assertThat(browser.text("#draft-total")).isEqualTo(total);
    }

    private int afterCount() {
        return browser.driver().findElements(By.cssSelector("#compliance td.after")).stream()
                .mapToInt(e -> Integer.parseInt(e.getText().strip()))
                .sum();
    }
}
