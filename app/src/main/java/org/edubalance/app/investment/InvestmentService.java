package org.edubalance.app.investment;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.planning.PlanningJobRunner;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobRequest;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.PhasedPlanner;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The investment jobs of a county: queue one (stored, then run once committed), read one with its plan. Which role
 * sees what is the controllers' concern ({@link InvestmentAccess}).
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class InvestmentService {
    private final PlanningJobs jobs;
    private final PlanningJobRunner runner;
    private final SchoolYears schoolYears;
    private final InvestmentRequests requests;
    private final AuditService audit;
    private final JsonMapper json;
    private final Clock clock;

    // One collaborator per store and step: wiring, not a parameter bag.
    InvestmentService(
            PlanningJobs jobs,
            PlanningJobRunner runner,
            SchoolYears schoolYears,
            InvestmentRequests requests,
            AuditService audit,
            JsonMapper json,
            Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.schoolYears = schoolYears;
        this.requests = requests;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The years with school data of {@code county}, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(RegionCode county) {
        return schoolYears.years().stream()
                .filter(y -> !schoolYears.ofYear(y, county).isEmpty())
                .toList();
    }

    /** The school rows of {@code county} in {@code year}. */
    @Transactional(readOnly = true)
    public List<SchoolYear> rows(RegionCode county, int year) {
        return schoolYears.ofYear(year, county);
    }

    /**
     * Stores and queues a plan of {@code county} and {@code year}; a parent names the job it re-runs.
     *
     * @throws ApiProblemException 400 when the year has no school of the county, the budget is not a number of yuan or
     *     the costs are refused (nothing stored)
     */
    @Transactional
    public long run(
            RegionCode county,
            int year,
            @Nullable Double budget,
            @Nullable String costsCsv,
            @Nullable Long parent,
            String user) {
        if (budget != null && !(budget >= 0 && Double.isFinite(budget))) {
            throw ApiProblemException.invalid("budget " + budget + ": a budget is a number of yuan, 0 or more.");
        }
        return queue(county, year, new InvestmentRequest(budget, costsCsv), parent, user);
    }

    /**
     * Stores and queues a plan phased by year (docs/planning/investment.md §10) of {@code county} and {@code year},
     * the budgets read by {@link PhaseBudgets} (which refuses a year before {@code year}).
     *
     * @throws ApiProblemException 400 as {@link #run}
     */
    @Transactional
    public long runPhased(
            RegionCode county,
            int year,
            SortedMap<Integer, Double> budgetPerYear,
            @Nullable String costsCsv,
            @Nullable Long parent,
            String user) {
        if (budgetPerYear.isEmpty() || budgetPerYear.firstKey() < year) {
            throw ApiProblemException.invalid("budgetPerYear " + budgetPerYear.keySet()
                    + ": one phase year or more, each the data year " + year + " or later.");
        }
        var request = new InvestmentRequest(null, costsCsv, budgetPerYear);
        PhaseBudgets.requireUseful(budgetPerYear, cheapestUseful(county, year, request));
        return queue(county, year, request, parent, user);
    }

    /**
     * What the phased planner would refuse only once the job ran: budgets that total less than the cheapest purchase
     * that makes one more school segment compliant. The knapsack alone, milliseconds for a county: the bureau hears
     * it on the form, not from a failed job.
     */
    private double cheapestUseful(RegionCode county, int year, InvestmentRequest request) {
        List<SchoolYear> rows = schoolYears.ofYear(year, county);
        if (rows.isEmpty()) {
            return 0; // queue() refuses it, naming the county and year.
        }
        CostTable costs;
        try {
            costs = request.costTable();
        } catch (InvalidPolicyException e) {
            return 0; // queue() refuses the costs file with its own message.
        }
        return new PhasedPlanner(InvestmentRequests.STANDARD, costs, InvestmentJobKind.TIME_LIMIT)
                .cheapestUseful(year, rows);
    }

    private long queue(RegionCode county, int year, InvestmentRequest request, @Nullable Long parent, String user) {
        if (schoolYears.ofYear(year, county).isEmpty()) {
            throw ApiProblemException.invalid("County " + county + " has no school data for " + year + ".");
        }
        String costsCsv = request.costsCsv();
        if (costsCsv != null) {
            try {
                InvestmentCosts.read(costsCsv);
            } catch (InvalidPolicyException e) {
                throw ApiProblemException.invalid(String.valueOf(e.getMessage()));
            }
        }
        long id = jobs.add(new PlanningJobRequest(
                InvestmentJobKind.CODE, county, year, requests.write(request), parent, user, clock.instant()));
        audit.record(
                user,
                InvestmentJobKind.AUDIT_TARGET,
                Long.toString(id),
                "RUN",
                null,
                Map.of("county", county.value(), "year", year, "goal", request.goal()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.wake();
            }
        });
        return id;
    }

    /** The newest investment jobs of {@code county} in {@code year}, without results. */
    @Transactional(readOnly = true)
    public List<PlanningJob> jobs(RegionCode county, int year) {
        return jobs.ofArea(InvestmentJobKind.CODE, county, year, 20);
    }

    /** The investment job {@code id}, with its result; 404 when none (or a job of another kind). */
    @Transactional(readOnly = true)
    public PlanningJob job(long id) {
        return jobs.find(id)
                .filter(j -> j.request().kind().equals(InvestmentJobKind.CODE))
                .orElseThrow(() -> ApiProblemException.notFound("No investment plan " + id + "."));
    }

    /** The request of {@code job}. */
    InvestmentRequest request(PlanningJob job) {
        return requests.read(job.request().requestJson());
    }

    /** The plan of {@code job} as the planner gave it, or null before it is done. */
    @Transactional(readOnly = true)
    public @Nullable InvestmentPlan plan(PlanningJob job) {
        String stored = job.resultJson();
        if (stored == null) {
            return null;
        }
        Map<String, String> countyOf = new HashMap<>();
        rows(job.request().area(), job.request().year())
                .forEach(s -> countyOf.put(s.code().value(), s.county().code().value()));
        return InvestmentDocuments.read(json, stored, request(job).costTable(), countyOf);
    }
}
