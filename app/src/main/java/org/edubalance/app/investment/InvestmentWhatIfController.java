package org.edubalance.app.investment;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.region.County;
import org.edubalance.core.school.Segment;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.planning.investment.InvestmentPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The what-if of a plan's page (docs/planning/investment.md, "On the platform"): a planner changes one action's amount,
 * removes it (amount 0) or adds one, and the page shows at once what the independent checker finds for the edited
 * actions — no solve. The draft lives in the planner's session. Changing a unit cost or the budget is a new plan:
 * {@link #rerun} queues a job whose parent is this one.
 */
@Controller
final class InvestmentWhatIfController {
    private final InvestmentAccess access;
    private final InvestmentService service;

    InvestmentWhatIfController(InvestmentAccess access, InvestmentService service) {
        this.access = access;
        this.service = service;
    }

    /** Sets the amount of the draft's action {@code index}; 0 removes it. */
    @PostMapping("/investment/{county}/plans/{id}/what-if")
    String set(
            @PathVariable String county,
            @PathVariable long id,
            @RequestParam int index,
            @RequestParam long quantity,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session) {
        Draft draft = draft(county, id, user, session);
        List<PlannedAction> actions = draft.actions();
        if (index < 0 || index >= actions.size()) {
            throw ApiProblemException.invalid("The plan has no action " + index + ".");
        }
        PlannedAction a = actions.get(index);
        if (quantity == 0) {
            actions.remove(index);
        } else {
            String refused = refused(draft.costs(), a.segment(), a.action(), quantity);
            if (refused != null) {
                return back(draft.county(), id) + "?refused=" + refused;
            }
            actions.set(index, edited(draft.costs(), a.schoolCode(), a.segment(), a.action(), quantity));
        }
        InvestmentDrafts.store(session, id, actions);
        return back(draft.county(), id);
    }

    /** Adds an action for a school of the plan's county and year. */
    @PostMapping("/investment/{county}/plans/{id}/what-if/add")
    String add(
            @PathVariable String county,
            @PathVariable long id,
            @RequestParam String school,
            @RequestParam(required = false) @Nullable String segment,
            @RequestParam String action,
            @RequestParam long quantity,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session) {
        Draft draft = draft(county, id, user, session);
        boolean known = service
                .rows(draft.county().code(), draft.job().request().year())
                .stream()
                .anyMatch(s -> s.code().value().equals(school));
        if (!known) {
            throw ApiProblemException.invalid("No school " + school + " in the plan's county and year.");
        }
        Segment part = segment == null || segment.isBlank() ? null : segment(segment);
        String refused = refused(draft.costs(), part, action, quantity);
        if (refused != null) {
            return back(draft.county(), id) + "?refused=" + refused;
        }
        List<PlannedAction> actions = draft.actions();
        actions.add(edited(draft.costs(), school, part, action, quantity));
        InvestmentDrafts.store(session, id, actions);
        return back(draft.county(), id);
    }

    /** Drops the draft: the page shows the plan again. */
    @PostMapping("/investment/{county}/plans/{id}/what-if/reset")
    String reset(
            @PathVariable String county,
            @PathVariable long id,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session) {
        Draft draft = draft(county, id, user, session);
        InvestmentDrafts.reset(session, id);
        return back(draft.county(), id);
    }

    /** A new plan with other unit costs or another budget: a job whose parent is this one. */
    @PostMapping("/investment/{county}/plans/{id}/rerun")
    String rerun(
            @PathVariable String county,
            @PathVariable long id,
            @RequestParam(defaultValue = "compliance") String goal,
            @RequestParam(required = false) @Nullable Double budget,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session) {
        Draft draft = draft(county, id, user, session);
        String costs;
        try {
            costs = InvestmentCosts.withUnitCosts(draft.costs(), InvestmentPageController.unitCosts(form));
        } catch (InvalidPolicyException e) {
            throw ApiProblemException.invalid(String.valueOf(e.getMessage()));
        }
        Double yuan = "budget".equals(goal) ? (budget == null ? Double.NaN : budget) : null;
        long next =
                service.run(draft.county().code(), draft.job().request().year(), yuan, costs, id, user.getUsername());
        return back(draft.county(), next);
    }

    private record Draft(County county, PlanningJob job, CostTable costs, List<PlannedAction> actions) {}

    private Draft draft(String county, long id, AccountDetails user, HttpSession session) {
        County c = access.county(county, user);
        access.requireEditor(user);
        PlanningJob job = access.job(service.job(id), c, user);
        InvestmentPlan plan = service.plan(job);
        if (plan == null) {
            throw ApiProblemException.invalid("Investment plan " + id + " is not done yet: nothing to change.");
        }
        if (plan.phasing() != null) {
            // An edited action would need its year and each year's budget checked again: not offered (§11).
            throw ApiProblemException.invalid("Investment plan " + id + " is phased by year: no what-if or re-run from"
                    + " it; change the budgets by year on the county page and plan again.");
        }
        return new Draft(c, job, service.request(job).costTable(), InvestmentDrafts.of(session, id, plan));
    }

    private static PlannedAction edited(
            CostTable costs, String school, @Nullable Segment segment, String action, long quantity) {
        if (quantity <= 0) {
            throw ApiProblemException.invalid("quantity " + quantity + ": an amount is a whole number above 0.");
        }
        if (costs.action(action).isEmpty()) {
            throw ApiProblemException.invalid("action " + action + ": not an action of the plan's costs.");
        }
        return InvestmentDrafts.action(costs, school, segment, action, quantity);
    }

    /** The amounts an edit may not set, checked before the draft takes it (the page words them). */
    static final java.util.Set<String> REFUSALS = java.util.Set.of("step", "teacherSegment", "schoolSegment");

    /**
     * Why the checker would refuse the edit, as a key the page words ({@link #REFUSALS}), or null: an amount off the
     * action's step, a teacher action without its segment, a whole-school action with one.
     */
    private static @Nullable String refused(CostTable costs, @Nullable Segment segment, String action, long quantity) {
        var a = costs.action(action).orElse(null);
        if (a == null || quantity <= 0) {
            return null;
        }
        if (quantity % a.step() != 0) {
            return "step";
        }
        if (a.kind().perSegment() && segment == null) {
            return "teacherSegment";
        }
        if (!a.kind().perSegment() && segment != null) {
            return "schoolSegment";
        }
        return null;
    }

    private static Segment segment(String name) {
        try {
            return Segment.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.invalid("segment " + name + ": PRIMARY, JUNIOR or none (a whole-school action).");
        }
    }

    private static String back(County county, long id) {
        return "redirect:/investment/" + county.code().value() + "/plans/" + id;
    }
}
