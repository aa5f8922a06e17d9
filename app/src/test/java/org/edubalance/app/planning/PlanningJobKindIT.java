package org.edubalance.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.app.audit.AuditService;
import org.edubalance.core.audit.AuditEntry;
import org.edubalance.core.audit.AuditLog;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.planning.PlanningJobOutcome;
import org.edubalance.core.planning.PlanningJobRequest;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A planner kind other than rotation plugs into the runner as docs/planning/jobs.md §5 says: a {@link PlanningJobKind}
 * and its jobs' requests are all it brings; the runner stores its result document, outcome and progress, writes its
 * audit entries under the kind's target, fails a job with the kind's message, and claims no job of a kind it does not
 * run.
 */
class PlanningJobKindIT {
    /** A planner whose plan is its request's {@code seats} split in two, or an error when there are none. */
    private static final PlanningJobKind HALVES = new PlanningJobKind() {
        @Override
        public String code() {
            return "HALVES";
        }

        @Override
        public String auditTarget() {
            return "halves-job";
        }

        @Override
        public PlanningJobResult solve(PlanningJob job, SolveListener listener) {
            int seats = JsonMapper.builder()
                    .build()
                    .readTree(job.request().requestJson())
                    .get("seats")
                    .asInt();
            if (seats < 0) {
                // A refusal with its own code and figures, as the phased investment planner's budgets too little.
                throw new PlanningProblemInvalidException(new PlanningJobFailure(
                        PlanningJobFailure.Code.BUDGETS_TOO_LITTLE,
                        List.of(Integer.toString(seats), "0"),
                        "The budgets per year total " + seats + " yuan, below 0 yuan."));
            }
            if (seats == 0) {
                throw new IllegalArgumentException("No seats to split: " + seats + ". Maybe import the seat file.");
            }
            listener.progress(new SolveProgress("solve", Duration.ofSeconds(1), Duration.ofSeconds(2), seats, 0));
            return new PlanningJobResult(
                    "{\"first\": " + seats / 2 + ", \"second\": " + (seats - seats / 2) + "}",
                    PlanningOutcome.of(PlanningStatus.OPTIMAL, 1.0, 1.0, "halving", Duration.ofMillis(1500)),
                    Map.of("seats", seats));
        }
    };

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private static PlanningJobRunner runner;
    private static RegionCode county;

    @BeforeAll
    static void start() {
        // The server's own runner is off; this class's runs the one kind HALVES.
        app = new SpringApplicationBuilder(EduBalanceApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--app.data-dir=" + dataDir,
                        "--app.demo.years=1",
                        "--app.demo.rounds=false",
                        "--app.demo.investment=false",
                        "--app.planning.run-jobs=false");
        county = app.getBean(Regions.class).counties().getFirst().code();
        runner = new PlanningJobRunner(
                app.getBean(PlanningJobs.class),
                new PlanningJobKinds(List.of(HALVES)),
                app.getBean(AuditService.class),
                app.getBean(TransactionTemplate.class),
                Clock.systemUTC(),
                new PlanningJobSettings(
                        "kind-test", Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMillis(200), true));
        runner.start();
    }

    @AfterAll
    static void stop() {
        runner.stop();
        app.close();
    }

    @Test
    void aNewKindsJobIsStoredWithItsDocumentOutcomeAndAuditEntry() {
        long id = add("HALVES", "{\"seats\": 7}");

        PlanningJob done = finished(id);

        assertThat(done.status()).as(done.error()).isEqualTo(PlanningJobStatus.DONE);
        assertThat(json(done.resultJson())).isEqualTo(json("{\"first\": 3, \"second\": 4}"));
        assertThat(done.outcome()).isEqualTo(new PlanningJobOutcome("OPTIMAL", 1.0, 1.0, 0.0, "halving", 1.5));
        assertThat(done.attempts()).isOne();
        assertThat(done.claimedBy()).isEqualTo("kind-test");
        assertThat(entries(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("FINISH");
            JsonNode entry = json(e.newValue());
            assertThat(entry.get("kind").asString()).isEqualTo("HALVES");
            assertThat(entry.get("county").asString()).isEqualTo(county.value());
            assertThat(entry.get("startedBy").asString()).isEqualTo("planner");
            assertThat(entry.get("attempts").asInt()).isOne();
            assertThat(entry.get("status").asString()).isEqualTo("OPTIMAL");
            assertThat(entry.get("seats").asInt()).isEqualTo(7);
        });
    }

    @Test
    void aKindsErrorFailsTheJobWithItsMessage() {
        long id = add("HALVES", "{\"seats\": 0}");

        PlanningJob failed = finished(id);

        assertThat(failed.status()).isEqualTo(PlanningJobStatus.FAILED);
        assertThat(failed.error()).isEqualTo("No seats to split: 0. Maybe import the seat file.");
        // The code pages word; its argument is the kind's own message, which only the English wording shows.
        assertThat(failed.failure())
                .isEqualTo(PlanningJobFailure.withText(
                        PlanningJobFailure.Code.SOLVE_FAILED, "No seats to split: 0. Maybe import the seat file."));
        assertThat(failed.resultJson()).isNull();
        assertThat(entries(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("FAIL");
            assertThat(json(e.newValue()).get("error").asString()).contains("No seats to split");
            assertThat(json(e.newValue()).get("errorCode").asString()).isEqualTo("SOLVE_FAILED");
        });
    }

    @Test
    void aRefusalWithItsOwnCodeIsStoredWithItsFiguresForThePagesToWord() {
        long id = add("HALVES", "{\"seats\": -5}");

        PlanningJob failed = finished(id);

        assertThat(failed.status()).isEqualTo(PlanningJobStatus.FAILED);
        assertThat(failed.failure())
                .isEqualTo(new PlanningJobFailure(
                        PlanningJobFailure.Code.BUDGETS_TOO_LITTLE,
                        List.of("-5", "0"),
                        "The budgets per year total -5 yuan, below 0 yuan."));
        assertThat(entries(id))
                .singleElement()
                .satisfies(e -> assertThat(json(e.newValue()).get("errorCode").asString())
                        .isEqualTo("BUDGETS_TOO_LITTLE"));
    }

    @Test
    void aJobOfAKindThisInstanceDoesNotRunStaysQueued() {
        long other = add("QUOTA", "{}");
        long mine = add("HALVES", "{\"seats\": 2}");

        // The later job of the kind it runs is done while the earlier one of another kind waits.
        assertThat(finished(mine).status()).isEqualTo(PlanningJobStatus.DONE);
        PlanningJob waiting = app.getBean(PlanningJobs.class).find(other).orElseThrow();
        assertThat(waiting.status()).isEqualTo(PlanningJobStatus.QUEUED);
        assertThat(waiting.attempts()).isZero();
    }

    private static long add(String kind, String request) {
        long id = app.getBean(PlanningJobs.class)
                .add(new PlanningJobRequest(kind, county, 2025, request, null, "planner", Instant.now()));
        runner.wake();
        return id;
    }

    private static PlanningJob finished(long id) {
        PlanningJobs jobs = app.getBean(PlanningJobs.class);
        return await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.find(id).orElseThrow(), j -> !j.status().isUnfinished());
    }

    private static List<AuditEntry> entries(long id) {
        return app.getBean(AuditLog.class).of("halves-job", Long.toString(id));
    }

    private static JsonNode json(String text) {
        return app.getBean(JsonMapper.class).readTree(text);
    }
}
