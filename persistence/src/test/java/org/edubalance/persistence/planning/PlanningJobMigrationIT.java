package org.edubalance.persistence.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.planning.PlanningJobOutcome;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationLocks;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.persistence.SchemaMigration;
import org.edubalance.persistence.rotation.JdbcRotationJobs;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V012 moves the rotation jobs of a database that ran the single-instance runner into {@code planning_job}: same ids,
 * inputs, locks, results and approvals, and a job left RUNNING by a stopped server is claimable at once.
 */
class PlanningJobMigrationIT {
    private static final Set<String> ROTATION = Set.of("ROTATION");
    private static final String COUNTY = "130102";

    @Test
    void keepsTheRotationJobsOfAnExistingDatabase() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .target("11")
                    .load()
                    .migrate();
            JdbcClient sql = JdbcClient.create(dataSource);
            sql.sql("insert into region (code, level, name, parent_code) values ('130000', 'PROVINCE', 'P', null),"
                            + " ('130100', 'CITY', 'C', '130000'), ('" + COUNTY + "', 'COUNTY', 'K', '130100')")
                    .update();
            // Ids as a long-running database has them: not from 1, with gaps.
            sql.sql("""
                            insert into rotation_job (id, county_code, year, policy_yaml, time_limit_seconds, parent_id,
                                                      created_by, created_at, status, phase, time_share, attempts,
                                                      started_at, finished_at, result, approved_by, approved_at)
                            overriding system value values
                            (7, '130102', 2025, 'extends: national', 60, null, 'planner',
                             '2026-09-01T08:00:00Z', 'DONE', 'done', 1, 1, '2026-09-01T08:00:01Z',
                             '2026-09-01T08:01:00Z', '{"outcome": {"status": "OPTIMAL", "objective": 1.5,
                             "bound": 1.5, "gap": 0, "solver": "HiGHS", "seconds": 12.25}, "moves": []}',
                             'admin', '2026-09-02T08:00:00Z'),
                            (9, '130102', 2025, 'extends: anhui', 30, 7, 'planner', '2026-09-03T08:00:00Z',
                             'RUNNING', 'solve', 0.5, 1, '2026-09-03T08:00:01Z', null, null, null, null),
                            (12, '130102', 2025, 'extends: national', 10, null, 'admin', '2026-09-04T08:00:00Z',
                             'QUEUED', null, null, 0, null, null, null, null, null)""").update();
            sql.sql("insert into rotation_lock (job_id, kind, teacher_id, school_code) values"
                            + " (9, 'PIN', 'T1', 'S2'), (9, 'KEEP', 'T3', null)")
                    .update();

            SchemaMigration.migrate(dataSource);

            var rotation = new JdbcRotationJobs(dataSource);
            var jobs = new JdbcPlanningJobs(dataSource);
            RotationJob approved = rotation.find(7).orElseThrow();
            assertThat(approved.status()).isEqualTo(PlanningJobStatus.DONE);
            assertThat(approved.request().policyYaml()).isEqualTo("extends: national");
            assertThat(approved.request().timeLimitSeconds()).isEqualTo(60);
            assertThat(approved.approvedBy()).isEqualTo("admin");
            assertThat(approved.approvedAt()).isEqualTo(Instant.parse("2026-09-02T08:00:00Z"));
            assertThat(approved.resultJson()).contains("\"moves\": []");
            assertThat(jobs.find(7).orElseThrow().outcome())
                    .isEqualTo(new PlanningJobOutcome("OPTIMAL", 1.5, 1.5, 0.0, "HiGHS", 12.25));
            RotationJob resolve = rotation.find(9).orElseThrow();
            assertThat(resolve.request().parentId()).isEqualTo(7);
            assertThat(resolve.request().locks())
                    .isEqualTo(new RotationLocks(
                            Map.of(new TeacherId("T1"), new SchoolCode("S2")), Map.of(), Set.of(new TeacherId("T3"))));
            assertThat(rotation.ofCounty(new RegionCode(COUNTY), 2025, 10))
                    .extracting(RotationJob::id)
                    .containsExactly(12L, 9L, 7L);
            // The job the stopped server left running comes first, then the queued one; each once.
            List<Long> claimed = List.of(
                    jobs.claim("b", ROTATION, Duration.ofMinutes(1), 3)
                            .orElseThrow()
                            .id(),
                    jobs.claim("b", ROTATION, Duration.ofMinutes(1), 3)
                            .orElseThrow()
                            .id());
            assertThat(claimed).containsExactly(9L, 12L);
            PlanningJob resumed = jobs.find(9).orElseThrow();
            assertThat(resumed.attempts()).isEqualTo(2);
            // New jobs are numbered after the migrated ones.
            long next = rotation.add(new org.edubalance.core.rotation.RotationJobRequest(
                    new RegionCode(COUNTY),
                    2025,
                    "extends: national",
                    5,
                    RotationLocks.NONE,
                    null,
                    "p",
                    Instant.parse("2026-12-01T08:00:00Z")));
            assertThat(next).isGreaterThan(12);
            // The locks follow their job when it is deleted, as before.
            sql.sql("delete from planning_job where id = 9").update();
            assertThat(sql.sql("select count(*) from rotation_lock")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void aFailureStoredAsTextBeforeV015KeepsItsTextUnderTheCodeOther() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .target("14")
                    .load()
                    .migrate();
            JdbcClient sql = JdbcClient.create(dataSource);
            sql.sql("insert into region (code, level, name, parent_code) values ('130000', 'PROVINCE', 'P', null),"
                            + " ('130100', 'CITY', 'C', '130000'), ('" + COUNTY + "', 'COUNTY', 'K', '130100')")
                    .update();
            sql.sql("""
                            insert into planning_job (kind, area_code, year, request, created_by, created_at, status,
                                                      attempts, finished_at, error)
                            values ('ROTATION', '130102', 2025, '{}', 'planner', '2026-09-01T08:00:00Z', 'FAILED', 1,
                                    '2026-09-01T08:01:00Z', 'County has no roster'),
                                   ('ROTATION', '130102', 2025, '{}', 'planner', '2026-09-01T08:00:00Z', 'QUEUED', 0,
                                    null, null)""").update();

            SchemaMigration.migrate(dataSource);

            var jobs = new JdbcPlanningJobs(dataSource);
            assertThat(jobs.find(1).orElseThrow().failure())
                    .isEqualTo(new PlanningJobFailure(
                            PlanningJobFailure.Code.OTHER, List.of("County has no roster"), "County has no roster"));
            assertThat(jobs.find(2).orElseThrow().failure()).isNull();
        }
    }
}
