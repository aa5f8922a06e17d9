package org.edubalance.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.app.investment.InvestmentService;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.planning.investment.InvestmentChecker;
import org.edubalance.planning.investment.InvestmentPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The demo queues an investment plan of its first county (docs/planning/investment.md, "On the platform"): the least
 * cost of full compliance under the shipped costs, solved by the job runner once the platform is up, and sound for the
 * independent checker.
 */
class DemoInvestmentIT {

    @Test
    void theDemoPlansItsFirstCountysInvestment(@TempDir Path dataDir) {
        try (var app = new SpringApplicationBuilder(EduBalanceApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--app.data-dir=" + dataDir,
                        "--app.demo.years=2",
                        "--app.demo.rounds=false",
                        "--app.demo.zoning=false",
                        "--app.demo.investment=true")) {
            RegionCode first = app.getBean(Regions.class).counties().stream()
                    .map(c -> c.code())
                    .min(Comparator.comparing(RegionCode::value))
                    .orElseThrow();
            InvestmentService investment = app.getBean(InvestmentService.class);
            List<PlanningJob> jobs = investment.jobs(first, 2025);
            assertThat(jobs).hasSize(1);
            assertThat(jobs.getFirst().request().createdBy()).isEqualTo("system");
            PlanningJob done = await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(
                            () -> investment.job(jobs.getFirst().id()),
                            j -> !j.status().isUnfinished());
            assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(PlanningJobStatus.DONE);
            InvestmentPlan plan = investment.plan(done);
            assertThat(plan.goal()).isEqualTo("compliance");
            assertThat(plan.status().hasPlan()).isTrue();
            var checked = new InvestmentChecker(
                            StandardCatalogue.load(StandardCatalogue.DEFAULT_ID), CostsReader.shipped())
                    .check(investment.rows(first, 2025), 2025, plan.actions());
            assertThat(checked.problems()).isEmpty();
            assertThat(checked.allCompliant()).isTrue();
            assertThat(checked.cvOverLimit()).isEmpty();
            assertThat(checked.cost()).isEqualTo(plan.totalCost());
        }
    }
}
