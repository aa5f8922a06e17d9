package org.edubalance.app.funding;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.region.County;
import org.edubalance.planning.funding.FundingPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the funding page for a reader: which policy applies (a shipped one, or the county file this session
 * uploaded), the plan, and what of it the reader may see. Shared by the page and the export, so both apply the same
 * policy and the same cut.
 */
@Component
final class FundingPages {
    /** Where a session keeps the county file it uploaded, per county: the page and its export read it back. */
    static final String SESSION_KEY = "funding.policy.";

    private final FundingService funding;
    private final FundingPolicies policies;
    private final FundingItemChecks items;
    private final MessageSource messages;

    FundingPages(FundingService funding, FundingPolicies policies, FundingItemChecks items, MessageSource messages) {
        this.funding = funding;
        this.policies = policies;
        this.items = items;
        this.messages = messages;
    }

    /** The years of {@code county}, and the one shown: {@code year} when it has rows, else the newest. */
    int year(County county, @Nullable Integer year) {
        List<Integer> years = funding.years(county.code());
        if (year != null && years.contains(year)) {
            return year;
        }
        if (years.isEmpty()) {
            throw ApiProblemException.notFound("County " + county.code().value() + " has no school rows.");
        }
        return years.getFirst();
    }

    /**
     * The policy {@code id} names: a shipped id, or {@link FundingPolicies#UPLOADED} for the file this session uploaded
     * for the county. Anything else is 404 (an uploaded file is never read from another session).
     */
    FundingPolicy policy(String county, @Nullable String id, @Nullable HttpSession session) {
        if (id == null || id.isBlank()) {
            return policies.shipped(policies.shipped().getFirst());
        }
        if (policies.shipped().contains(id)) {
            return policies.shipped(id);
        }
        Object yaml = session == null ? null : session.getAttribute(SESSION_KEY + county);
        if (id.equals(FundingPolicies.UPLOADED) && yaml instanceof String text) {
            return policies.read(text);
        }
        throw ApiProblemException.notFound("No funding policy " + id + ".");
    }

    /** The ids an editor may choose here: the shipped ones and this session's county file when there is one. */
    List<String> choices(String county, @Nullable HttpSession session) {
        List<String> ids = new ArrayList<>(policies.shipped());
        if (session != null && session.getAttribute(SESSION_KEY + county) != null) {
            ids.add(FundingPolicies.UPLOADED);
        }
        return ids;
    }

    /** The page of {@code county} in {@code year} under {@code policy}, as {@code user} may see it. */
    FundingView view(
            County county,
            int year,
            FundingPolicy policy,
            AccountDetails user,
            @Nullable HttpSession session,
            @Nullable String problem,
            Locale locale) {
        String code = county.code().value();
        FundingPlan plan = funding.plan(policy, county.code(), year);
        boolean editor = user.role().editsEverything();
        List<Integer> years = funding.years(county.code());
        if (!user.readsEverySchool()) {
            FundingPlan own = FundingService.ownSchoolOnly(plan, user.account().school());
            return new FundingView(
                    code,
                    county.name(),
                    year,
                    years,
                    policy.id(),
                    List.of(),
                    false,
                    own.schools(),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        FundingPlan.CountyFunding figures =
                plan.counties().isEmpty() ? null : plan.counties().getFirst();
        FundingSweep sweep = figures == null ? null : funding.sweep(policy, county.code(), year);
        String chart = sweep == null ? null : new FundingChart(labels(locale)).draw(sweep, figures.cvCurrent());
        return new FundingView(
                code,
                county.name(),
                year,
                years,
                policy.id(),
                editor ? choices(code, session) : List.of(),
                editor,
                FundingView.byDifference(plan),
                figures,
                sweep,
                chart,
                items.check(county.code(), funding.schools(county.code(), year), plan, locale),
                problem);
    }

    private FundingChart.Labels labels(Locale locale) {
        return new FundingChart.Labels(
                word("funding.chart.cv", locale),
                word("funding.chart.ratio", locale),
                word("funding.chart.factor", locale),
                word("funding.chart.cvNow", locale),
                word("funding.chart.urban", locale),
                word("funding.chart.town", locale));
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
