package org.edubalance.app.investment;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.region.County;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The county page's third goal, phasing by year (docs/planning/investment.md §10 and §11): the rows {@code
 * phaseYearN}/{@code phaseBudgetN} (N = 1 … {@link PhaseBudgets#MAX_YEARS}) are read with the command line's rules; a
 * refusal answers the page again (422) with the rows as typed and the rule in the page's language, nothing queued.
 */
@Controller
final class InvestmentPhasingController {
    private final InvestmentAccess access;
    private final InvestmentPages pages;
    private final InvestmentService service;
    private final MessageSource messages;

    InvestmentPhasingController(
            InvestmentAccess access, InvestmentPages pages, InvestmentService service, MessageSource messages) {
        this.access = access;
        this.pages = pages;
        this.service = service;
        this.messages = messages;
    }

    /** One row of the form as typed, for showing a refused form again. */
    record PhaseRow(String year, String budget) {}

    @PostMapping("/investment/{county}/plans/by-year")
    String run(
            @PathVariable String county,
            @RequestParam int year,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AccountDetails user,
            @Nullable HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        access.requireEditor(user);
        int shown = pages.year(c, year);
        List<PhaseRow> rows = new ArrayList<>();
        List<PhaseBudgets.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= PhaseBudgets.MAX_YEARS; i++) {
            String y = form.getOrDefault("phaseYear" + i, "").strip();
            String b = form.getOrDefault("phaseBudget" + i, "").strip();
            rows.add(new PhaseRow(y, b));
            // An empty row is no phase year; a row with one of the two is refused by the rules below.
            if (!y.isEmpty() || !b.isEmpty()) {
                entries.add(new PhaseBudgets.Entry(Integer.toString(i), y, b.isEmpty() ? null : b));
            }
        }
        long id;
        try {
            SortedMap<Integer, Double> budgets = PhaseBudgets.read(entries, shown);
            id = service.runPhased(c.code(), shown, budgets, pages.costsCsv(c, session), null, user.getUsername());
        } catch (PhaseBudgets.Refused r) {
            response.setStatus(422);
            model.addAttribute("page", pages.county(c, shown, user, session, null));
            model.addAttribute("phaseRows", rows);
            model.addAttribute("phasingProblem", word(r, locale));
            return "investment/page";
        }
        return "redirect:/investment/" + c.code().value() + "/plans/" + id;
    }

    /** The refusal in the page's language: the row, the value and the rule. */
    private String word(PhaseBudgets.Refused r, Locale locale) {
        String row = messages.getMessage("investment.phasing.row", new Object[] {r.field()}, locale);
        String rule = messages.getMessage(
                "investment.phasing.rule." + r.rule(), new Object[] {row, r.value(), r.detail()}, locale);
        return messages.getMessage("investment.phasing.refused", new Object[] {rule}, locale);
    }
}
