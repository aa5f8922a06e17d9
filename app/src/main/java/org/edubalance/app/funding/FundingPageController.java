package org.edubalance.app.funding;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.Attachment;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.region.County;
import org.edubalance.planning.funding.FundingPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The funding page of a county (docs/planning/funding.md, "Platform"), linked from the county dashboard and the
 * navigation. Planners and administrators choose a shipped policy or upload a county file, and export the workbook;
 * inspectors read the page under the default policy; a principal sees their school's row only. The security
 * configuration admits the roles per address; this controller checks them again and decides what the page shows.
 */
@Controller
final class FundingPageController {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FundingAccess access;
    private final FundingPages pages;
    private final FundingPolicies policies;
    private final FundingService funding;
    private final MessageSource messages;

    FundingPageController(
            FundingAccess access,
            FundingPages pages,
            FundingPolicies policies,
            FundingService funding,
            MessageSource messages) {
        this.access = access;
        this.pages = pages;
        this.policies = policies;
        this.funding = funding;
        this.messages = messages;
    }

    @GetMapping("/funding")
    String counties(@AuthenticationPrincipal AccountDetails user, Model model) {
        model.addAttribute("counties", access.counties(user));
        return "funding/counties";
    }

    @GetMapping("/funding/{county}")
    String page(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String policy,
            @AuthenticationPrincipal AccountDetails user,
            @Nullable HttpSession session,
            Locale locale,
            Model model) {
        County c = access.county(county, user);
        if (policy != null && !policy.isBlank()) {
            access.requireEditor(user);
        }
        FundingPolicy applied = pages.policy(c.code().value(), policy, session);
        model.addAttribute("page", pages.view(c, pages.year(c, year), applied, user, session, null, locale));
        return "funding/page";
    }

    /**
     * Reads an uploaded county policy. A refused file answers the page again (422) with the key and the rule in the
     * page's language, and the session keeps nothing of it; an accepted one is kept in the session (never in the
     * database) and applied.
     */
    @PostMapping("/funding/{county}/policy")
    String upload(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(name = "policyFile", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model)
            throws IOException {
        County c = access.county(county, user);
        access.requireEditor(user);
        int shown = pages.year(c, year);
        String code = c.code().value();
        try {
            String yaml = read(file);
            policies.read(yaml);
            session.setAttribute(FundingPages.SESSION_KEY + code, yaml);
            return "redirect:/funding/" + code + "?year=" + shown + "&policy=" + FundingPolicies.UPLOADED;
        } catch (FundingPolicyException e) {
            response.setStatus(422);
            FundingPolicy fallback = pages.policy(code, null, session);
            String problem = problem(e.problem(), locale);
            model.addAttribute("page", pages.view(c, shown, fallback, user, session, problem, locale));
            return "funding/page";
        }
    }

    /** The plan as the workbook of {@code plan funding --out funding.xlsx}, in the page's language. */
    @GetMapping("/funding/{county}/export")
    ResponseEntity<byte[]> export(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String policy,
            @AuthenticationPrincipal AccountDetails user,
            @Nullable HttpSession session,
            Locale locale) {
        County c = access.county(county, user);
        access.requireEditor(user);
        int shown = pages.year(c, year);
        FundingPlan plan = funding.plan(pages.policy(c.code().value(), policy, session), c.code(), shown);
        byte[] workbook = funding.workbook(plan, c.code(), locale, user.getUsername());
        return Attachment.of("funding-" + c.code().value() + "-" + shown + ".xlsx", XLSX, workbook);
    }

    /** The file's text; an empty or missing file is the reader's "not a map" problem, a too large one refused unread. */
    private static String read(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new FundingPolicyException(new PolicyProblem("", "empty", ""));
        }
        if (file.getSize() > FundingPolicies.MAX_YAML_BYTES) {
            throw new FundingPolicyException(PolicyProblem.tooLarge(FundingPolicies.MAX_YAML_BYTES / 1024));
        }
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String problem(PolicyProblem p, Locale locale) {
        String rule = messages.getMessage("funding.rule." + p.rule(), new Object[] {p.detail()}, locale);
        return p.key().isEmpty() ? rule : messages.getMessage("funding.problem", new Object[] {p.key(), rule}, locale);
    }
}
