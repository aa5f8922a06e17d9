package org.edubalance.app.rotation;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobProgress;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the stored rotation jobs one at a time on one background thread: a county solve uses both cores of a bureau
 * server, so a second one at once would only slow both. Every state change is written to the job's row at once, so
 * a server that stops mid-run leaves the job RUNNING, and the next start runs it again from its stored inputs.
 */
@Component
final class RotationJobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(RotationJobRunner.class);
    /** Progress is written at most this often: the solver may report many times a second. */
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);

    private final RotationJobs jobs;
    private final RotationPlanning planning;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("rotation-planner").daemon(true).factory());

    RotationJobRunner(RotationJobs jobs, RotationPlanning planning, JsonMapper json, Clock clock) {
        this.jobs = jobs;
        this.planning = planning;
        this.json = json;
        this.clock = clock;
    }

    /** Runs again the jobs a stopped server left queued or running, oldest first. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        for (long id : jobs.unfinished()) {
            LOG.info("Rotation job {} was not finished when the server stopped; running it again.", id);
            enqueue(id);
        }
    }

    /** Queues the stored job {@code id}. */
    void enqueue(long id) {
        queue.execute(() -> run(id));
    }

    @PreDestroy
    void stop() {
        // A running solve cannot be interrupted; its thread is a daemon and its job stays RUNNING for the next start.
        queue.shutdownNow();
    }

    private void run(long id) {
        RotationJob job = jobs.find(id).orElse(null);
        if (job == null || !job.status().isUnfinished()) {
            return;
        }
        try {
            jobs.start(id, clock.instant());
            RotationPlanning.Solved solved = planning.solve(job.request(), new ProgressWriter(id));
            jobs.finish(id, json.writeValueAsString(solved.result()), clock.instant());
            LOG.info(
                    "Rotation job {} done: {} with {} movers, checker {}.",
                    id,
                    solved.plan().status(),
                    solved.plan().moves().size(),
                    solved.check().isValid() ? "valid" : "INVALID");
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: OR-Tools' native solvers failed to load; the job says so instead of staying RUNNING.
            fail(id, e);
        }
    }

    private void fail(long id, Throwable e) {
        LOG.warn("Rotation job {} failed: {}", id, e.getMessage());
        try {
            jobs.fail(id, String.valueOf(e.getMessage()), clock.instant());
        } catch (RuntimeException stillFailing) {
            // The database went away (the server is stopping): the job stays unfinished and runs on the next start.
            LOG.warn("Rotation job {}: could not record the failure: {}", id, stillFailing.getMessage());
        }
    }

    /** Writes the solver's reports to the job's row, at most every {@link #PROGRESS_INTERVAL}. */
    private final class ProgressWriter implements SolveListener {
        private final long id;
        private Instant lastWrite = Instant.EPOCH;
        private String lastPhase = "";

        ProgressWriter(long id) {
            this.id = id;
        }

        @Override
        public void progress(SolveProgress progress) {
            Instant now = clock.instant();
            if (progress.phase().equals(lastPhase) && now.isBefore(lastWrite.plus(PROGRESS_INTERVAL))) {
                return;
            }
            lastWrite = now;
            lastPhase = progress.phase();
            jobs.progress(
                    id,
                    new RotationJobProgress(
                            progress.phase(), progress.timeShare(), progress.incumbent(), progress.bound()));
        }
    }
}
