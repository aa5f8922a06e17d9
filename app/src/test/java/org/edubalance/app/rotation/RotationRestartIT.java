package org.edubalance.app.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.app.planning.PlanningJobRunner;
import org.edubalance.app.planning.PlanningJobSettings;
import org.edubalance.core.audit.AuditLog;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobRequest;
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
 * database; the next server on the same data directory (the same instance id) runs both to the end from their stored
 * inputs at once, without waiting for the lease of the one it was running — but a job whose every start so far ended
 * with a server's death is not started a fourth time: it fails, saying why.
 */
class RotationRestartIT {

    @Test
    void aRestartedServerRunsTheJobsItsPredecessorLeftRunningOrQueued(@TempDir Path dataDir) {
        long running;
        long queued;
        long crashedThrice;
        RegionCode county;
        // The first server runs no jobs itself: the test claims them in its name, as a server killed mid-solve would.
        try (ConfigurableApplicationContext first = start(dataDir, "--app.planning.run-jobs=false")) {
            county = new RotationRuns(first).smallestCounty();
            RotationJobs jobs = first.getBean(RotationJobs.class);
            PlanningJobs lifecycle = first.getBean(PlanningJobs.class);
            String instance = first.getBean(PlanningJobSettings.class).instance();
            // Three servers died while this one ran (it exhausted their memory, say): each claim's lease ran out.
            crashedThrice = jobs.add(request(county));
            for (int i = 0; i < PlanningJobRunner.MAX_ATTEMPTS; i++) {
                assertThat(claim(lifecycle, "died-" + i, Duration.ZERO)).isEqualTo(crashedThrice);
            }
            // The rows as this server killed mid-solve leaves them: one claimed (its lease still holding for ten
            // minutes), one still waiting.
            running = jobs.add(request(county));
            assertThat(claim(lifecycle, instance, Duration.ofMinutes(10))).isEqualTo(running);
            queued = jobs.add(request(county));
            assertThat(jobs.find(running).orElseThrow().status()).isEqualTo(PlanningJobStatus.RUNNING);
        }

        try (ConfigurableApplicationContext second = start(dataDir, "--app.planning.run-jobs=true")) {
            var runs = new RotationRuns(second);
            for (long id : List.of(running, queued)) {
                RotationJob job = runs.awaitFinished(id);
                assertThat(job.status()).as(job.error()).isEqualTo(PlanningJobStatus.DONE);
                assertThat(runs.check(job).isValid()).isTrue();
            }
            RotationJob givenUp = runs.awaitFinished(crashedThrice);
            assertThat(givenUp.status()).isEqualTo(PlanningJobStatus.FAILED);
            assertThat(givenUp.attempts()).isEqualTo(PlanningJobRunner.MAX_ATTEMPTS);
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
            assertThat(second.getBean(PlanningJobs.class).unfinished()).isEmpty();
            // Resumed at once, not after the ten-minute lease: a second claim, the first one's inputs.
            RotationJob resumed =
                    second.getBean(RotationJobs.class).find(running).orElseThrow();
            assertThat(resumed.attempts()).isEqualTo(2);
            assertThat(second.getBean(RotationJobs.class)
                            .find(queued)
                            .orElseThrow()
                            .attempts())
                    .isOne();
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

    private static long claim(PlanningJobs jobs, String instance, Duration lease) {
        return jobs.claim(instance, Set.of(RotationJobRequest.KIND), lease, PlanningJobRunner.MAX_ATTEMPTS)
                .orElseThrow()
                .id();
    }

    private static ConfigurableApplicationContext start(Path dataDir, String runJobs) {
        return new SpringApplicationBuilder(EduBalanceApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--app.data-dir=" + dataDir,
                        "--app.demo.years=2",
                        "--app.demo.rounds=false",
                        "--app.demo.investment=false",
                        runJobs);
    }
}
