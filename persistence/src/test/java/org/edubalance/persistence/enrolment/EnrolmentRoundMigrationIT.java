package org.edubalance.persistence.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import javax.sql.DataSource;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundKind;
import org.edubalance.core.enrolment.EnrolmentRoundStatus;
import org.edubalance.core.planning.PlanningJobRequest;
import org.edubalance.core.region.RegionCode;
import org.edubalance.persistence.SchemaMigration;
import org.edubalance.persistence.planning.JdbcPlanningJobs;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V014 keeps the rounds of a database that ran V013: an admission round published before the approval step existed
 * counts as approved by its publication, a drawn one waits for its approval, and both read back as admission rounds.
 */
class EnrolmentRoundMigrationIT {
    private static final String COUNTY = "130102";

    @Test
    void keepsTheRoundsOfAnExistingDatabase() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .target("13")
                    .load()
                    .migrate();
            JdbcClient sql = JdbcClient.create(dataSource);
            sql.sql("insert into region (code, level, name, parent_code) values ('130000', 'PROVINCE', 'P', null),"
                            + " ('130100', 'CITY', 'C', '130000'), ('" + COUNTY + "', 'COUNTY', 'K', '130100')")
                    .update();
            long job = new JdbcPlanningJobs(dataSource)
                    .add(new PlanningJobRequest(
                            "ADMISSION",
                            new RegionCode(COUNTY),
                            2027,
                            "{}",
                            null,
                            "planner",
                            Instant.parse("2027-06-01T08:00:00Z")));
            String commit = "a".repeat(64);
            sql.sql("""
                            insert into enrolment_round (id, kind, county_code, year, entry_grade, status, created_by,
                                                         created_at, lottery_commit, committed_at, public_value,
                                                         drawn_at, planning_job_id, published_at, published_by,
                                                         result_json)
                            overriding system value values
                            (4, 'ADMISSION', '130102', 2027, 'G1', 'PUBLISHED', 'planner', '2027-06-01T08:00:00Z',
                             :commit, '2027-06-01T09:00:00Z', 'SSE 3000.12', '2027-06-02T09:00:00Z', :job,
                             '2027-06-03T09:00:00Z', 'admin', '{"kind": "admission"}'),
                            (6, 'ADMISSION', '130102', 2027, 'G7', 'DRAWN', 'planner', '2027-06-01T08:00:00Z',
                             :commit, '2027-06-01T09:00:00Z', 'SSE 3000.12', '2027-06-02T09:00:00Z', :job,
                             null, null, null)""").param("commit", commit).param("job", job).update();
            sql.sql("insert into enrolment_round_file (round_id, position, name, file_name, content, sha256)"
                            + " values (4, 0, 'seats', 'seats.csv', '\\x01'::bytea, :sha)")
                    .param("sha", "b".repeat(64))
                    .update();

            SchemaMigration.migrate(dataSource);

            var rounds = new JdbcEnrolmentRounds(dataSource);
            EnrolmentRound published = rounds.find(4).orElseThrow();
            assertThat(published.kind()).isEqualTo(EnrolmentRoundKind.ADMISSION);
            assertThat(published.grade()).isEqualTo(EntryGrade.G1);
            assertThat(published.status()).isEqualTo(EnrolmentRoundStatus.PUBLISHED);
            assertThat(published.approvedBy()).isEqualTo("admin");
            assertThat(published.approvedAt()).isEqualTo(Instant.parse("2027-06-03T09:00:00Z"));
            assertThat(published.files()).hasSize(1);
            assertThat(rounds.publishedResult(4)).contains("{\"kind\": \"admission\"}");

            EnrolmentRound drawn = rounds.find(6).orElseThrow();
            assertThat(drawn.status()).isEqualTo(EnrolmentRoundStatus.DRAWN);
            assertThat(drawn.approvedAt()).isNull();
            assertThat(rounds.approve(6, "planner", Instant.parse("2027-06-04T09:00:00Z")))
                    .isTrue();
            assertThat(rounds.publish(6, "admin", Instant.parse("2027-06-05T09:00:00Z"), "{}"))
                    .isTrue();
            assertThat(rounds.ofArea(new RegionCode(COUNTY)))
                    .extracting(EnrolmentRound::id)
                    .containsExactly(6L, 4L);
        }
    }
}
