package org.edubalance.persistence.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.planning.PlanningJobRequest;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.zoningstudy.PublicBlockZone;
import org.edubalance.core.zoningstudy.StudyFile;
import org.edubalance.core.zoningstudy.ZoningRun;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.edubalance.persistence.TestDatabase;
import org.edubalance.persistence.planning.JdbcPlanningJobs;
import org.edubalance.persistence.region.JdbcRegions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Zoning studies in the store (V016): files kept as uploaded, runs with their plan or reason, approval, and the public
 * lookup that sees only the approved plan of the latest plan year of each county and grade.
 */
class JdbcZoningStudiesIT {
    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    private final DataSource dataSource = TestDatabase.dataSource();
    private final JdbcZoningStudies studies = new JdbcZoningStudies(dataSource);
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
    void aStudyKeepsItsFilesAndItsRunsPlansAndReasons() {
        long id = add(2025, Map.of("B1", "东园小区", "B2", "西园小区"));
        ZoningStudy study = studies.find(id).orElseThrow();
        assertThat(study.files()).extracting(StudyFile::fileName).containsExactly("blocks.csv", "seats.csv");
        assertThat(new String(study.file("blocks").orElseThrow().content(), StandardCharsets.UTF_8))
                .isEqualTo("block_id\nB1\nB2\n");
        assertThat(study.isApproved()).isFalse();
        assertThat(studies.ofCounty(county)).extracting(ZoningStudy::id).containsExactly(id);
        assertThat(studies.ofCounty(county).getFirst().files())
                .as("lists leave the contents out")
                .isEmpty();

        long failed = job();
        long solved = job();
        studies.addRun(id, failed, "{\"pins\":[],\"forbidden\":[]}");
        studies.addRun(id, solved, "{\"pins\":[],\"forbidden\":[]}");
        studies.storeReason(failed, "ZONING_SEATS_BELOW_ENTRANTS", "{\"year\":2026}");
        studies.storePlan(solved, "{\"kind\":\"zoning\"}", "{}", "zones", "block zones");
        assertThat(studies.runs(id)).extracting(ZoningRun::jobId).containsExactly(solved, failed);
        ZoningRun reason = studies.run(failed).orElseThrow();
        assertThat(reason.errorCode()).isEqualTo("ZONING_SEATS_BELOW_ENTRANTS");
        assertThat(reason.planJson()).isNull();
        assertThat(studies.run(solved).orElseThrow().planJson()).isEqualTo("{\"kind\":\"zoning\"}");

        assertThat(studies.approve(id, failed, 2026, Map.of(), "planner", AT))
                .as("a run without a plan")
                .isFalse();
        assertThat(studies.approve(id, solved, 2026, Map.of("B1", "S1", "B2", "S2"), "planner", AT))
                .isTrue();
        ZoningStudy approved = studies.find(id).orElseThrow();
        assertThat(approved.approvedJob()).isEqualTo(solved);
        assertThat(approved.approvedBy()).isEqualTo("planner");
        assertThat(approved.approvedPlanYear()).isEqualTo(2026);
    }

    @Test
    void thePublicLookupFindsTheApprovedPlanOfTheLatestPlanYearOnly() {
        long older = add(2024, Map.of("B1", "东园小区"));
        long newer = add(2025, Map.of("B1", "东园小区", "B2", "西园"));
        long unapproved = add(2026, Map.of("B1", "东园小区"));
        assertThat(studies.findApprovedBlocks("东园", 10))
                .as("nothing approved yet")
                .isEmpty();

        approve(older, 2025, Map.of("B1", "S1"));
        assertThat(studies.findApprovedBlocks("东园", 10))
                .extracting(PublicBlockZone::studyId, PublicBlockZone::school, PublicBlockZone::planYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(older, "S1", 2025));

        approve(newer, 2026, Map.of("B1", "S2", "B2", "S3"));
        List<PublicBlockZone> found = studies.findApprovedBlocks("园", 10);
        assertThat(found).extracting(PublicBlockZone::studyId).containsOnly(newer);
        assertThat(found).extracting(PublicBlockZone::blockName).containsExactly("东园小区", "西园");
        assertThat(found).extracting(PublicBlockZone::school).containsExactly("S2", "S3");
        assertThat(studies.findApprovedBlocks("园", 1)).hasSize(1);
        assertThat(studies.findApprovedBlocks("北园", 10)).isEmpty();
        assertThat(studies.findApprovedBlocks("%", 10))
                .as("a pattern character is plain text")
                .isEmpty();
        assertThat(unapproved).isPositive();
    }

    private void approve(long study, int planYear, Map<String, String> schools) {
        long job = job();
        studies.addRun(study, job, "{}");
        studies.storePlan(job, "{}", "{}", "z", "bz");
        assertThat(studies.approve(study, job, planYear, schools, "planner", AT))
                .isTrue();
    }

    private long add(int year, Map<String, String> blocks) {
        return studies.add(
                county,
                year,
                EntryGrade.G1,
                "national",
                List.of(
                        new StudyFile("blocks", "blocks.csv", "block_id\nB1\nB2\n".getBytes(StandardCharsets.UTF_8)),
                        new StudyFile("seats", "seats.csv", "year\n".getBytes(StandardCharsets.UTF_8))),
                blocks,
                "planner",
                AT);
    }

    private long job() {
        return new JdbcPlanningJobs(dataSource)
                .add(new PlanningJobRequest("ZONING", county, 2025, "{}", null, "planner", AT));
    }
}
