package org.edubalance.persistence.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundKind;
import org.edubalance.core.enrolment.EnrolmentRoundStatus;
import org.edubalance.core.enrolment.RoundFile;
import org.edubalance.core.planning.PlanningJobRequest;
import org.edubalance.core.region.RegionCode;
import org.edubalance.persistence.TestDatabase;
import org.edubalance.persistence.planning.JdbcPlanningJobs;
import org.edubalance.persistence.region.JdbcRegions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The round's steps go forward one at a time, in the store and in the schema (V013, V014). */
class JdbcEnrolmentRoundsIT {
    private static final Instant AT = Instant.parse("2027-06-01T08:00:00Z");

    private final DataSource dataSource = TestDatabase.dataSource();
    private final JdbcEnrolmentRounds rounds = new JdbcEnrolmentRounds(dataSource);
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
    void aRoundGoesFromDraftToPublishedOneStepAtATime() {
        long id = rounds.add(EnrolmentRoundKind.ADMISSION, county, 2027, EntryGrade.G1, files(), "planner", AT);

        EnrolmentRound draft = rounds.find(id).orElseThrow();
        assertThat(draft.status()).isEqualTo(EnrolmentRoundStatus.DRAFT);
        assertThat(draft.files()).extracting(RoundFile::name).containsExactly("seats", "policy");
        assertThat(new String(draft.files().getFirst().content(), StandardCharsets.UTF_8))
                .isEqualTo("year,seats\n");
        assertThat(draft.files()).extracting(RoundFile::sha256).containsOnlyNulls();
        long job = job();
        assertThat(rounds.draw(id, "value", job, AT))
                .as("a draw before the commit")
                .isFalse();
        assertThat(rounds.publish(id, "planner", AT, "{}")).isFalse();

        String commit = "a".repeat(64);
        assertThat(rounds.commit(id, Map.of("seats", "b".repeat(64), "policy", "c".repeat(64)), commit, AT))
                .isTrue();
        assertThat(rounds.commit(id, Map.of(), "d".repeat(64), AT))
                .as("committed once")
                .isFalse();
        EnrolmentRound committed = rounds.find(id).orElseThrow();
        assertThat(committed.commit()).isEqualTo(commit);
        assertThat(committed.files()).extracting(RoundFile::sha256).containsExactly("b".repeat(64), "c".repeat(64));

        assertThat(rounds.draw(id, "SSE 2027-06-02 close 3000.12", job, AT.plusSeconds(60)))
                .isTrue();
        assertThat(rounds.draw(id, "other", job, AT.plusSeconds(61))).isFalse();
        assertThat(rounds.published()).isEmpty();
        assertThat(rounds.publish(id, "admin", AT.plusSeconds(120), "{}"))
                .as("published only once approved")
                .isFalse();
        assertThat(rounds.approve(id, "planner2", AT.plusSeconds(90))).isTrue();
        assertThat(rounds.approve(id, "planner2", AT.plusSeconds(91)))
                .as("approved once")
                .isFalse();
        EnrolmentRound approved = rounds.find(id).orElseThrow();
        assertThat(approved.status()).isEqualTo(EnrolmentRoundStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("planner2");
        assertThat(approved.approvedAt()).isEqualTo(AT.plusSeconds(90));
        assertThat(rounds.published()).isEmpty();
        assertThat(rounds.publish(id, "admin", AT.plusSeconds(120), "{\"kind\": \"admission\"}"))
                .isTrue();

        EnrolmentRound published = rounds.find(id).orElseThrow();
        assertThat(published.status()).isEqualTo(EnrolmentRoundStatus.PUBLISHED);
        assertThat(published.publicValue()).isEqualTo("SSE 2027-06-02 close 3000.12");
        assertThat(published.jobId()).isEqualTo(job);
        assertThat(published.publishedBy()).isEqualTo("admin");
        assertThat(rounds.published()).extracting(EnrolmentRound::id).containsExactly(id);
        assertThat(rounds.publishedResult(id)).contains("{\"kind\": \"admission\"}");
    }

    @Test
    void aQuotaRoundHasNoGradeAndItsAreaListsItsRoundsNewestFirst() {
        long admission = rounds.add(EnrolmentRoundKind.ADMISSION, county, 2027, EntryGrade.G1, files(), "p", AT);
        List<RoundFile> quotaFiles = List.of(
                new RoundFile("schools", "schools.csv", new byte[] {1}, null),
                new RoundFile("high_schools", "high_schools.csv", new byte[] {2}, null),
                new RoundFile("candidates", "candidates.csv", new byte[] {3}, null),
                new RoundFile("policy", "national", new byte[] {4}, null));
        long quota = rounds.add(EnrolmentRoundKind.QUOTA, county, 2027, null, quotaFiles, "p", AT.plusSeconds(1));

        EnrolmentRound stored = rounds.find(quota).orElseThrow();
        assertThat(stored.kind()).isEqualTo(EnrolmentRoundKind.QUOTA);
        assertThat(stored.grade()).isNull();
        assertThat(stored.area()).isEqualTo(county);
        assertThat(stored.files())
                .extracting(RoundFile::name)
                .containsExactly("schools", "high_schools", "candidates", "policy");
        assertThat(rounds.ofArea(county)).extracting(EnrolmentRound::id).containsExactly(quota, admission);
        assertThat(rounds.ofArea(new RegionCode("999999"))).isEmpty();
        var jdbc = JdbcClient.create(dataSource);
        assertThatThrownBy(() -> jdbc.sql("update enrolment_round set entry_grade = 'G7' where id = :id")
                        .param("id", quota)
                        .update())
                .as("a quota round has no entry grade")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update enrolment_round set entry_grade = null where id = :id")
                        .param("id", admission)
                        .update())
                .as("an admission round has one")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theSchemaRefusesAPublicValueWithoutACommitBeforeIt() {
        long id = rounds.add(EnrolmentRoundKind.ADMISSION, county, 2027, EntryGrade.G7, files(), "planner", AT);
        long job = job();
        var jdbc = JdbcClient.create(dataSource);

        assertThatThrownBy(() -> jdbc.sql("update enrolment_round set status = 'DRAWN', public_value = 'v',"
                                + " drawn_at = now(), planning_job_id = :job where id = :id")
                        .param("job", job)
                        .param("id", id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        rounds.commit(id, Map.of(), "e".repeat(64), AT);
        assertThatThrownBy(() -> jdbc.sql("update enrolment_round set status = 'DRAWN', public_value = 'v',"
                                + " drawn_at = :before, planning_job_id = :job where id = :id")
                        .param("before", java.sql.Timestamp.from(AT.minusSeconds(1)))
                        .param("job", job)
                        .param("id", id)
                        .update())
                .as("a public value given before the commit was stored")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> rounds.draw(id, "", job, AT.plusSeconds(1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long job() {
        return new JdbcPlanningJobs(dataSource)
                .add(new PlanningJobRequest("ADMISSION", county, 2027, "{}", null, "planner", AT));
    }

    private static List<RoundFile> files() {
        return List.of(
                new RoundFile("seats", "seats.csv", "year,seats\n".getBytes(StandardCharsets.UTF_8), null),
                new RoundFile("policy", "national", "classes: []\n".getBytes(StandardCharsets.UTF_8), null));
    }
}
