package org.edubalance.app.investment;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.region.County;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlanJson;
import org.edubalance.planning.investment.PhasedPlanner;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Investment plans over the API, with the page's rules: planners and administrators queue plans; inspectors read them;
 * a principal reads their school's actions only; the public nothing. A plan is the document {@code edubalance plan
 * investment --out plan.json} writes.
 */
@RestController
final class InvestmentApiController {
    private final InvestmentAccess access;
    private final InvestmentService service;

    InvestmentApiController(InvestmentAccess access, InvestmentService service) {
        this.access = access;
        this.service = service;
    }

    @Operation(
            summary = "Queue an investment plan of a county (goal compliance, budget or budget-per-year with"
                    + " budgetPerYear {\"2026\":5000000}; costs optional); answers 202 with the plan's address")
    @PostMapping("/api/v1/counties/{code}/investment-plans")
    ResponseEntity<Map<String, Object>> run(
            @PathVariable String code,
            @RequestBody InvestmentPlanRequest request,
            @AuthenticationPrincipal AccountDetails user) {
        County county = access.county(code, user);
        access.requireEditor(user);
        JsonNode perYear =
                request.budgetPerYear() == null || request.budgetPerYear().isNull() ? null : request.budgetPerYear();
        String goal = request.goal() != null
                ? request.goal()
                : perYear != null ? PhasedPlanner.GOAL : request.budget() == null ? "compliance" : "budget";
        if (!goal.equals("compliance") && !goal.equals("budget") && !goal.equals(PhasedPlanner.GOAL)) {
            throw ApiProblemException.invalid("goal " + goal + ": compliance, budget or budget-per-year.");
        }
        if (goal.equals("budget") && request.budget() == null) {
            throw ApiProblemException.invalid("goal budget needs budget, a number of yuan.");
        }
        if (goal.equals("compliance") && request.budget() != null) {
            throw ApiProblemException.invalid("goal compliance and a budget exclude each other: choose one.");
        }
        if (!goal.equals(PhasedPlanner.GOAL) && perYear != null) {
            throw ApiProblemException.invalid("budgetPerYear belongs to goal budget-per-year, not " + goal + ".");
        }
        long id;
        if (goal.equals(PhasedPlanner.GOAL)) {
            if (request.budget() != null) {
                throw ApiProblemException.invalid(
                        "goal budget-per-year and budget exclude each other: give the budgets by year in budgetPerYear.");
            }
            var budgets = budgetPerYear(perYear, request.year());
            try {
                id = service.runPhased(
                        county.code(), request.year(), budgets, costs(request.costs()), null, user.getUsername());
            } catch (PhaseBudgets.Refused r) {
                throw ApiProblemException.invalid(String.valueOf(r.getMessage()));
            }
        } else {
            id = service.run(
                    county.code(), request.year(), request.budget(), costs(request.costs()), null, user.getUsername());
        }
        String url = "/api/v1/investment-plans/" + id;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("status", "QUEUED");
        body.put("url", url);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(url))
                .body(body);
    }

    @Operation(
            summary = "An investment plan: the command line's plan document once done (a principal: their school's"
                    + " actions only); 202 with the job's status before")
    @GetMapping("/api/v1/investment-plans/{id}")
    ResponseEntity<?> plan(@PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        PlanningJob job = access.job(service.job(id), null, user);
        InvestmentPlan plan = service.plan(job);
        if (plan == null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("status", job.status().name());
            body.put("error", job.error());
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
        }
        String only = access.onlySchool(user);
        InvestmentPlan shown = only == null ? plan : InvestmentDocuments.ofSchool(plan, only);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(InvestmentPlanJson.write(shown));
    }

    /** The budgets by year of {@code budgetPerYear}, {@code {"2026": 5000000, …}}; 400 naming the key otherwise. */
    private static SortedMap<Integer, Double> budgetPerYear(@Nullable JsonNode node, int dataYear) {
        if (node == null) {
            throw ApiProblemException.invalid("goal budget-per-year needs budgetPerYear, e.g. {\"2026\": 5000000}.");
        }
        if (!node.isObject()) {
            throw ApiProblemException.invalid(
                    "budgetPerYear: an object of year to yuan, e.g. {\"2026\": 5000000}, not " + node + ".");
        }
        List<PhaseBudgets.Entry> entries = new ArrayList<>();
        for (var e : node.properties()) {
            JsonNode yuan = e.getValue();
            // A budget is a JSON number; any other value (a string, too) is refused with the key that holds it.
            String budget = yuan.isNumber() ? yuan.asString() : yuan.isNull() ? null : yuan.toString();
            entries.add(new PhaseBudgets.Entry("budgetPerYear." + e.getKey(), e.getKey(), budget));
        }
        try {
            return PhaseBudgets.read(entries, dataYear);
        } catch (PhaseBudgets.Refused r) {
            throw ApiProblemException.invalid(String.valueOf(r.getMessage()));
        }
    }

    /** The costs text of the request: the text itself, or the shipped costs with the listed unit costs. */
    private static @Nullable String costs(@Nullable JsonNode costs) {
        if (costs == null || costs.isNull()) {
            return null;
        }
        if (costs.isString()) {
            return costs.asString();
        }
        if (!costs.isArray()) {
            throw ApiProblemException.invalid("costs: a costs file's text or a list of {action, unitCostYuan}.");
        }
        Map<String, String> unitCosts = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode c : costs) {
            JsonNode action = c.get("action");
            JsonNode cost = c.get("unitCostYuan");
            if (action == null || !action.isString() || cost == null || !cost.isNumber()) {
                throw ApiProblemException.invalid("costs[" + i + "]: {\"action\": name, \"unitCostYuan\": number}.");
            }
            unitCosts.put(action.asString(), cost.asString());
            i++;
        }
        try {
            return InvestmentCosts.withUnitCosts(CostsReader.shipped(), unitCosts);
        } catch (InvalidPolicyException e) {
            throw ApiProblemException.invalid(String.valueOf(e.getMessage()));
        }
    }
}
