package org.edubalance.persistence.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobClaim;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.planning.PlanningJobOutcome;
import org.edubalance.core.planning.PlanningJobProgress;
import org.edubalance.core.planning.PlanningJobRequest;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.region.RegionCode;
import org.edubalance.persistence.TestDatabase;
import org.edubalance.persistence.region.JdbcRegions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The claim, lease and fencing rules of docs/planning/jobs.md §2–§4 on a real PostgreSQL. */
class JdbcPlanningJobsIT {
    private static final Set<String> ROTATION = Set.of("ROTATION");
    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final int MAX = 3;

    private final DataSource dataSource = TestDatabase.dataSource();
    private final JdbcPlanningJobs jobs = new JdbcPlanningJobs(dataSource);
    private RegionCode county;

    @BeforeEach
    void storeACounty() {
        JdbcClient.create(dataSource)
                .sql("truncate planning_job, school_year, county_input, data_import, region cascade")
                .update();
        var demo = new DemoDataGenerator(3).generate(DemoScale.COUNTY, 2025, 1);
        new JdbcRegions(dataSource).addCounty(demo.schools().getFirst().county());
        county = demo.schools().getFirst().county().code();
    }

    @Test
    void keepsTheRequestOfAnyKind() {
        var request = new PlanningJobRequest("QUOTA", county, 2026, "{\"seats\": 120}", null, "planner", AT);

        long id = jobs.add(request);

        PlanningJob stored = jobs.find(id).orElseThrow();
        assertThat(stored.request().kind()).isEqualTo("QUOTA");
        assertThat(stored.request().area()).isEqualTo(county);
        assertThat(stored.request().requestJson()).isEqualTo("{\"seats\": 120}");
        assertThat(stored.status()).isEqualTo(PlanningJobStatus.QUEUED);
        assertThat(stored.progress()).isEqualTo(PlanningJobProgress.NONE);
        assertThat(stored.attempts()).isZero();
        assertThat(stored.claimedBy()).isNull();
        assertThat(jobs.ofArea("QUOTA", county, 2026, 5))
                .extracting(PlanningJob::id)
                .containsExactly(id);
        assertThat(jobs.ofArea("ROTATION", county, 2026, 5)).isEmpty();
    }

    @Test
    void claimsTheOldestQueuedJobOnceAndLeasesIt() {
        long first = add();
        long second = add();

        PlanningJobClaim a = jobs.claim("a", ROTATION, LEASE, MAX).orElseThrow();
        PlanningJobClaim b = jobs.claim("b", ROTATION, LEASE, MAX).orElseThrow();
        Optional<PlanningJobClaim> none = jobs.claim("c", ROTATION, LEASE, MAX);

        assertThat(List.of(a.id(), b.id())).containsExactly(first, second);
        assertThat(none).isEmpty();
        PlanningJob running = jobs.find(first).orElseThrow();
        assertThat(running.status()).isEqualTo(PlanningJobStatus.RUNNING);
        assertThat(running.claimedBy()).isEqualTo("a");
        assertThat(running.attempts()).isOne();
        assertThat(a.attempt()).isOne();
        assertThat(running.leaseUntil()).isAfter(Instant.now().plusSeconds(30));
        assertThat(running.startedAt()).isNotNull();
    }

    @Test
    void anInstanceClaimsOnlyTheKindsItRuns() {
        long quota = jobs.add(new PlanningJobRequest("QUOTA", county, 2026, "{}", null, "planner", AT));
        long rotation = add();

        PlanningJobClaim claim = jobs.claim("a", ROTATION, LEASE, MAX).orElseThrow();

        assertThat(claim.id()).isEqualTo(rotation);
        assertThat(jobs.claim("a", ROTATION, LEASE, MAX)).isEmpty();
        assertThat(jobs.claim("b", Set.of(), LEASE, MAX)).isEmpty();
        assertThat(jobs.claim("b", Set.of("QUOTA", "ROTATION"), LEASE, MAX)
                        .orElseThrow()
                        .id())
                .isEqualTo(quota);
    }

