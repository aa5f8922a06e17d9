package org.edubalance.app.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.core.audit.AuditLog;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobRequest;
import org.edubalance.core.rotation.RotationJobStatus;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.core.rotation.RotationLocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs survive a restart: a server stopped while one job ran and another waited leaves both rows unfinished in its
 * database; the next server on the same data directory runs both to the end from their stored inputs — but a job
 * whose every start so far ended with the server's death is not started a fourth time: it fails, saying why.
 */
class RotationRestartIT {

    @Test
    void aRestartedServerRunsTheJobsItsPredecessorLeftRunningOrQueued(@TempDir Path dataDir) {
        long running;
        long queued;
        long crashedThrice;
        RegionCode county;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            county = new RotationRuns(first).smallestCounty();
            RotationJobs jobs = first.getBean(RotationJobs.class);
            // The rows as a server killed mid-solve leaves them: one started, one still waiting; no thread runs them.
            running = jobs.add(request(county));
            jobs.start(running, Instant.now());
            queued = jobs.add(request(county));
            // Three servers died while this one ran (it exhausted their memory, say).
            crashedThrice = jobs.add(request(county));
            for (int i = 0; i < RotationJobRunner.MAX_ATTEMPTS; i++) {
                jobs.start(crashedThrice, Instant.now());
            }
            assertThat(jobs.find(running).orElseThrow().status()).isEqualTo(RotationJobStatus.RUNNING);
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            var runs = new RotationRuns(second);
            for (long id : List.of(running, queued)) {
                RotationJob job = runs.awaitFinished(id);
                assertThat(job.status()).as(job.error()).isEqualTo(RotationJobStatus.DONE);
                assertThat(runs.check(job).isValid()).isTrue();
            }
            RotationJob givenUp = runs.awaitFinished(crashedThrice);
            assertThat(givenUp.status()).isEqualTo(RotationJobStatus.FAILED);
            assertThat(givenUp.attempts()).isEqualTo(RotationJobRunner.MAX_ATTEMPTS);
            assertThat(givenUp.error()).contains("The server stopped 3 times while this run was being solved");
            assertThat(second.getBean(AuditLog.class).of("rotation-job", Long.toString(crashedThrice)))
                    .anySatisfy(e -> {
                        assertThat(e.action()).isEqualTo("FAIL");
                        assertThat(second.getBean(JsonMapper.class)
                                        .readTree(e.newValue())
                                        .get("attempts")
                                        .asInt())
                                .isEqualTo(3);
                    });
            assertThat(second.getBean(RotationJobs.class).unfinished()).isEmpty();
        }
    }

    private static RotationJobRequest request(RegionCode county) {
        return new RotationJobRequest(
                county,
                RotationRuns.YEAR,
                "extends: national\n",
                10,
                RotationLocks.NONE,
                null,
                "planner",
                Instant.now());
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(EduBalanceApplication.class)
                .web(WebApplicationType.NONE)
                .run("--app.data-dir=" + dataDir, "--app.demo.years=2");
    }
}
