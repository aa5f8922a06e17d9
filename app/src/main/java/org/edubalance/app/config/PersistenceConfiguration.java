package org.edubalance.app.config;

import javax.sql.DataSource;
import org.edubalance.core.account.ApiTokens;
import org.edubalance.core.account.UserAccounts;
import org.edubalance.core.audit.AuditLog;
import org.edubalance.core.county.CountyInputStore;
import org.edubalance.core.dataset.DatasetImports;
import org.edubalance.core.enrolment.EnrolmentRounds;
import org.edubalance.core.pairingrecord.Pairings;
import org.edubalance.core.pairingrecord.SchoolGroups;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.CountyBoundaries;
import org.edubalance.core.region.Regions;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.staff.TeacherRosters;
import org.edubalance.core.zoningstudy.ZoningStudies;
import org.edubalance.persistence.account.JdbcApiTokens;
import org.edubalance.persistence.account.JdbcUserAccounts;
import org.edubalance.persistence.audit.JdbcAuditLog;
import org.edubalance.persistence.county.JdbcCountyInputStore;
import org.edubalance.persistence.dataset.JdbcDatasetImports;
import org.edubalance.persistence.enrolment.JdbcEnrolmentRounds;
import org.edubalance.persistence.pairingrecord.JdbcPairings;
import org.edubalance.persistence.pairingrecord.JdbcSchoolGroups;
import org.edubalance.persistence.planning.JdbcPlanningJobs;
import org.edubalance.persistence.region.JdbcCountyBoundaries;
import org.edubalance.persistence.region.JdbcRegions;
import org.edubalance.persistence.rotation.JdbcRotationJobs;
import org.edubalance.persistence.school.JdbcSchoolYears;
import org.edubalance.persistence.staff.JdbcTeacherRosters;
import org.edubalance.persistence.zoning.JdbcZoningStudies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The core's storage ports, implemented by the persistence module. The only place in the app that names persistence
 * classes (docs/style.md D6); everything else sees the ports.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    Regions regions(DataSource dataSource) {
        return new JdbcRegions(dataSource);
    }

    @Bean
    SchoolYears schoolYears(DataSource dataSource, Regions regions) {
        return new JdbcSchoolYears(dataSource, regions);
    }

    @Bean
    CountyInputStore countyInputStore(DataSource dataSource) {
        return new JdbcCountyInputStore(dataSource);
    }

    @Bean
    DatasetImports datasetImports(DataSource dataSource) {
        return new JdbcDatasetImports(dataSource);
    }

    @Bean
    UserAccounts userAccounts(DataSource dataSource) {
        return new JdbcUserAccounts(dataSource);
    }

    @Bean
    ApiTokens apiTokens(DataSource dataSource) {
        return new JdbcApiTokens(dataSource);
    }

    @Bean
    CountyBoundaries countyBoundaries(DataSource dataSource) {
        return new JdbcCountyBoundaries(dataSource);
    }

    @Bean
    TeacherRosters teacherRosters(DataSource dataSource) {
        return new JdbcTeacherRosters(dataSource);
    }

    @Bean
    PlanningJobs planningJobs(DataSource dataSource) {
        return new JdbcPlanningJobs(dataSource);
    }

    @Bean
    RotationJobs rotationJobs(DataSource dataSource) {
        return new JdbcRotationJobs(dataSource);
    }

    @Bean
    EnrolmentRounds enrolmentRounds(DataSource dataSource) {
        return new JdbcEnrolmentRounds(dataSource);
    }

    @Bean
    AuditLog auditLog(DataSource dataSource) {
        return new JdbcAuditLog(dataSource);
    }

    @Bean
    ZoningStudies zoningStudies(DataSource dataSource) {
        return new JdbcZoningStudies(dataSource);
    }

    @Bean
    Pairings pairings(DataSource dataSource) {
        return new JdbcPairings(dataSource);
    }

    @Bean
    SchoolGroups schoolGroups(DataSource dataSource) {
        return new JdbcSchoolGroups(dataSource);
    }
}