    @Test
    void aClaimSkipsTheRowAnotherClaimHoldsLockedInsteadOfWaiting() throws SQLException {
        long locked = add();
        long next = add();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // Another instance's claim in flight: it holds the oldest row locked and has not committed yet.
            try (var statement = other.prepareStatement("select id from planning_job where id = ? for update")) {
                statement.setLong(1, locked);
                statement.executeQuery().close();
            }

            PlanningJobClaim claim = jobs.claim("b", ROTATION, LEASE, MAX).orElseThrow();

            assertThat(claim.id()).isEqualTo(next);
            other.rollback();
        }
        assertThat(jobs.find(locked).orElseThrow().status()).isEqualTo(PlanningJobStatus.QUEUED);
    }

    @Test
    void claimsFromManyThreadsAtOnceTakeEachJobExactlyOnce() throws InterruptedException, ExecutionException {
        List<Long> ids = IntStream.range(0, 40).mapToObj(i -> add()).toList();
        Map<String, List<Long>> claimedBy = new HashMap<>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> claimers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String instance = "instance-" + t;
                Callable<List<Long>> claimer = () -> {
                    List<Long> mine = new ArrayList<>();
                    for (Optional<PlanningJobClaim> c = jobs.claim(instance, ROTATION, LEASE, MAX);
                            c.isPresent();
                            c = jobs.claim(instance, ROTATION, LEASE, MAX)) {
                        mine.add(c.get().id());
                    }
                    return mine;
                };
                claimers.add(pool.submit(claimer));
            }
            for (int t = 0; t < claimers.size(); t++) {
                claimedBy.put("instance-" + t, claimers.get(t).get());
            }
        } finally {
            pool.shutdown();
        }

        List<Long> all = new ArrayList<>();
        claimedBy.values().forEach(all::addAll);
        Collections.sort(all);
        assertThat(all).containsExactlyElementsOf(ids);
        assertThat(ids)
                .allSatisfy(
                        id -> assertThat(jobs.find(id).orElseThrow().attempts()).isOne());
    }

    @Test
    void aRunningJobIsTakenOverOnlyAfterItsLeaseRanOut() {
        long held = add();
        jobs.claim("a", ROTATION, LEASE, MAX).orElseThrow();
        long id = add();
        // Instance a stops beating: its lease on this job has run out.
        PlanningJobClaim dead = jobs.claim("a", ROTATION, Duration.ZERO, MAX).orElseThrow();

        PlanningJobClaim takeover = jobs.claim("b", ROTATION, LEASE, MAX).orElseThrow();

        assertThat(takeover.id()).isEqualTo(id).isNotEqualTo(held);
        assertThat(takeover.attempt()).isEqualTo(2);
        assertThat(dead.attempt()).isOne();
        assertThat(jobs.claim("c", ROTATION, LEASE, MAX)).isEmpty();
        assertThat(jobs.find(id).orElseThrow().claimedBy()).isEqualTo("b");
    }

    @Test
    void aStaleRunCannotOverwriteTheRunThatTookItsJobOver() {
        long id = add();
        PlanningJobClaim stale = jobs.claim("a", ROTATION, Duration.ZERO, MAX).orElseThrow();
        PlanningJobClaim current = jobs.claim("b", ROTATION, LEASE, MAX).orElseThrow();
        // The same instance id claiming again (a restarted server) is fenced by the attempt as well.
        var sameInstanceOlderAttempt = new PlanningJobClaim(stale.job(), "b");

        boolean staleProgress = jobs.progress(stale, new PlanningJobProgress("solve", 0.9, 1, 1));
        boolean staleHeartbeat = jobs.heartbeat(stale, LEASE);
        boolean staleFinish = jobs.finish(stale, "{\"stale\": true}", outcome(), AT);
        boolean staleFail = jobs.fail(sameInstanceOlderAttempt, failed("stale"), AT);
        boolean progress = jobs.progress(current, new PlanningJobProgress("solve", 0.5, 2, 1));
        PlanningJob midway = jobs.find(id).orElseThrow();
        boolean finish = jobs.finish(current, "{\"fresh\": true}", outcome(), AT.plusSeconds(5));
        boolean failAfterDone = jobs.fail(current, failed("too late"), AT.plusSeconds(6));

        assertThat(List.of(staleProgress, staleHeartbeat, staleFinish, staleFail))
                .containsOnly(false);
        assertThat(List.of(progress, finish, failAfterDone)).containsExactly(true, true, false);
        assertThat(midway.progress().timeShare()).isEqualTo(0.5);
        PlanningJob done = jobs.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(PlanningJobStatus.DONE);
        assertThat(done.resultJson()).isEqualTo("{\"fresh\": true}");
        assertThat(done.error()).isNull();
        assertThat(done.outcome()).isEqualTo(outcome());
        assertThat(done.finishedAt()).isEqualTo(AT.plusSeconds(5));
    }

    @Test
    void aHeartbeatKeepsTheJobFromBeingTakenOver() {
        long id = add();
        PlanningJobClaim claim = jobs.claim("a", ROTATION, Duration.ZERO, MAX).orElseThrow();

        boolean extended = jobs.heartbeat(claim, LEASE);

        assertThat(extended).isTrue();
        assertThat(jobs.claim("b", ROTATION, LEASE, MAX)).isEmpty();
        assertThat(jobs.find(id).orElseThrow().leaseUntil())
                .isAfter(Instant.now().plusSeconds(30));
    }

    @Test
    void aReleasedJobIsClaimedAgainAtOnce() {
        long id = add();
        jobs.claim("a", ROTATION, LEASE, MAX).orElseThrow();

        int released = jobs.release("a");
        PlanningJobClaim again = jobs.claim("a", ROTATION, LEASE, MAX).orElseThrow();

        assertThat(released).isOne();
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.attempt()).isEqualTo(2);
    }

    @Test
    void aJobAbandonedOnEveryAttemptIsGivenUpInsteadOfClaimedAgain() {
        long id = add();
        for (int i = 0; i < MAX; i++) {
            jobs.claim("a" + i, ROTATION, Duration.ZERO, MAX).orElseThrow();
        }

        Optional<PlanningJobClaim> fourth = jobs.claim("b", ROTATION, LEASE, MAX);
        var stopped = new PlanningJobFailure(
                PlanningJobFailure.Code.GAVE_UP_AFTER_RESTARTS, List.of(Integer.toString(MAX)), "stopped 3 times");
        PlanningJob givenUp = jobs.giveUpAbandoned(MAX, stopped, AT).orElseThrow();

        assertThat(fourth).isEmpty();
        assertThat(givenUp.id()).isEqualTo(id);
        PlanningJob stored = jobs.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(PlanningJobStatus.FAILED);
        assertThat(stored.attempts()).isEqualTo(MAX);
        assertThat(stored.failure()).isEqualTo(stopped);
        assertThat(stored.error()).isEqualTo("stopped 3 times");
        assertThat(jobs.giveUpAbandoned(MAX, failed("again"), AT)).isEmpty();
        assertThat(jobs.unfinished()).isEmpty();
    }

    @Test
    void aJobRunningUnderALiveLeaseIsNotGivenUp() {
        add();
        for (int i = 0; i < MAX - 1; i++) {
            jobs.claim("a" + i, ROTATION, Duration.ZERO, MAX).orElseThrow();
        }
        jobs.claim("last", ROTATION, LEASE, MAX).orElseThrow();

        assertThat(jobs.giveUpAbandoned(MAX, failed("stopped"), AT)).isEmpty();
    }

    private static PlanningJobFailure failed(String text) {
        return PlanningJobFailure.withText(PlanningJobFailure.Code.SOLVE_FAILED, text);
    }

    private long add() {
        return jobs.add(new PlanningJobRequest("ROTATION", county, 2025, "{}", null, "planner", AT));
    }

    private static PlanningJobOutcome outcome() {
        return new PlanningJobOutcome("FEASIBLE", 2.0, 1.5, 0.25, "HiGHS", 3.0);
    }
}
