package org.edubalance.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.core.school.SchoolFixtures.school;
import static org.edubalance.core.school.SchoolFixtures.segment;

import java.util.List;
import java.util.Locale;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.evaluation.ItemStatus;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolFixtures;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.dataimport.policy.FundingPolicyReader;
import org.edubalance.planning.funding.FundingPlan;
import org.edubalance.planning.funding.FundingPlanner;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/**
 * The 2017 funding items under current funds and under the formula, judged by the engine on the running platform (its
 * county inputs store holds nothing for the test county, so the reported special-education figure is missing), worked
 * by hand with national-east: a rural primary of 40 needs 650 × 40 × 100 / 40 = 65,000 and gets 20,000 today and
 * 65,000 from the formula; an urban primary of 40 is no village school and not covered; a special-education school of
 * 50 gets 5,000 a student today and 6,000 from the formula.
 */
@PlatformTest
class FundingItemChecksIT {
    private final FundingItemChecks checks;

    FundingItemChecksIT(ApplicationContext app) {
        this.checks = app.getBean(FundingItemChecks.class);
    }

    private static SchoolYear school(String code, SchoolType type, Location location, int pupils, double funds) {
        return SchoolFixtures.school(
                        code, type, location, segment(pupils, 2, 4), SegmentFigures.NONE, 0, SharedAssets.NONE)
                .withSupplementary(
                        new SupplementaryFigures(null, null, null, null, null, null, null, null, funds, null, null));
    }

    @Test
    void eachItemIsJudgedWithTodaysFundsAndWithTheFormulas() {
        SchoolYear rural = school("9001", SchoolType.PRIMARY, Location.RURAL, 40, 20_000);
        SchoolYear urban = school("9002", SchoolType.PRIMARY, Location.URBAN, 40, 10_000);
        SchoolYear special = school("9003", SchoolType.SPECIAL_EDUCATION, Location.URBAN, 50, 250_000);
        List<SchoolYear> schools = List.of(rural, urban, special);
        FundingPolicy east = FundingPolicyReader.load("national-east");
        FundingPlan plan = new FundingPlanner(east).plan(SchoolFixtures.YEAR, schools);

        FundingItems items = checks.check(SchoolFixtures.COUNTY.code(), schools, plan, Locale.ENGLISH);

        FundingItems.Check small = items.smallSchool();
        assertThat(small.current()).isEqualTo(ItemStatus.NOT_MET);
        assertThat(small.formula()).isEqualTo(ItemStatus.MET);
        assertThat(small.schools()).singleElement().satisfies(l -> {
            assertThat(l.code()).isEqualTo("9001");
            assertThat(l.required()).isEqualTo(65_000.0);
            assertThat(l.formula()).isEqualTo(65_000.0);
            assertThat(l.currentFails()).isTrue();
            assertThat(l.formulaFails()).isFalse();
        });

        FundingItems.Check specialEd = items.specialEducation();
        assertThat(specialEd.current()).as("no county input stored").isEqualTo(ItemStatus.MISSING);
        assertThat(specialEd.formulaFigure()).isEqualTo(6_000.0);
        assertThat(specialEd.formula()).isEqualTo(ItemStatus.MET);
        assertThat(specialEd.schools()).singleElement().satisfies(l -> {
            assertThat(l.required()).isEqualTo(300_000.0);
            assertThat(l.currentFails()).isTrue();
            assertThat(l.formulaFails()).isFalse();
        });
    }
}
