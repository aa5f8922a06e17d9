package org.edubalance.app.investment;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.core.region.County;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.dataimport.investment.CostsRefusedException;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The investment page of a county (docs/planning/investment.md, "On the platform"): the costs the next plan uses
 * (shipped, edited in the table or uploaded for the session), the goal, the runs; and a run's result page. Planners and
 * administrators run; inspectors read; a principal sees their school's actions only. The security configuration
 * admits the roles per address; {@link InvestmentAccess} checks them again and the views cut what a principal gets.
 */
@Controller
final class InvestmentPageController {
    private final InvestmentAccess access;
    private final InvestmentPages pages;
    private final InvestmentService service;
    private final InvestmentCosts costs;

    InvestmentPageController(
            InvestmentAccess access, InvestmentPages pages, InvestmentService service, InvestmentCosts costs) {
        this.access = access;
        this.pages = pages;
        this.service = service;
        this.costs = costs;
    }

    @GetMapping("/investment")
    String counties(@AuthenticationPrincipal AccountDetails user, Model model) {
        model.addAttribute("counties", access.counties(user));
        return "investment/counties";
    }

    @GetMapping("/investment/{county}")
    String page(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @AuthenticationPrincipal AccountDetails user,
            @Nullable HttpSession session,
            Model model) {
        County c = access.county(county, user);
        model.addAttribute("page", pages.county(c, pages.year(c, year), user, session, null));
        return "investment/page";
    }

    /** A bureau's costs file for this session: refused (422, in the page's words, nothing kept) or applied. */
    @PostMapping("/investment/{county}/costs")
    String upload(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(name = "costsFile", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model)
            throws IOException {
        County c = access.county(county, user);
        access.requireEditor(user);
        int shown = pages.year(c, year);
        try {
            pages.keepCosts(c, read(file), session);
            return "redirect:/investment/" + c.code().value() + "?year=" + shown;
        } catch (InvalidPolicyException e) {
            response.setStatus(422);
            model.addAttribute("page", pages.county(c, shown, user, session, costs.word(e, locale)));
            return "investment/page";
        }
    }

    /** The costs table as edited on the page (unit costs by action), read as a costs file would be. */
    @PostMapping("/investment/{county}/costs/table")
    String table(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        access.requireEditor(user);
        int shown = pages.year(c, year);
        try {
            if (form.containsKey("shipped")) {
                pages.dropCosts(c, session);
            } else {
                String csv = pages.costsCsv(c, session);
                var base = csv == null ? CostsReader.shipped() : InvestmentCosts.read(csv);
                pages.keepCosts(c, InvestmentCosts.withUnitCosts(base, unitCosts(form)), session);
            }
            return "redirect:/investment/" + c.code().value() + "?year=" + shown;
        } catch (InvalidPolicyException e) {
            response.setStatus(422);
            model.addAttribute("page", pages.county(c, shown, user, session, costs.word(e, locale)));
            return "investment/page";
        }
    }

    /** Queues a plan with the session's costs; the result page follows it. */
    @PostMapping("/investment/{county}/plans")
    String run(
            @PathVariable String county,
            @RequestParam int year,
            @RequestParam(defaultValue = "compliance") String goal,
            @RequestParam(required = false) @Nullable Double budget,
            @AuthenticationPrincipal AccountDetails user,
            @Nullable HttpSession session) {
        County c = access.county(county, user);
        access.requireEditor(user);
        Double yuan = "budget".equals(goal) ? (budget == null ? Double.NaN : budget) : null;
        long id = service.run(c.code(), year, yuan, pages.costsCsv(c, session), null, user.getUsername());
        return "redirect:/investment/" + c.code().value() + "/plans/" + id;
    }

    @GetMapping("/investment/{county}/plans/{id}")
    String result(
            @PathVariable String county,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String refused,
            @AuthenticationPrincipal AccountDetails user,
            @Nullable HttpSession session,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        model.addAttribute("page", pages.result(c, id, user, session, locale));
        // Only the refusals the what-if gives are worded: the parameter names a message key.
        model.addAttribute(
                "refused", refused != null && InvestmentWhatIfController.REFUSALS.contains(refused) ? refused : null);
        return "investment/result";
    }

    /** The form's {@code cost.ACTION} fields, by action. */
    static Map<String, String> unitCosts(Map<String, String> form) {
        Map<String, String> costs = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("cost.")) {
                costs.put(k.substring("cost.".length()), v);
            }
        });
        return costs;
    }

    /** The file's text; a missing, empty or too large file is refused unread. */
    private static String read(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new CostsRefusedException(
                    InvestmentCosts.FILE_NAME + ": the file is empty; expected the header " + CostsReader.COLUMNS + ".",
                    CostsRefusedException.Rule.EMPTY,
                    0,
                    null,
                    null);
        }
        if (file.getSize() > InvestmentCosts.MAX_BYTES) {
            throw new CostsRefusedException(
                    InvestmentCosts.FILE_NAME + ": larger than " + InvestmentCosts.MAX_BYTES / 1024 + " KB.",
                    CostsRefusedException.Rule.TOO_LARGE,
                    0,
                    null,
                    null);
        }
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
