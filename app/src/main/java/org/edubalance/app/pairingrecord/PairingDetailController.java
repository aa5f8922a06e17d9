package org.edubalance.app.pairingrecord;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.region.County;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A pairing's page: its agreement and activity log; the pairing's schools' principals and the bureau's editors add
 * activities, the editors change the agreement, end or delete it. A pairing a person may not see is not found (404),
 * whichever county or id the address names.
 */
@Controller
final class PairingDetailController {
    private final PairingService service;
    private final PairingRules rules;
    private final PairingAccess access;
    private final PairingPages pages;

    PairingDetailController(PairingService service, PairingRules rules, PairingAccess access, PairingPages pages) {
        this.service = service;
        this.rules = rules;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/pairings/{county}/{id:\\d+}")
    String pairing(
            @PathVariable String county,
            @PathVariable long id,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        model.addAttribute("page", pages.detail(c, visible(c, id, user), user, List.of(), locale));
        return "pairingrecord/pairing";
    }

    @PostMapping("/pairings/{county}/{id:\\d+}/activities")
    String addActivity(
            @PathVariable String county,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String participants,
            @RequestParam(required = false) @Nullable String teachersMentored,
            @RequestParam(required = false) @Nullable String note,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        Pairing pairing = visible(c, id, user);
        access.requireLogger(pairing, user);
        try {
            var input = new ActivityInput(date, kind, participants, teachersMentored, note);
            service.addActivity(input.activity(id, user.getUsername()));
            return "redirect:/pairings/" + county + "/" + id + "#activities";
        } catch (PairingRefusedException e) {
            return refused(c, pairing, user, e, response, locale, model);
        }
    }

    @PostMapping("/pairings/{county}/{id:\\d+}/agreement")
    String agreement(
            @PathVariable String county,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String signedOn,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String reference,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        Pairing pairing = visible(c, id, user);
        access.requireEditor(user);
        try {
            service.updateAgreement(c.code(), id, rules.agreement(signedOn, summary, reference), user.getUsername());
            return "redirect:/pairings/" + county + "/" + id;
        } catch (PairingRefusedException e) {
            return refused(c, pairing, user, e, response, locale, model);
        }
    }

    @PostMapping("/pairings/{county}/{id:\\d+}/end")
    String end(
            @PathVariable String county,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String endYear,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        Pairing pairing = visible(c, id, user);
        access.requireEditor(user);
        try {
            service.end(c.code(), id, endYear, user.getUsername());
            return "redirect:/pairings/" + county + "/" + id;
        } catch (PairingRefusedException e) {
            return refused(c, pairing, user, e, response, locale, model);
        }
    }

    @PostMapping("/pairings/{county}/{id:\\d+}/delete")
    String delete(@PathVariable String county, @PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        County c = access.county(county, user);
        visible(c, id, user);
        access.requireEditor(user);
        service.delete(c.code(), id, user.getUsername());
        return "redirect:/pairings/" + county;
    }

    private Pairing visible(County county, long id, AccountDetails user) {
        Pairing pairing = service.pairing(county.code(), id);
        if (!access.sees(pairing, user)) {
            throw ApiProblemException.notFound("No pairing " + id + " in county " + county.code() + ".");
        }
        return pairing;
    }

    private String refused(
            County county,
            Pairing pairing,
            AccountDetails user,
            PairingRefusedException e,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        response.setStatus(422);
        model.addAttribute("page", pages.detail(county, pairing, user, e.violations(), locale));
        return "pairingrecord/pairing";
    }
}
