package org.edubalance.app.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.planning.PlanningJobKind;
import org.edubalance.app.planning.PlanningJobKinds;
import org.edubalance.app.planning.PlanningJobResult;
import org.edubalance.app.planning.PlanningJobRunner;
import org.edubalance.app.planning.PlanningJobSettings;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.audit.AuditEntry;
import org.edubalance.core.audit.AuditLog;
import org.edubalance.core.dataset.DatasetImports;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobRequest;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.core.rotation.RotationLocks;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherRosters;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a job leaves on record, on a server of its own (its data are changed here): the approved plan exports as
 * approved after the roster changes; a job that runs out of memory or overflows its stack ends FAILED with the reason
 * while the runner goes on; and the audit log holds every job's outcome and every download of its teacher list.
 *
 * <p>The server's own runner is off: this class's runner runs every job, with a rotation kind that turns two users'
 * jobs into the JVM's own errors.
 */
class RotationJobRecordIT {
    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private static RotationRuns runs;
    private static RegionCode county;
    private static PlanningJobRunner runner;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(EduBalanceApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--app.data-dir=" + dataDir,
                        "--app.demo.years=2",
                        "--app.demo.rounds=false",
                        "--app.demo.investment=false",
                        "--app.planning.run-jobs=false");
        runs = new RotationRuns(app);
        county = runs.smallestCounty();
        RotationJobKind rotation = app.getBean(RotationJobKind.class);
        var failing = new PlanningJobKind() {
            @Override
            public String code() {
                return rotation.code();
            }

            @Override
            public String auditTarget() {
                return rotation.auditTarget();
            }

            @Override
            public PlanningJobResult solve(PlanningJob job, SolveListener listener) {
                return switch (job.request().createdBy()) {
                    // The JVM's own errors: an array larger than any heap, a recursion without end.
                    case "hog" -> throw new IllegalStateException("unreachable: " + new long[Integer.MAX_VALUE].length);
                    case "deep" -> throw new IllegalStateException("unreachable: " + deeper(0));
                    default -> rotation.solve(job, listener);
                };
            }
        };
        runner = new PlanningJobRunner(
                app.getBean(PlanningJobs.class),
                new PlanningJobKinds(List.of(failing)),
                app.getBean(AuditService.class),
                app.getBean(TransactionTemplate.class),
                Clock.systemUTC(),
                new PlanningJobSettings(
                        "record-test", Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMillis(200), true));
        runner.start();
    }

    @AfterAll
    static void stop() {
        runner.stop();
        app.close();
    }

    @Test
    void aPlanStoredInAnEarlierShapeAsksForANewRunInsteadOfFailing() {
        RotationJobService rotation = app.getBean(RotationJobService.class);
        long id = rotation.run(county, RotationRuns.YEAR, "extends: national\n", 10, "planner");
        runs.awaitFinished(id);
        // The shape written before the plan became one document: moves with English reasons, a status string.
        app.getBean(JdbcClient.class)
                .sql("UPDATE planning_job SET result = CAST(:old AS jsonb) WHERE id = :id")
                .param("old", "{\"status\": \"OPTIMAL\", \"gap\": 0, \"moves\": [{\"reasons\": [\"helps\"]}]}")
                .param("id", id)
                .update();
        RotationJob old = rotation.job(county, id);

        assertThatThrownBy(() -> rotation.result(old))
                .isInstanceOfSatisfying(ApiProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PLAN_STORED_BY_OLDER_VERSION);
                    assertThat(e.status().value()).isEqualTo(409);
                })
                .hasMessageContaining("run it again");
    }

    @Test
    void anApprovedPlanExportsAsApprovedAfterTheRosterIsReplaced() throws IOException {
        RotationJobService rotation = app.getBean(RotationJobService.class);
        long id = rotation.run(county, RotationRuns.YEAR, "extends: national\n", 10, "planner");
        RotationJob done = runs.awaitFinished(id);
        assertThat(done.status()).as(done.error()).isEqualTo(PlanningJobStatus.DONE);
        rotation.approve(county, id, "planner");
        RotationPlanDocument approved = runs.result(done);
        // The roster is imported again without the approved movers (they left the service, say): a plan rebuilt
        // from today's data would no longer know them, nor the CVs they were moved against.
        replaceRosterWithout(approved.moves().stream()
                .map(RotationPlanDocument.MoveLine::teacherId)
                .toList());

        byte[] workbook = rotation.workbook(county, id, Locale.ENGLISH, "admin");

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> moves = new ArrayList<>();
            for (Row row : body(book.getSheet("Moves"), "Teacher")) {
                moves.add(row.getCell(0).getStringCellValue() + ">"
                        + row.getCell(2).getStringCellValue());
            }
            assertThat(moves)
                    .containsExactlyElementsOf(approved.moves().stream()
                            .map(m -> m.teacherId() + ">" + m.toSchool())
                            .toList());
            List<Double> after = new ArrayList<>();
            for (Row row : body(book.getSheet("CVs"), "Segment")) {
                after.add(row.getCell(3).getNumericCellValue());
            }
            assertThat(after)
                    .containsExactlyElementsOf(approved.cvs().stream()
                            .map(c -> Math.round(c.after() * 1000) / 1000.0)
                            .toList());
            for (Row row : body(book.getSheet("Policy checks"), "Rule")) {
                assertThat(row.getCell(3).getStringCellValue())
                        .as(row.getCell(0).getStringCellValue())
                        .isEqualTo("yes");
            }
        }
        assertThat(entries(id))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("EXPORT");
                    assertThat(e.actor()).isEqualTo("admin");
                    assertThat(json(e.newValue()).get("teachers").asInt())
                            .isEqualTo(approved.moves().size());
                })
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("FINISH");
                    JsonNode outcome = json(e.newValue());
                    assertThat(outcome.get("status").asString())
                            .isEqualTo(approved.outcome().status().name());
                    assertThat(outcome.get("gap").asDouble())
                            .isEqualTo(approved.outcome().gap());
                    assertThat(outcome.get("startedBy").asString()).isEqualTo("planner");
                });
    }

    @Test
    void aJobThatRunsOutOfMemoryOrOverflowsItsStackFailsWithTheReasonAndTheRunnerGoesOn() {
        RotationJobs jobs = app.getBean(RotationJobs.class);
        long hog = jobs.add(request("hog"));
        long deep = jobs.add(request("deep"));
        long fine = jobs.add(request("planner"));

        runner.wake();

        RotationJob outOfMemory = runs.awaitFinished(hog);
        RotationJob overflow = runs.awaitFinished(deep);
        RotationJob after = runs.awaitFinished(fine);
        assertThat(outOfMemory.status()).isEqualTo(PlanningJobStatus.FAILED);
        assertThat(outOfMemory.error()).contains("ran out of memory");
        assertThat(outOfMemory.failure().code()).isEqualTo(PlanningJobFailure.Code.OUT_OF_MEMORY);
        assertThat(overflow.status()).isEqualTo(PlanningJobStatus.FAILED);
        assertThat(overflow.error()).contains("StackOverflowError");
        assertThat(overflow.failure().code()).isEqualTo(PlanningJobFailure.Code.STACK_OVERFLOW);
        assertThat(after.status()).as(after.error()).isEqualTo(PlanningJobStatus.DONE);
        assertThat(entries(hog)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("FAIL");
            assertThat(json(e.newValue()).get("error").asString()).contains("ran out of memory");
            assertThat(json(e.newValue()).get("errorCode").asString()).isEqualTo("OUT_OF_MEMORY");
        });
        assertThat(entries(deep)).anySatisfy(e -> assertThat(e.action()).isEqualTo("FAIL"));
        assertThat(entries(fine)).anySatisfy(e -> assertThat(e.action()).isEqualTo("FINISH"));
    }

    @Test
    void readingAPlanWithItsTeachersIsRecordedWithWhoReadIt() {
        RotationJobService rotation = app.getBean(RotationJobService.class);
        long id = rotation.run(county, RotationRuns.YEAR, "extends: national\n", 10, "planner");
        runs.awaitFinished(id);

        rotation.recordTeacherListRead(county, id, "admin", "api");

        assertThat(entries(id)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("READ_TEACHERS");
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(json(e.newValue()).get("via").asString()).isEqualTo("api");
        });
    }

    private static int deeper(int depth) {
        return deeper(depth + 1) + 1;
    }

    private static RotationJobRequest request(String by) {
        return new RotationJobRequest(
                county, RotationRuns.YEAR, "extends: national\n", 5, RotationLocks.NONE, null, by, Instant.now());
    }

    private static void replaceRosterWithout(List<String> teacherIds) {
        TeacherRosters rosters = app.getBean(TeacherRosters.class);
        Set<String> gone = new HashSet<>(teacherIds);
        List<Teacher> kept = rosters.of(county, RotationRuns.YEAR).stream()
                .filter(t -> !gone.contains(t.id().value()))
                .toList();
        long importId = app.getBean(DatasetImports.class).all().getLast().id();
        app.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            rosters.remove(county, RotationRuns.YEAR);
            rosters.addAll(kept, importId);
        });
        assertThat(rosters.count(county, RotationRuns.YEAR)).isEqualTo(kept.size());
    }

    /** The rows below the header row, the row whose first cell is {@code firstHeader}. */
    private static List<Row> body(Sheet sheet, String firstHeader) {
        List<Row> rows = new ArrayList<>();
        boolean below = false;
        for (Row row : sheet) {
            if (below) {
                rows.add(row);
            } else {
                below = row.getCell(0) != null
                        && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && row.getCell(0).getStringCellValue().equals(firstHeader);
            }
        }
        assertThat(below)
                .as("a header row starting with %s in %s", firstHeader, sheet.getSheetName())
                .isTrue();
        return rows;
    }

    private static List<AuditEntry> entries(long job) {
        return app.getBean(AuditLog.class).of("rotation-job", Long.toString(job));
    }

    private static JsonNode json(String text) {
        return app.getBean(JsonMapper.class).readTree(text);
    }
}
