package org.edubalance.app.investment;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.investment.InvestmentPlan;
import org.jspecify.annotations.Nullable;

/**
 * The what-if drafts: a planner's edited copy of a job's actions, kept in their session (never stored), so trying a
 * change touches neither the job nor anyone else's view of it.
 */
final class InvestmentDrafts {
    private static final String KEY = "investment.draft.";

    private InvestmentDrafts() {}

    /** The draft of job {@code id}, or the plan's own actions when there is none. */
    static List<PlannedAction> of(@Nullable HttpSession session, long id, InvestmentPlan plan) {
        Object draft = session == null ? null : session.getAttribute(KEY + id);
        if (draft instanceof List<?> list) {
            List<PlannedAction> actions = new ArrayList<>();
            list.forEach(a -> actions.add((PlannedAction) a));
            return actions;
        }
        return new ArrayList<>(plan.actions());
    }

    /** Whether job {@code id} has a draft that differs from its plan. */
    static boolean edited(@Nullable HttpSession session, long id) {
        return session != null && session.getAttribute(KEY + id) != null;
    }

    static void store(HttpSession session, long id, List<PlannedAction> actions) {
        session.setAttribute(KEY + id, new ArrayList<>(actions));
    }

    static void reset(HttpSession session, long id) {
        session.removeAttribute(KEY + id);
    }

    /**
     * The amount {@code quantity} of {@code action} for a school segment ({@code segment} null: the whole school), at
     * the costs' unit price; the checker judges whether it fits (the step, the segment).
     */
    static PlannedAction action(
            CostTable costs, String school, @Nullable Segment segment, String action, long quantity) {
        InvestmentAction a = costs.action(action)
                .orElseThrow(() -> new IllegalArgumentException("No action " + action + " in the plan's costs."));
        return new PlannedAction(school, segment, a.name(), a.kind(), quantity, quantity * a.unitCostYuan());
    }
}
