package org.edubalance.persistence.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.pairingrecord.ActivityKind;
import org.edubalance.core.pairingrecord.Agreement;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.pairingrecord.PairingActivity;
import org.edubalance.core.pairingrecord.SchoolGroup;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.edubalance.persistence.TestDatabase;
import org.edubalance.persistence.region.JdbcRegions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pairings, their activity logs and school groups in the store (V018). */
class JdbcPairingRecordsIT {
    private final DataSource dataSource = TestDatabase.dataSource();
    private final JdbcPairings pairings = new JdbcPairings(dataSource);
    private final JdbcSchoolGroups groups = new JdbcSchoolGroups(dataSource);
    private RegionCode county;

    @BeforeEach
    void storeACounty() {
        JdbcClient.create(dataSource)
                .sql("truncate pairing, school_group, school_year, county_input, data_import, region cascade")
                .update();
        var demo = new DemoDataGenerator(3).generate(DemoScale.COUNTY, 2025, 1);
        new JdbcRegions(dataSource).addCounty(demo.schools().getFirst().county());
        county = demo.schools().getFirst().county().code();
    }

    @Test
    void aPairingKeepsItsAgreementItsEndAndItsLog() {
        Pairing pairing = pair("S1", "S2", 2023);
        long id = pairings.add(pairing);
        assertThat(pairings.find(id)).contains(pairing.withId(id));
        assertThat(pairings.ofCounty(county)).containsExactly(pairing.withId(id));

        var agreement = new Agreement(LocalDate.of(2023, 9, 1), "每周一次教研活动日", "协议〔2023〕2号");
        assertThat(pairings.updateAgreement(id, agreement)).isTrue();
        assertThat(pairings.find(id).orElseThrow().agreement()).isEqualTo(agreement);

        long visit = pairings.addActivity(
                new PairingActivity(0, id, LocalDate.of(2023, 10, 1), ActivityKind.VISIT, 12, null, "互访", "p"));
        long mentoring = pairings.addActivity(new PairingActivity(
                0, id, LocalDate.of(2023, 11, 1), ActivityKind.MENTORED_TEACHER, 4, 3, "", "principal"));
        assertThat(pairings.activities(id))
                .extracting(PairingActivity::id)
                .as("newest first")
                .containsExactly(mentoring, visit);
        assertThat(pairings.activities(id).getFirst().teachersMentored()).isEqualTo(3);
        assertThat(pairings.activityCounts(county)).containsEntry(id, 2);

        assertThat(pairings.end(id, 2025)).isTrue();
        assertThat(pairings.find(id).orElseThrow().endYear()).isEqualTo(2025);
        assertThat(pairings.delete(id)).isTrue();
        assertThat(pairings.find(id)).isEmpty();
        assertThat(pairings.activities(id)).as("the log goes with its pairing").isEmpty();
        assertThat(pairings.end(id, 2025)).isFalse();
    }

    @Test
    void theSamePairRunsOnceAtATime() {
        long first = pairings.add(pair("S1", "S2", 2023));
        assertThatThrownBy(() -> pairings.add(pair("S1", "S2", 2024)))
                .isInstanceOf(DataIntegrityViolationException.class);
        pairings.end(first, 2023);
        long again = pairings.add(pair("S1", "S2", 2024));
        assertThat(pairings.ofCounty(county)).extracting(Pairing::id).containsExactly(first, again);
    }

    @Test
    void aGroupKeepsItsMembersInOrder() {
        var group = new SchoolGroup(
                0,
                county,
                "实验小学教育集团",
                new SchoolCode("S1"),
                List.of(new SchoolCode("S3"), new SchoolCode("S2")),
                2024,
                null);
        long id = groups.add(group);
        assertThat(groups.find(id)).contains(group.withId(id));
        assertThat(groups.ofCounty(county)).containsExactly(group.withId(id));
        assertThat(groups.end(id, 2026)).isTrue();
        assertThat(groups.find(id).orElseThrow().endYear()).isEqualTo(2026);
        assertThat(groups.delete(id)).isTrue();
        assertThat(groups.ofCounty(county)).isEmpty();
    }

    private Pairing pair(String mentor, String mentee, int start) {
        return new Pairing(
                0,
                county,
                Segment.PRIMARY,
                new SchoolCode(mentor),
                new SchoolCode(mentee),
                start,
                null,
                new Agreement(LocalDate.of(start, 8, 28), "结对帮扶", null));
    }
}
