package org.edubalance.app.investment;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.region.County;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.planning.Reason;
import org.edubalance.planning.investment.InvestmentPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the investment pages' views: a county's page (costs, run form, jobs) and a plan's result with its what-if. */
@Component
final class InvestmentPages {
    private static final String COSTS_KEY = "investment.costs.";

    private final InvestmentService service;
    private final InvestmentAccess access;
    private final MessageSource messages;

    InvestmentPages(InvestmentService service, InvestmentAccess access, MessageSource messages) {
        this.service = service;
        this.access = access;
        this.messages = messages;
    }

    /**
     * A county's page.
     *
     * @param costs the costs the next run uses
     * @param uploaded whether they are the session's (an upload or an edited table) rather than the shipped ones
     * @param problem a refused costs file in the page's words, or null
     */
    record CountyPage(
            County county,
            int year,
            List<Integer> years,
            boolean editor,
            CostTable costs,
            boolean uploaded,
            List<PlanningJob> jobs,
            @Nullable String problem) {
        /** The most phase years a plan by year has (the rows of its form). */
        public int maxPhaseYears() {
            return PhaseBudgets.MAX_YEARS;
        }

        /** A sum of yuan as a form field holds it: no grouping, decimals only when it has them. */
        public String plain(double yuan) {
            return InvestmentCosts.plain(yuan);
        }
    }

    /**
     * A plan's page.
     *
     * @param plan the plan as stored (a principal's cut to their school), or null before it is done
     * @param figures the figures of the draft (the plan's actions, or a planner's edit of them), or null before done
     * @param edited whether the figures are of an edited draft
     * @param schools the county's schools of the year, for adding an action (editors only; empty otherwise)
     * @param phases the figures by year of a plan phased by year, or null
     */
    record ResultPage(
            County county,
            PlanningJob job,
            InvestmentRequest request,
            boolean editor,
            @Nullable InvestmentPlan plan,
            @Nullable InvestmentFigures figures,
            boolean edited,
            CostTable costs,
            List<SchoolYear> schools,
            @Nullable String reason,
            @Nullable InvestmentPhaseView phases) {
        /**
         * Whether the what-if is offered: to editors, not for a plan phased by year (an edited action would need its
         * year, and each year's budget checked again — the page says so).
         */
        public boolean whatIf() {
            return editor && phases == null;
        }

        public boolean unfinished() {
            return job.status().isUnfinished();
        }

        /** A sum of yuan as a form field holds it: no grouping, decimals only when it has them. */
        public String plain(double yuan) {
            return InvestmentCosts.plain(yuan);
        }
    }

    int year(County county, @Nullable Integer year) {
        List<Integer> years = service.years(county.code());
        if (years.isEmpty()) {
            throw org.edubalance.app.web.ApiProblemException.notFound(
                    "County " + county.code() + " has no school data.");
        }
        return year != null && years.contains(year) ? year : years.getFirst();
    }

    CountyPage county(
            County county, int year, AccountDetails user, @Nullable HttpSession session, @Nullable String problem) {
        String csv = costsCsv(county, session);
        return new CountyPage(
                county,
                year,
                service.years(county.code()),
                user.role().editsEverything(),
                csv == null ? CostsReader.shipped() : InvestmentCosts.read(csv),
                csv != null,
                service.jobs(county.code(), year),
                problem);
    }

    /** The session's costs text of {@code county}, or null for the shipped costs. */
    @Nullable
    String costsCsv(County county, @Nullable HttpSession session) {
        Object csv = session == null
                ? null
                : session.getAttribute(COSTS_KEY + county.code().value());
        return csv instanceof String s ? s : null;
    }

    /** Keeps {@code csv} as the county's costs for the session once the reader accepts it (else it throws). */
    void keepCosts(County county, String csv, HttpSession session) {
        InvestmentCosts.read(csv);
        session.setAttribute(COSTS_KEY + county.code().value(), csv);
    }

    void dropCosts(County county, HttpSession session) {
        session.removeAttribute(COSTS_KEY + county.code().value());
    }

    ResultPage result(County county, long id, AccountDetails user, @Nullable HttpSession session, Locale locale) {
        PlanningJob job = access.job(service.job(id), county, user);
        InvestmentRequest request = service.request(job);
        CostTable costs = request.costTable();
        InvestmentPlan plan = service.plan(job);
        boolean editor = user.role().editsEverything();
        String only = access.onlySchool(user);
        if (plan == null) {
            return new ResultPage(
                    county, job, request, editor, null, null, false, costs, List.of(), tooLittle(job, locale), null);
        }
        List<SchoolYear> rows = service.rows(county.code(), job.request().year());
        boolean drafts = editor && plan.phasing() == null;
        List<PlannedAction> actions = drafts ? InvestmentDrafts.of(session, id, plan) : plan.actions();
        InvestmentFigures figures = InvestmentFigures.of(rows, job.request().year(), actions, costs, only);
        InvestmentPlan shown = only == null ? plan : InvestmentDocuments.ofSchool(plan, only);
        return new ResultPage(
                county,
                job,
                request,
                editor,
                shown,
                figures,
                drafts && InvestmentDrafts.edited(session, id),
                costs,
                drafts ? rows : List.of(),
                noPlanReason(shown, rows, request, costs, locale, only == null),
                InvestmentPhaseView.of(plan, shown));
    }

    /**
     * Why there is no plan, in the page's words. The document keeps no reason (its keys are the command line's), so a
     * proven INFEASIBLE is planned again — it stops at the first school that cannot be helped, in a moment — for
     * the planner's reason code and figures.
     */
    private @Nullable String noPlanReason(
            InvestmentPlan plan,
            List<SchoolYear> rows,
            InvestmentRequest request,
            CostTable costs,
            Locale locale,
            boolean everySchool) {
        if (plan.status().hasPlan()) {
            return null;
        }
        String status = messages.getMessage(
                "investment.status." + plan.status().name(), null, plan.status().name(), locale);
        // The reason names a school: a principal reads the status alone.
        if (plan.status() != org.edubalance.planning.PlanningStatus.INFEASIBLE || !everySchool) {
            return status;
        }
        Reason reason = InvestmentJobKind.plan(InvestmentRequests.STANDARD, costs, plan.year(), rows, request)
                .reason();
        if (reason == null) {
            return status;
        }
        String text = reason.word(
                code -> messages.getMessage("investment.reason." + code, null, null, locale),
                term -> messages.getMessage("investment.term." + term, null, null, locale),
                locale);
        return status + " " + text;
    }

    /**
     * Why a job phased by year failed, in the page's words, when the planner refused its budgets as too little
     * together (found when solving, not when queued: the figures are the planner's, stored with the failure's code);
     * null otherwise.
     */
    private @Nullable String tooLittle(PlanningJob job, Locale locale) {
        var failure = job.failure();
        if (failure == null || failure.code() != PlanningJobFailure.Code.BUDGETS_TOO_LITTLE) {
            return null;
        }
        return messages.getMessage(
                "investment.phasing.tooLittle", failure.arguments().toArray(), locale);
    }
}
