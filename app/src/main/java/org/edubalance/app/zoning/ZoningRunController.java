package org.edubalance.app.zoning;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.planning.zoning.ZoningProblemInvalidException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The zoning page's forms (planners and administrators, by the security configuration): run the planner with pins and
 * prohibitions, and approve a run's plan. A refusal shows the study's page again with the reason in its language.
 */
@Controller
final class ZoningRunController {
    private final ZoningStudyService service;
    private final ZoningPages pages;
    private final ZoningWords words;

    ZoningRunController(ZoningStudyService service, ZoningPages pages, ZoningWords words) {
        this.service = service;
        this.pages = pages;
        this.words = words;
    }

    @PostMapping("/zoning/studies/{id}/runs")
    String run(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String pins,
            @RequestParam(required = false) @Nullable String forbidden,
            @RequestParam(required = false) @Nullable Integer seconds,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        try {
            RunPins parsed;
            try {
                parsed = RunPins.parse(pins, forbidden);
            } catch (IllegalArgumentException e) {
                throw ApiProblemException.invalid(words.text("zoning.pinsInvalid", locale, e.getMessage()));
            }
            long job = service.run(id, parsed, seconds, user.getUsername());
            return "redirect:/zoning/studies/" + id + "?run=" + job;
        } catch (ZoningProblemInvalidException e) {
            return refused(id, words.reason(e.reason(), locale), 422, user, response, locale, model);
        } catch (ApiProblemException e) {
            return refused(id, e.getMessage(), e.status().value(), user, response, locale, model);
        }
    }

    @PostMapping("/zoning/studies/{id}/runs/{job}/approve")
    String approve(
            @PathVariable long id,
            @PathVariable long job,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        try {
            service.approve(id, job, user.getUsername());
            return "redirect:/zoning/studies/" + id + "?run=" + job;
        } catch (ApiProblemException e) {
            String reason = e.status().value() == 409 ? words.text("zoning.approveRefused", locale) : e.getMessage();
            return refused(id, reason, e.status().value(), user, response, locale, model);
        }
    }

    private String refused(
            long id,
            @Nullable String problem,
            int status,
            AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        response.setStatus(status == 400 ? 422 : status);
        model.addAttribute("page", pages.view(pages.visible(id, user), null, null, user, locale, problem));
        return "zoning/study";
    }
}
