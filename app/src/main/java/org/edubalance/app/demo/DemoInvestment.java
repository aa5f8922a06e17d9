package org.edubalance.app.demo;

import java.util.Comparator;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.investment.InvestmentService;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.region.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's investment plan (docs/planning/investment.md, "On the platform"): the least cost of full compliance of the
 * first county in the newest year, under the shipped costs, queued as a job so that the investment page shows a result
 * soon after the first start. Only queued here: the job runner solves it once the platform is up, so the start does not
 * wait for it. Behind {@code app.demo.investment} (default true; the shared test platform goes without).
 */
@Component
final class DemoInvestment {
    private static final Logger LOG = LoggerFactory.getLogger(DemoInvestment.class);

    private final InvestmentService investment;
    private final boolean enabled;

    DemoInvestment(InvestmentService investment, @Value("${app.demo.investment:true}") boolean enabled) {
        this.investment = investment;
        this.enabled = enabled;
    }

    void queue(DemoData data, int year) {
        if (!enabled) {
            return;
        }
        RegionCode county = data.schools().stream()
                .filter(s -> s.year() == year)
                .map(s -> s.county().code())
                .min(Comparator.comparing(RegionCode::value))
                .orElseThrow();
        long id = investment.run(county, year, null, null, null, AuditService.SYSTEM);
        LOG.info("Queued the demo investment plan {} of county {} ({}).", id, county.value(), year);
    }
}
