package org.edubalance.persistence.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.edubalance.core.dataset.DatasetImport;
import org.edubalance.core.dataset.DatasetKind;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.demo.TeacherRosterGenerator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.staff.Teacher;
import org.edubalance.persistence.TestDatabase;
import org.edubalance.persistence.dataset.JdbcDatasetImports;
import org.edubalance.persistence.region.JdbcRegions;
import org.edubalance.persistence.school.JdbcSchoolYears;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcTeacherRostersIT {
    private static final DemoData DEMO = new DemoDataGenerator(3).generate(DemoScale.COUNTY, 2025, 1);
    private static final List<Teacher> ROSTER = new TeacherRosterGenerator(3).roster(DEMO.schools());

    private final DataSource dataSource = TestDatabase.dataSource();
    private final JdbcTeacherRosters rosters = new JdbcTeacherRosters(dataSource);
    private long importId;

    @BeforeEach
    void storeDemo() {
        JdbcClient.create(dataSource)
                .sql("truncate school_year, county_input, data_import, region cascade")
                .update();
        importId = new JdbcDatasetImports(dataSource)
                .add(new DatasetImport(
                        0, DatasetKind.DEMO, "demo", "0".repeat(64), "system", Instant.EPOCH, 1, List.of(2025)))
                .id();
        new JdbcSchoolYears(dataSource, new JdbcRegions(dataSource)).addAll(DEMO.schools(), importId);
    }

    @Test
    void readsBackEveryTeacherEqualToWhatWasCopiedIn() {
        RegionCode county = ROSTER.getFirst().county();

        rosters.addAll(ROSTER, importId);

        assertThat(rosters.of(county, 2025)).containsExactlyInAnyOrderElementsOf(ROSTER);
        assertThat(ROSTER).anyMatch(t -> t.home() == null).anyMatch(t -> t.home() != null);
        assertThat(ROSTER).anyMatch(t -> t.exemptReason() != null);
        assertThat(rosters.count(county, 2025)).isEqualTo(ROSTER.size());
        assertThat(rosters.years(county)).containsExactly(2025);
    }

    @Test
    void copiesInsideTheCallersTransactionSoARollbackStoresNothing() {
        RegionCode county = ROSTER.getFirst().county();
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        transactions.executeWithoutResult(status -> {
            rosters.addAll(ROSTER, importId);
            status.setRollbackOnly();
        });

        assertThat(rosters.count(county, 2025)).isZero();
    }

    @Test
    void removesOneCountysRosterOfAYearAndGoesWithItsSchoolYear() {
        RegionCode county = ROSTER.getFirst().county();
        rosters.addAll(ROSTER, importId);

        assertThat(rosters.remove(county, 2025)).isEqualTo(ROSTER.size());
        rosters.addAll(ROSTER, importId);
        new JdbcSchoolYears(dataSource, new JdbcRegions(dataSource)).removeYear(2025);

        assertThat(rosters.count(county, 2025)).isZero();
    }
}
