package org.edubalance.app.pairingrecord;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.region.County;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The county pages of pairings: the list of counties, a county's pairings and groups, and the forms to create a
 * pairing or a group, end a group and import a file of pairings (planners and administrators; checked here, as every
 * role opens the page). A refused form or file shows the page again with every located violation, nothing stored.
 */
@Controller
final class PairingPageController {
    /** A pairing file is a few hundred rows; anything far larger is refused before it is read. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final PairingService service;
    private final PairingRules rules;
    private final PairingAccess access;
    private final PairingPages pages;
    private final GroupProposals proposals;

    PairingPageController(
            PairingService service,
            PairingRules rules,
            PairingAccess access,
            PairingPages pages,
            GroupProposals proposals) {
        this.service = service;
        this.rules = rules;
        this.access = access;
        this.pages = pages;
        this.proposals = proposals;
    }

    /** The counties the person may open; a principal goes straight to their own. */
    @GetMapping("/pairings")
    String counties(@AuthenticationPrincipal AccountDetails user, Model model) {
        List<County> counties = access.counties(user);
        if (!user.readsEverySchool() && counties.size() == 1) {
            return "redirect:/pairings/" + counties.getFirst().code().value();
        }
        model.addAttribute("counties", counties);
        return "pairingrecord/counties";
    }

    @GetMapping("/pairings/{county}")
    String county(
            @PathVariable String county,
            @RequestParam(required = false, defaultValue = "0") int imported,
            @RequestParam(required = false, defaultValue = "0") int adopted,
            @RequestParam(required = false, defaultValue = "0") int adoptedGroups,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        model.addAttribute("page", pages.county(c, user, List.of(), Math.max(0, imported), locale));
        model.addAttribute("adopted", Math.max(0, adopted));
        model.addAttribute("adoptedGroups", Math.max(0, adoptedGroups));
        proposalForm(c, user, model);
        return "pairingrecord/county";
    }

    @PostMapping("/pairings/{county}")
    String create(
            @PathVariable String county,
            @RequestParam(defaultValue = "") String segment,
            @RequestParam(defaultValue = "") String mentor,
            @RequestParam(defaultValue = "") String mentee,
            @RequestParam(defaultValue = "") String startYear,
            @RequestParam(defaultValue = "") String signedOn,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String reference,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        access.requireEditor(user);
        var row = new PairingRow(0, segment, mentor, mentee, startYear, "", signedOn, summary, reference);
        try {
            Pairing stored = service.create(c.code(), "", List.of(row), user.getUsername())
                    .getFirst();
            return "redirect:/pairings/" + county + "/" + stored.id();
        } catch (PairingRefusedException e) {
            return refused(c, user, e.violations(), response, locale, model);
        }
    }

    /** A CSV or XLSX file of pairings: every row stored, or none and every located violation shown. */
    @PostMapping("/pairings/{county}/import")
    String importFile(
            @PathVariable String county,
            @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model)
            throws IOException {
        County c = access.county(county, user);
        access.requireEditor(user);
        String name = file.getOriginalFilename() == null ? "pairings.csv" : file.getOriginalFilename();
        try {
            if (file.getSize() > MAX_FILE_BYTES) {
                throw new PairingRefusedException(
                        List.of(new PairingViolation(name, 0, null, null, PairingViolation.FILE)));
            }
            List<PairingRow> rows = PairingImport.read(name, file.getBytes());
            int stored =
                    service.create(c.code(), name, rows, user.getUsername()).size();
            return "redirect:/pairings/" + county + "?imported=" + stored;
        } catch (PairingRefusedException e) {
            return refused(c, user, e.violations(), response, locale, model);
        }
    }

    @PostMapping("/pairings/{county}/groups")
    String createGroup(
            @PathVariable String county,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String core,
            @RequestParam(defaultValue = "") String members,
            @RequestParam(defaultValue = "") String startYear,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        access.requireEditor(user);
        try {
            service.createGroup(rules.group(c.code(), name, core, members, startYear), user.getUsername());
            return "redirect:/pairings/" + county + "#groups";
        } catch (PairingRefusedException e) {
            return refused(c, user, e.violations(), response, locale, model);
        }
    }

    @PostMapping("/pairings/{county}/groups/{id}/end")
    String endGroup(
            @PathVariable String county,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String endYear,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        access.requireEditor(user);
        try {
            service.endGroup(c.code(), id, endYear, user.getUsername());
            return "redirect:/pairings/" + county + "#groups";
        } catch (PairingRefusedException e) {
            return refused(c, user, e.violations(), response, locale, model);
        }
    }

    /** Deletes a group entered by mistake (an ended one is ended, not deleted). */
    @PostMapping("/pairings/{county}/groups/{id}/delete")
    String deleteGroup(
            @PathVariable String county, @PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        County c = access.county(county, user);
        access.requireEditor(user);
        service.deleteGroup(c.code(), id, user.getUsername());
        return "redirect:/pairings/" + county + "#groups";
    }

    private String refused(
            County county,
            AccountDetails user,
            List<PairingViolation> violations,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        response.setStatus(422);
        model.addAttribute("page", pages.county(county, user, violations, 0, locale));
        proposalForm(county, user, model);
        return "pairingrecord/county";
    }

    /**
     * The years of the "Propose pairs" and "Propose school groups" forms and the schools the latter offers as cores,
     * those of the newest year (the bureau's roles only: a proposal compares every school).
     */
    private void proposalForm(County county, AccountDetails user, Model model) {
        List<Integer> years = user.readsEverySchool() ? proposals.years(county.code()) : List.of();
        model.addAttribute("proposalYears", years);
        model.addAttribute(
                "groupCores", years.isEmpty() ? List.of() : proposals.coreOptions(county.code(), years.getFirst()));
    }
}
