package org.edubalance.app.investment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.planning.PlanningJobKind;
import org.edubalance.app.planning.PlanningJobResult;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveProgress;
import org.edubalance.planning.investment.InvestmentChecker;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlanJson;
import org.edubalance.planning.investment.InvestmentPlanner;
import org.edubalance.planning.investment.PhasedChecker;
import org.edubalance.planning.investment.PhasedPlanner;
import org.springframework.stereotype.Component;

/**
 * The investment planner as a planner kind of the job runner (docs/planning/jobs.md §5): the request names the goal,
 * the budget or the budgets by year (phasing, docs/planning/investment.md §10) and the costs (as costs-file text); the
 * county's school rows of the year are planned as {@code edubalance plan investment --county} plans them, the plan is
 * checked again by the independent checkers, and the document is the one the command line writes.
 */
@Component
final class InvestmentJobKind implements PlanningJobKind {
    /** The stored kind of the jobs. */
    static final String CODE = "INVESTMENT";
    /** The audit log's target type of investment jobs. */
    static final String AUDIT_TARGET = "investment-job";
    /** The time the county MIPs share, as the command line's default. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    private final SchoolYears schoolYears;
    private final InvestmentRequests requests;

    InvestmentJobKind(SchoolYears schoolYears, InvestmentRequests requests) {
        this.schoolYears = schoolYears;
        this.requests = requests;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String auditTarget() {
        return AUDIT_TARGET;
    }

    @Override
    public PlanningJobResult solve(PlanningJob job, SolveListener listener) {
        long start = System.nanoTime();
        InvestmentRequest request = requests.read(job.request().requestJson());
        CostTable costs = request.costTable();
        int year = job.request().year();
        List<SchoolYear> rows = schoolYears.ofYear(year, job.request().area());
        listener.progress(new SolveProgress("planning", Duration.ZERO, TIME_LIMIT, Double.NaN, Double.NaN));
        InvestmentPlan plan = plan(InvestmentRequests.STANDARD, costs, year, rows, request);
        var checked = new InvestmentChecker(InvestmentRequests.STANDARD, costs).check(rows, year, plan.actions());
        List<String> problems = new ArrayList<>(checked.problems());
        if (plan.phasing() != null) {
            // Each year within its own budget and its compliant segments counted again, as the command line checks.
            problems.addAll(new PhasedChecker(InvestmentRequests.STANDARD, costs)
                    .check(rows, year, plan.phasing().budgets(), plan.phasing().actions())
                    .problems());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The independent check of the plan failed: " + problems);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("goal", plan.goal());
        facts.put("totalCost", plan.totalCost());
        facts.put("actions", plan.actions().size());
        var outcome = PlanningOutcome.of(
                plan.status(),
                plan.totalCost(),
                plan.bound(),
                "investment",
                Duration.ofNanos(System.nanoTime() - start));
        return new PlanningJobResult(InvestmentPlanJson.write(plan), outcome, facts);
    }

    /** The plan of {@code request}, as the command line makes it. */
    static InvestmentPlan plan(
            org.edubalance.core.standard.Standard standard,
            CostTable costs,
            int year,
            List<SchoolYear> rows,
            InvestmentRequest request) {
        if (request.budgetPerYear() != null) {
            return new PhasedPlanner(standard, costs, TIME_LIMIT).plan(year, rows, request.budgetPerYear());
        }
        var planner = new InvestmentPlanner(standard, costs, TIME_LIMIT);
        return request.budget() == null ? planner.compliance(year, rows) : planner.budget(year, rows, request.budget());
    }
}
