package org.edubalance.app.planning;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.edubalance.app.audit.AuditService;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobClaim;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.planning.PlanningJobFailure.Code;
import org.edubalance.core.planning.PlanningJobOutcome;
import org.edubalance.core.planning.PlanningJobProgress;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the stored planning jobs of every kind this instance knows, one at a time: a solve uses both cores of a bureau
 * server, so a second one at once would only slow both. Jobs are claimed from the database (docs/planning/jobs.md §2),
 * so any number of instances on one database run each job once; the instance running a job extends its lease every
 * few seconds, and a job whose instance died is claimed again by another once the lease ran out — up to {@link
 * #MAX_ATTEMPTS} claims in all, since a job that brings its server down (out of memory) would do so on every instance.
 * Every write of a run is fenced by its claim, so a run whose job was taken over changes nothing. A job's end, done or
 * failed, is written with its audit entry.
 *
 * <p>The runner looks for work every {@code app.planning.poll-interval}, and at once when this instance queued a job
 * ({@link #wake}).
 */
@Component
public final class PlanningJobRunner {
    /** Claims a job gets before an instance that stopped during each of them marks it failed. */
    public static final int MAX_ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(PlanningJobRunner.class);
    /** Progress is written at most this often: the solver may report many times a second. */
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);

    private final PlanningJobs jobs;
    private final PlanningJobKinds kinds;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PlanningJobSettings settings;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("planning-runner").daemon(true).factory());
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("planning-heartbeat").daemon(true).factory());
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<PlanningJobClaim> running = new AtomicReference<>();

    // One collaborator per store and step: wiring, not a parameter bag.
    public PlanningJobRunner(
            PlanningJobs jobs,
            PlanningJobKinds kinds,
            AuditService audit,
            TransactionTemplate transaction,
            Clock clock,
            PlanningJobSettings settings) {
        this.jobs = jobs;
        this.kinds = kinds;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Starts polling once the platform is up. The jobs this instance (by its id) was running when it stopped are
     * released first, so that a restarted server resumes them at once instead of after their lease.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        if (!settings.runJobs() || !started.compareAndSet(false, true)) {
            return;
        }
        int resumed = jobs.release(settings.instance());
        if (resumed > 0) {
            LOG.info(
                    "{} planning job(s) of {} were not finished when it stopped; running them again.",
                    resumed,
                    settings.instance());
        }
        worker.scheduleWithFixedDelay(this::poll, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks for work at once: this instance just queued a job (called once its row is committed). */
    public void wake() {
        if (started.get() && !worker.isShutdown()) {
            worker.execute(this::poll);
        }
    }

    /**
     * Stops claiming. A solve cannot be interrupted; its thread is a daemon, and its job's lease is ended so that
     * another instance (or this one, restarted) takes it over at once.
     */
    @PreDestroy
    public void stop() {
        worker.shutdownNow();
        heartbeats.shutdownNow();
        PlanningJobClaim claim = running.get();
        if (claim != null) {
            try {
                jobs.release(settings.instance());
            } catch (RuntimeException databaseGone) {
                LOG.warn("Planning job {}: could not release it: {}", claim.id(), databaseGone.getMessage());
            }
        }
    }

    /** Gives up abandoned jobs, then runs claimed jobs until none is left to claim. */
    private void poll() {
        try {
            while (giveUpOne()) {
                // one at a time, each with its audit entry
            }
            Optional<PlanningJobClaim> claim;
            while (!worker.isShutdown()
                    && (claim = jobs.claim(settings.instance(), kinds.codes(), settings.lease(), MAX_ATTEMPTS))
                            .isPresent()) {
                run(claim.get());
            }
        } catch (RuntimeException | Error e) {
            // The database is away (or the server stops): the next poll tries again. Errors too are caught here, as a
            // periodic task that throws is never run again, and this instance would stop taking jobs.
            LOG.warn("Planning jobs: could not claim or record a run: {}", e.toString());
        }
    }

    private boolean giveUpOne() {
        var failure = new PlanningJobFailure(
                Code.GAVE_UP_AFTER_RESTARTS,
                List.of(Integer.toString(MAX_ATTEMPTS)),
                "The server stopped " + MAX_ATTEMPTS + " times while this run was being solved, so it is not started"
                        + " again. Maybe a shorter time limit, a smaller problem (a shorter commute limit: fewer"
                        + " candidate moves) or more memory for the server.");
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            Optional<PlanningJob> givenUp = jobs.giveUpAbandoned(MAX_ATTEMPTS, failure, clock.instant());
            givenUp.ifPresent(job -> {
                LOG.warn("Planning job {} failed: {}", job.id(), failure.text());
                Map<String, Object> entry = outcomeEntry(job, job.attempts());
                entry.put("status", "FAILED");
                entry.put("errorCode", failure.code().name());
                entry.put("error", failure.text());
                audit.record(AuditService.SYSTEM, auditTarget(job), Long.toString(job.id()), "FAIL", null, entry);
            });
            return givenUp.isPresent();
        }));
    }

    private void run(PlanningJobClaim claim) {
        PlanningJob job = claim.job();
        PlanningJobKind kind = kinds.find(job.request().kind()).orElseThrow();
        running.set(claim);
        var solving = new AtomicBoolean(true);
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(
                () -> heartbeat(claim, solving),
                settings.heartbeat().toMillis(),
                settings.heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            PlanningJobResult result = kind.solve(job, new ProgressWriter(claim));
            solving.set(false);
            finish(claim, kind, result);
        } catch (OutOfMemoryError e) {
            // The solve's memory is unreachable once its stack has unwound: the runner and the server go on.
            fail(
                    claim,
                    new PlanningJobFailure(
                            Code.OUT_OF_MEMORY,
                            List.of(),
                            "The server ran out of memory while solving (" + e.getMessage() + "). Maybe a smaller"
                                    + " problem (a shorter commute limit: fewer candidate moves) or more memory for"
                                    + " the server."));
        } catch (StackOverflowError e) {
            fail(
                    claim,
                    new PlanningJobFailure(
                            Code.STACK_OVERFLOW,
                            List.of(),
                            "The solve overflowed its thread's stack (StackOverflowError). Maybe a smaller problem."));
        } catch (LinkageError e) {
            // OR-Tools' native solvers failed to load; the job says so instead of staying RUNNING.
            fail(claim, PlanningJobFailure.withText(Code.SOLVER_UNAVAILABLE, String.valueOf(e.getMessage())));
        } catch (PlanningProblemInvalidException e) {
            // A refusal with its own code is stored with it, so pages word it from its figures.
            PlanningJobFailure coded = e.failure();
            fail(claim, coded != null ? coded : PlanningJobFailure.withText(Code.SOLVE_FAILED, e.getMessage()));
        } catch (RuntimeException e) {
            // A kind's, solver's or checker's refusal: its message says what to change (in English, for the API and
            // the log; pages word the code).
            fail(claim, PlanningJobFailure.withText(Code.SOLVE_FAILED, String.valueOf(e.getMessage())));
        } finally {
            solving.set(false);
            beat.cancel(false);
            running.set(null);
        }
    }

    /** Extends the claim's lease while {@code solving}: a beat racing the job's own end says nothing. */
    private void heartbeat(PlanningJobClaim claim, AtomicBoolean solving) {
        try {
            if (!jobs.heartbeat(claim, settings.lease()) && solving.get()) {
                LOG.warn(
                        "Planning job {}: the lease of attempt {} was lost (another instance took the job over); this"
                                + " run's result will not be stored.",
                        claim.id(),
                        claim.attempt());
            }
        } catch (RuntimeException databaseAway) {
            // A heartbeat that throws would end the schedule: the next one tries again.
            LOG.warn("Planning job {}: heartbeat failed: {}", claim.id(), databaseAway.getMessage());
        }
    }

    private void finish(PlanningJobClaim claim, PlanningJobKind kind, PlanningJobResult result) {
        PlanningOutcome outcome = result.outcome();
        Map<String, Object> entry = outcomeEntry(claim.job(), claim.attempt());
        entry.put("status", outcome.status().name());
        entry.put("gap", outcome.gap());
        entry.putAll(result.auditFacts());
        var stored = new PlanningJobOutcome(
                outcome.status().name(),
                outcome.objective(),
                outcome.bound(),
                outcome.gap(),
                outcome.solver(),
                outcome.seconds());
        boolean finished = Boolean.TRUE.equals(transaction.execute(tx -> {
            if (!jobs.finish(claim, result.documentJson(), stored, clock.instant())) {
                return false;
            }
            audit.record(AuditService.SYSTEM, kind.auditTarget(), Long.toString(claim.id()), "FINISH", null, entry);
            return true;
        }));
        if (finished) {
            LOG.info(
                    "Planning job {} ({}) done: {} {}.",
                    claim.id(),
                    kind.code(),
                    outcome.status(),
                    result.auditFacts());
        } else {
            LOG.warn("Planning job {}: another instance took it over; this run's result is dropped.", claim.id());
        }
    }

    private void fail(PlanningJobClaim claim, PlanningJobFailure failure) {
        LOG.warn("Planning job {} failed: {}", claim.id(), failure.text());
        Map<String, Object> entry = outcomeEntry(claim.job(), claim.attempt());
        entry.put("status", "FAILED");
        entry.put("errorCode", failure.code().name());
        entry.put("error", failure.text());
        try {
            transaction.executeWithoutResult(tx -> {
                if (jobs.fail(claim, failure, clock.instant())) {
                    audit.record(
                            AuditService.SYSTEM,
                            auditTarget(claim.job()),
                            Long.toString(claim.id()),
                            "FAIL",
                            null,
                            entry);
                }
            });
        } catch (RuntimeException stillFailing) {
            // The database went away (the server is stopping): the job's lease runs out and it is claimed again.
            LOG.warn("Planning job {}: could not record the failure: {}", claim.id(), stillFailing.getMessage());
        }
    }

    private String auditTarget(PlanningJob job) {
        return kinds.find(job.request().kind())
                .map(PlanningJobKind::auditTarget)
                .orElse("planning-job");
    }

    /** What every outcome entry names: the job's county, year, who started it and how many claims it took. */
    private static Map<String, Object> outcomeEntry(PlanningJob job, int attempts) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", job.request().kind());
        entry.put("county", job.request().area().value());
        entry.put("year", job.request().year());
        entry.put("startedBy", job.request().createdBy());
        entry.put("attempts", attempts);
        return entry;
    }

    /** Writes the solver's reports to the job's row, at most every {@link #PROGRESS_INTERVAL}. */
    private final class ProgressWriter implements SolveListener {
        private final PlanningJobClaim claim;
        private Instant lastWrite = Instant.EPOCH;
        private String lastPhase = "";

        ProgressWriter(PlanningJobClaim claim) {
            this.claim = claim;
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
                    claim,
                    new PlanningJobProgress(
                            progress.phase(), progress.timeShare(), progress.incumbent(), progress.bound()));
        }
    }
}
