package org.edubalance.persistence.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.planning.PlanningJobClaim;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.planning.PlanningJobOutcome;
import org.edubalance.core.planning.PlanningJobProgress;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobRequest;
import org.edubalance.core.rotation.RotationLocks;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.persistence.TestDatabase;
import org.edubalance.persistence.planning.JdbcPlanningJobs;
import org.edubalance.persistence.region.JdbcRegions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcRotationJobsIT {
    private static final Set<String> ROTATION = Set.of("ROTATION");
    private static final Instant AT = Instant.parse("2026-11-25T08:00:00Z");

    private final DataSource dataSource = TestDatabase.dataSource();
    private final JdbcRotationJobs jobs = new JdbcRotationJobs(dataSource);
    private final JdbcPlanningJobs lifecycle = new JdbcPlanningJobs(dataSource);
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
    void keepsAJobsInputsWithItsLocks() {
        var locks = new RotationLocks(
                Map.of(new TeacherId("T1"), new SchoolCode("S2")),
                Map.of(new TeacherId("T2"), List.of(new SchoolCode("S3"), new SchoolCode("S4"))),
                Set.of(new TeacherId("T3")));
        var request = new RotationJobRequest(county, 2025, "extends: national\n", 30, locks, null, "planner", AT);

        long id = jobs.add(request);
        long child = jobs.add(new RotationJobRequest(county, 2025, "extends: anhui\n", 5, locks, id, "admin", AT));

        RotationJob stored = jobs.find(id).orElseThrow();
        assertThat(stored.request()).isEqualTo(request);
        assertThat(stored.status()).isEqualTo(PlanningJobStatus.QUEUED);
        assertThat(stored.progress()).isEqualTo(PlanningJobProgress.NONE);
        assertThat(jobs.find(child).orElseThrow().request().parentId()).isEqualTo(id);
        assertThat(lifecycle.unfinished()).containsExactly(id, child);
        assertThat(lifecycle.find(id).orElseThrow().request().kind()).isEqualTo("ROTATION");
        assertThat(jobs.ofCounty(county, 2025, 10)).extracting(RotationJob::id).containsExactly(child, id);
    }

    @Test
    void followsAJobFromRunningToDoneAndApprovedOnce() {
        long id = jobs.add(
                new RotationJobRequest(county, 2025, "extends: national\n", 30, RotationLocks.NONE, null, "p", AT));

        PlanningJobClaim claim = claim();
        lifecycle.progress(claim, new PlanningJobProgress("solve", 0.5, Double.NaN, 1.25));
        RotationJob running = jobs.find(id).orElseThrow();
        boolean approvedEarly = lifecycle.approve(id, "planner", AT);
        lifecycle.finish(
                claim,
                "{\"moves\": []}",
                new PlanningJobOutcome("OPTIMAL", 1.0, 1.0, 0.0, "HiGHS", 2.5),
                AT.plusSeconds(9));
        boolean approved = lifecycle.approve(id, "planner", AT.plusSeconds(60));
        boolean approvedTwice = lifecycle.approve(id, "admin", AT.plusSeconds(61));

        assertThat(running.status()).isEqualTo(PlanningJobStatus.RUNNING);
        assertThat(running.attempts()).isOne();
        assertThat(running.progress().phase()).isEqualTo("solve");
        assertThat(running.progress().incumbent()).isNaN();
        assertThat(running.progress().bound()).isEqualTo(1.25);
        assertThat(List.of(approvedEarly, approved, approvedTwice)).containsExactly(false, true, false);
        RotationJob done = jobs.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(PlanningJobStatus.DONE);
        assertThat(done.resultJson()).isEqualTo("{\"moves\": []}");
        assertThat(done.approvedBy()).isEqualTo("planner");
        assertThat(done.approvedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(lifecycle.unfinished()).isEmpty();
    }

    @Test
    void countsEveryStartOfAJob() {
        long id = jobs.add(
                new RotationJobRequest(county, 2025, "extends: national\n", 30, RotationLocks.NONE, null, "p", AT));
        int before = jobs.find(id).orElseThrow().attempts();

        // Two instances that each died with the job: the second claim comes after the first one's lease ran out.
        claimFor(Duration.ZERO);
        claimFor(Duration.ZERO);

        assertThat(before).isZero();
        assertThat(jobs.find(id).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void keepsWhyAJobFailed() {
        long id = jobs.add(
                new RotationJobRequest(county, 2025, "extends: national\n", 30, RotationLocks.NONE, null, "p", AT));

        var noRoster = PlanningJobFailure.withText(PlanningJobFailure.Code.SOLVE_FAILED, "County has no roster");
        lifecycle.fail(claim(), noRoster, AT);

        assertThat(jobs.find(id).orElseThrow().failure()).isEqualTo(noRoster);
        assertThat(jobs.find(id).orElseThrow().error()).isEqualTo("County has no roster");
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(PlanningJobStatus.FAILED);
    }

    @Test
    void readsNoJobOfAnotherKindAsARotationJob() {
        long id = lifecycle.add(
                new org.edubalance.core.planning.PlanningJobRequest("ADMISSION", county, 2025, "{}", null, "p", AT));

        assertThat(jobs.find(id)).isEmpty();
        assertThat(jobs.ofCounty(county, 2025, 10)).isEmpty();
        assertThat(lifecycle.find(id)).isPresent();
    }

    private PlanningJobClaim claim() {
        return claimFor(Duration.ofMinutes(1));
    }

    private PlanningJobClaim claimFor(Duration lease) {
        return lifecycle.claim("test", ROTATION, lease, 3).orElseThrow();
    }
}
