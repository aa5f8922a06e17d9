package org.edubalance.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.edubalance.app.Api;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.core.audit.AuditEntry;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.region.RegionCode;
import org.edubalance.persistence.audit.JdbcAuditLog;
import org.edubalance.persistence.planning.JdbcPlanningJobs;
import org.edubalance.persistence.region.JdbcRegions;
import org.edubalance.persistence.staff.JdbcTeacherRosters;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two real platform processes on one PostgreSQL (docs/planning/jobs.md §2–§4): every job queued on either runs exactly
 * once, with the result one instance alone gives; and the job of an instance killed mid-solve (SIGKILL: no shutdown
 * hook, no release) is taken over by the other once its lease ran out, and finished there.
 */
class TwoInstancesIT {
    private static final int YEAR = 2025;
    /** Short, so that the takeover comes quickly; the heartbeat keeps a live instance's lease well inside it. */
    private static final String LEASE = "8s";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void twoInstancesRunEachJobOnceAndTheSurvivorTakesOverTheJobOfAKilledOne() throws IOException {
        // Under target/, not a temporary directory: the instances' logs stay for a failure's reader.
        Path dir = Files.createDirectories(Path.of("target", "it-data", "two-instances-" + UUID.randomUUID()));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            String url = postgres.getJdbcUrl("postgres", "postgres");
            var jobs = new JdbcPlanningJobs(db);
            var audit = new JdbcAuditLog(db);
            // A first, alone: it migrates the database and loads the demo city before B starts on it.
            try (Instance a = Instance.start("A", url, dir)) {
                RegionCode small = county(db, Comparator.naturalOrder());
                String request = run(60);

                // The reference: the job run by one instance alone.
                long reference = a.queue(small, request);
                PlanningJob alone = finished(jobs, reference);
                assertThat(alone.status()).as(alone.error()).isEqualTo(PlanningJobStatus.DONE);

                try (Instance b = Instance.start("B", url, dir)) {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        ids.add((i % 2 == 0 ? a : b).queue(small, request));
                    }

                    List<PlanningJob> done =
                            ids.stream().map(id -> finished(jobs, id)).toList();

                    assertThat(done).allSatisfy(job -> {
                        assertThat(job.status()).as(job.error()).isEqualTo(PlanningJobStatus.DONE);
                        assertThat(job.attempts())
                                .as("job %d claimed once", job.id())
                                .isOne();
                        assertThat(withoutTimes(job.resultJson()))
                                .as("job %d's plan", job.id())
                                .isEqualTo(withoutTimes(alone.resultJson()));
                        List<AuditEntry> entries = audit.of("rotation-job", Long.toString(job.id()));
                        assertThat(entries)
                                .filteredOn(e -> e.action().equals("FINISH"))
                                .hasSize(1);
                        assertThat(entries).noneMatch(e -> e.action().equals("FAIL"));
                    });
                    // Both took part: each claims the next job while the other one solves.
                    assertThat(done.stream().map(PlanningJob::claimedBy).collect(Collectors.toSet()))
                            .containsExactlyInAnyOrder("A", "B");

                    // A long solve (the largest county, 20 s), queued on A, which claims it at once.
                    RegionCode large = county(db, Comparator.reverseOrder());
                    long longJob = a.queue(large, run(20));
                    PlanningJob claimed = await().atMost(Duration.ofMinutes(1))
                            .pollInterval(Duration.ofMillis(50))
                            .until(() -> jobs.find(longJob).orElseThrow(), j -> j.status() != PlanningJobStatus.QUEUED);
                    assertThat(claimed.status()).isEqualTo(PlanningJobStatus.RUNNING);
                    Instance victim = "A".equals(claimed.claimedBy()) ? a : b;
                    String survivor = victim == a ? "B" : "A";

                    victim.kill();

                    PlanningJob takenOver = finished(jobs, longJob);
                    assertThat(takenOver.status()).as(takenOver.error()).isEqualTo(PlanningJobStatus.DONE);
                    assertThat(takenOver.attempts()).isEqualTo(2);
                    assertThat(takenOver.claimedBy()).isEqualTo(survivor);
                    List<AuditEntry> entries = audit.of("rotation-job", Long.toString(longJob));
                    assertThat(entries)
                            .filteredOn(e -> e.action().equals("FINISH"))
                            .singleElement()
                            .satisfies(e -> assertThat(JSON.readTree(e.newValue())
                                            .get("attempts")
                                            .asInt())
                                    .isEqualTo(2));
                    assertThat(jobs.unfinished()).isEmpty();
                }
            }
        }
    }

    /** The API's run request: the national policy with {@code seconds} of time. */
    private static String run(int seconds) {
        return "{\"year\": " + YEAR + ", \"base\": \"national\", \"timeLimitSeconds\": " + seconds + "}";
    }

    /** The demo county with a roster that comes first by teacher count in {@code order}. */
    private static RegionCode county(DataSource db, Comparator<Integer> order) {
        var rosters = new JdbcTeacherRosters(db);
        return new JdbcRegions(db)
                .counties().stream()
                        .map(c -> c.code())
                        .filter(c -> rosters.count(c, YEAR) > 0)
                        .min(Comparator.comparing(c -> rosters.count(c, YEAR), order))
                        .orElseThrow();
    }

    private static PlanningJob finished(JdbcPlanningJobs jobs, long id) {
        return await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> jobs.find(id).orElseThrow(), j -> !j.status().isUnfinished());
    }

    /** The plan document without its timings, which differ between any two runs. */
    private static JsonNode withoutTimes(String document) {
        JsonNode plan = JSON.readTree(document);
        dropSeconds(plan);
        return plan;
    }

    private static void dropSeconds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("seconds");
        }
        node.forEach(TwoInstancesIT::dropSeconds);
    }

    /** One platform process: this test's class path, the shared database, a port and data directory of its own. */
    private static final class Instance implements AutoCloseable {
        private final String name;
        private final Process process;
        private final Api api;
        private final Path log;

        private Instance(String name, Process process, int port, Path log) {
            this.name = name;
            this.process = process;
            this.api = new Api(port);
            this.log = log;
        }

        static Instance start(String name, String jdbcUrl, Path dir) throws IOException {
            int port = freePort();
            Path data = Files.createDirectories(dir.resolve(name));
            Path log = dir.resolve(name + ".log");
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(
                            java,
                            "-Xmx1g",
                            "-cp",
                            System.getProperty("java.class.path"),
                            EduBalanceApplication.class.getName(),
                            "--server.port=" + port,
                            "--app.db.mode=external",
                            "--spring.datasource.url=" + jdbcUrl,
                            "--spring.datasource.username=postgres",
                            "--app.data-dir=" + data,
                            "--app.demo.years=2",
                            "--app.demo.password=" + Api.PASSWORD,
                            "--app.demo.rounds=false",
                            "--app.demo.investment=false",
                            "--app.planning.instance-id=" + name,
                            "--app.planning.lease=" + LEASE,
                            "--app.planning.heartbeat=1s",
                            "--app.planning.poll-interval=500ms")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var instance = new Instance(name, process, port, log);
            try {
                await().atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofMillis(500))
                        .ignoreExceptions()
                        .until(() -> {
                            assertThat(process.isAlive())
                                    .as("%s is running (log: %s)", name, log)
                                    .isTrue();
                            return instance.api.anonymous("/ready").statusCode() == 200;
                        });
            } catch (RuntimeException | AssertionError notReady) {
                instance.close();
                throw new AssertionError(name + " did not start:\n" + instance.logTail(), notReady);
            }
            return instance;
        }

        /** Queues a rotation run of {@code county} through this instance's API, as the planner; its job id. */
        long queue(RegionCode county, String request) {
            HttpResponse<String> response =
                    api.post("/api/v1/rotation/" + county.value() + "/jobs", "planner", request);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            return JSON.readTree(response.body()).get("id").asLong();
        }

        /** SIGKILL: the process ends at once, without its shutdown hooks (nothing released, nothing written). */
        void kill() {
            process.destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
        }

        private String logTail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                }
            }
        }

        @Override
        public String toString() {
            return name;
        }

        private static int freePort() {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
