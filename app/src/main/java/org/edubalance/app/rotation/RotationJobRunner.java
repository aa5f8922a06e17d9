package org.edubalance.app.rotation;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.edubalance.app.audit.AuditService;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobProgress;
import org.edubalance.core.rotation.RotationJobRequest;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveProgress;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.edubalance.planning.rotation.RotationPlanJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the stored rotation jobs one at a time on one background thread: a county solve uses both cores of a bureau
 * server, so a second one at once would only slow both. Every state change is written to the job's row at once, so
 * a server that stops mid-run leaves the job RUNNING, and the next start runs it again from its stored inputs — up to
 * {@link #MAX_ATTEMPTS} starts in all, since a job that brings the server down (out of memory) would do so at every
 * start. A job's end, done or failed, is written with its audit entry.
 */
@Component
final class RotationJobRunner {
    /** Starts a job gets before a server that stopped during each of them marks it failed. */
    static final int MAX_ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(RotationJobRunner.class);
    /** Progress is written at most this often: the solver may report many times a second. */
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);

    /** The planning of one job: {@link RotationPlanning#solve} on a server. */
    @FunctionalInterface
    interface Solve {
        RotationPlanning.Solved solve(RotationJobRequest request, SolveListener listener);
    }

    private final RotationJobs jobs;
    private final Solve planning;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("rotation-planner").daemon(true).factory());

    @Autowired
    RotationJobRunner(
            RotationJobs jobs,
            RotationPlanning planning,
            AuditService audit,
            TransactionTemplate transaction,
            Clock clock) {
        this(jobs, (Solve) planning::solve, audit, transaction, clock);
    }

    RotationJobRunner(
            RotationJobs jobs, Solve planning, AuditService audit, TransactionTemplate transaction, Clock clock) {
        this.jobs = jobs;
        this.planning = planning;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Runs again the jobs a stopped server left queued or running, oldest first (within their attempts). */
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
        if (job.attempts() >= MAX_ATTEMPTS) {
            fail(
                    job,
                    "The server stopped " + job.attempts() + " times while this run was being solved, so it is not"
                            + " started again. Maybe a shorter time limit or commute limit, or more memory for the"
                            + " server.");
            return;
        }
        try {
            jobs.start(id, clock.instant());
            RotationPlanDocument plan =
                    planning.solve(job.request(), new ProgressWriter(id)).document();
            finish(job, plan);
        } catch (OutOfMemoryError e) {
            // The solve's memory is unreachable once its stack has unwound: the runner and the server go on.
            fail(
                    job,
                    "The server ran out of memory while solving (" + e.getMessage() + "). Maybe a shorter commute"
                            + " limit (fewer candidate moves) or more memory for the server.");
        } catch (StackOverflowError e) {
            fail(job, "The solve overflowed its thread's stack (StackOverflowError). Maybe a smaller problem.");
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: OR-Tools' native solvers failed to load; the job says so instead of staying RUNNING.
            fail(job, String.valueOf(e.getMessage()));
        }
    }

    private void finish(RotationJob job, RotationPlanDocument plan) {
        PlanningOutcome outcome = plan.outcome();
        Map<String, Object> entry = outcomeEntry(job);
        entry.put("status", outcome.status().name());
        entry.put("gap", outcome.gap());
        entry.put("movers", plan.summary().movers());
        entry.put("valid", plan.summary().valid());
        transaction.executeWithoutResult(tx -> {
            jobs.finish(job.id(), RotationPlanJson.write(plan), clock.instant());
            audit.record(AuditService.SYSTEM, "rotation-job", Long.toString(job.id()), "FINISH", null, entry);
        });
        LOG.info(
                "Rotation job {} done: {} with {} movers, checker {}.",
                job.id(),
                outcome.status(),
                plan.summary().movers(),
                plan.summary().valid() ? "valid" : "INVALID");
    }

    private void fail(RotationJob job, String error) {
        LOG.warn("Rotation job {} failed: {}", job.id(), error);
        Map<String, Object> entry = outcomeEntry(job);
        entry.put("status", "FAILED");
        entry.put("error", error);
        try {
            transaction.executeWithoutResult(tx -> {
                jobs.fail(job.id(), error, clock.instant());
                audit.record(AuditService.SYSTEM, "rotation-job", Long.toString(job.id()), "FAIL", null, entry);
            });
        } catch (RuntimeException stillFailing) {
            // The database went away (the server is stopping): the job stays unfinished and runs on the next start.
            LOG.warn("Rotation job {}: could not record the failure: {}", job.id(), stillFailing.getMessage());
        }
    }

    /** What every outcome entry names: the job's county, year, who started it and how many starts it took. */
    private Map<String, Object> outcomeEntry(RotationJob job) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("county", job.request().county().value());
        entry.put("year", job.request().year());
        entry.put("startedBy", job.request().createdBy());
        entry.put("attempts", jobs.find(job.id()).map(RotationJob::attempts).orElse(job.attempts()));
        return entry;
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
