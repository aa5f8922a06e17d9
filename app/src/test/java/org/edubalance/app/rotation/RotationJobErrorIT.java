package org.edubalance.app.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.planning.PlanningJobRunner;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.RegionCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A failed job's reason over HTTP, in the reader's language: the job is one whose every instance stopped while it ran
 * (its rows as three dead servers leave them), which the platform's own runner gives up — the runner stores the code
 * and its figure, the Chinese page words it in Chinese, the English page in English, and the API returns the code
 * with the English text.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RotationJobErrorIT {
    private final int port;
    private final ApplicationContext app;
    private RegionCode county;
    private PlanningJob givenUp;

    RotationJobErrorIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.app = app;
    }

    @BeforeAll
    void aJobWhoseServersStoppedOnEveryAttemptIsGivenUp() {
        county = new RotationRuns(app).smallestCounty();
        long id = app.getBean(JdbcClient.class)
                .sql("""
                        insert into planning_job (kind, area_code, year, request, created_by, created_at, status,
                                                  phase, time_share, attempts, claimed_by, lease_until, started_at)
                        values ('ROTATION', :county, :year,
                                '{"policyYaml": "extends: national\\n", "timeLimitSeconds": 10}', 'planner', now(),
                                'RUNNING', 'solve', 0.5, :attempts, 'stopped-instance', now() - interval '1 minute',
                                now() - interval '2 minutes')
                        returning id""")
                .param("county", county.value())
                .param("year", RotationRuns.YEAR)
                .param("attempts", PlanningJobRunner.MAX_ATTEMPTS)
                .query(Long.class)
                .single();
        PlanningJobs jobs = app.getBean(PlanningJobs.class);
        givenUp = await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.find(id).orElseThrow(), j -> !j.status().isUnfinished());
    }

    @Test
    void theRunnerStoresTheCodeAndItsFigure() {
        assertThat(givenUp.status()).isEqualTo(PlanningJobStatus.FAILED);
        assertThat(givenUp.failure()).isNotNull();
        assertThat(givenUp.failure().code()).isEqualTo(PlanningJobFailure.Code.GAVE_UP_AFTER_RESTARTS);
        assertThat(givenUp.failure().arguments()).containsExactly("3");
        assertThat(givenUp.error()).startsWith("The server stopped 3 times while this run was being solved");
    }

    @Test
    void theChinesePageWordsTheReasonInChineseAndTheEnglishPageInEnglish() {
        PageSession planner = PageSession.signIn(port, "planner");
        String page = "/rotation/" + county.value() + "?job=" + givenUp.id();

        String zh = errorLine(planner.get(page + "&lang=zh").body());
        String en = errorLine(planner.get(page + "&lang=en").body());

        assertThat(zh).contains("求解期间服务器已停止 3 次").doesNotContainPattern("[A-Za-z]");
        assertThat(en).contains("The server stopped 3 times").doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void theApiReturnsTheCodeWithTheEnglishText() {
        JsonNode job =
                Api.json(new Api(port).get("/api/v1/rotation/" + county.value() + "/jobs/" + givenUp.id(), "planner"));

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("errorCode").asString()).isEqualTo("GAVE_UP_AFTER_RESTARTS");
        assertThat(job.get("errorArguments").get(0).asString()).isEqualTo("3");
        assertThat(job.get("error").asString()).startsWith("The server stopped 3 times");
    }

    /** The text of the page's {@code job-error} paragraph. */
    private static String errorLine(String page) {
        int start = page.indexOf("id=\"job-error\"");
        assertThat(start).as("the page shows the job's error").isNotNegative();
        int open = page.indexOf('>', start) + 1;
        return page.substring(open, page.indexOf("</p>", open)).strip();
    }
}
