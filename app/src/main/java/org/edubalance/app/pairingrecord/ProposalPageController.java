package org.edubalance.app.pairingrecord;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.Attachment;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.core.region.County;
import org.edubalance.core.school.Segment;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.pairing.PairingPlan;
import org.edubalance.planning.pairing.PairingPlanJson;
import org.edubalance.report.planning.PairingWorkbook;
import org.edubalance.report.render.XlsxReportRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
 * The pairing proposal of a county (docs/planning/pairing-records.md §6): the planner run on the stored data under the
 * shipped policy or one uploaded for this session only, its pairs marked against the stored pairings, adopted by
 * planners and administrators (all or none), and downloaded as the command line's JSON document and workbook.
 * Inspectors see proposals; principals none (a proposal compares every school of the county).
 */
@Controller
final class ProposalPageController {
    /** The session attribute, per county, of the uploaded policy's text; never stored anywhere else. */
    static final String SESSION_KEY = "pairing-proposal-policy/";

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PairingProposals proposals;
    private final ProposalPages pages;
    private final PairingAccess access;
    private final PairingWords words;

    ProposalPageController(PairingProposals proposals, ProposalPages pages, PairingAccess access, PairingWords words) {
        this.proposals = proposals;
        this.pages = pages;
        this.access = access;
        this.words = words;
    }

    @GetMapping("/pairings/{county}/proposal")
    String show(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "") String segment,
            @RequestParam(defaultValue = "national") String policy,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = ProposalApiErrors.everySchool(access, county, user, "pairing proposal");
        return render(c, request(c, year, segment, policy, session), session, user, List.of(), response, locale, model);
    }

    /** The form of the county page: a year, a segment, and the shipped policy or a YAML file (kept in the session). */
    @PostMapping("/pairings/{county}/proposal")
    String propose(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "") String segment,
            @RequestParam(defaultValue = "national") String policy,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model)
            throws IOException {
        County c = ProposalApiErrors.everySchool(access, county, user, "pairing proposal");
        String choice = policy;
        if (policy.equals("file")) {
            try {
                String yaml = PairingProposals.text(file);
                proposals.policy(yaml);
                session.setAttribute(SESSION_KEY + c.code().value(), yaml);
                choice = "uploaded";
            } catch (InvalidPolicyException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                String problem = pages.policyProblem(PairingPolicyProblem.of(e), locale);
                var request = request(c, year, segment, "national", session);
                model.addAttribute("page", view(c, request, null, user, List.of(problem), null, locale));
                return "pairingrecord/proposal";
            }
        }
        return render(c, request(c, year, segment, choice, session), session, user, List.of(), response, locale, model);
    }

    /** Stores the ticked pairs as pairings: all, or none and the page names each refused pair and its rule. */
    @PostMapping("/pairings/{county}/proposal/adopt")
    String adopt(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "") String segment,
            @RequestParam(defaultValue = "national") String policy,
            @RequestParam(value = "pair", required = false) @Nullable List<String> pair,
            @RequestParam(required = false) @Nullable Integer startYear,
            @RequestParam(defaultValue = "") String signedOn,
            @RequestParam(defaultValue = "") String agreement,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = ProposalApiErrors.everySchool(access, county, user, "pairing proposal");
        access.requireEditor(user);
        var request = request(c, year, segment, policy, session);
        List<PairingProposals.Chosen> chosen = new ArrayList<>();
        for (String value : pair == null ? List.<String>of() : pair) {
            PairingProposals.Chosen one = PairingProposals.Chosen.parse(value);
            if (one == null) {
                throw new ApiProblemException(
                        HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, "Not a pair: '" + value + "'.");
            }
            chosen.add(one);
        }
        int start = startYear == null ? request.year() : startYear;
        try {
            int stored = proposals
                    .adopt(c.code(), chosen, start, signedOn, agreement, source(request), user.getUsername())
                    .size();
            return "redirect:/pairings/" + c.code().value() + "?adopted=" + stored + "#pairings-section";
        } catch (PairingRefusedException e) {
            response.setStatus(422);
            var adoption = new ProposalPages.Adoption(start, signedOn, agreement);
            PairingPlan plan = plan(c, request, session);
            List<String> problems = pages.adoptionProblems(e.violations(), chosen, words, locale);
            model.addAttribute("page", view(c, request, plan, user, problems, adoption, locale));
            return "pairingrecord/proposal";
        }
    }

    /** The command line's document ({@code plan pairing --out pairs.json}), written by the same writer. */
    @GetMapping("/pairings/{county}/proposal.json")
    ResponseEntity<byte[]> json(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "national") String policy,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session) {
        County c = ProposalApiErrors.everySchool(access, county, user, "pairing proposal");
        PairingPlan plan = plan(c, request(c, year, "", policy, session), session);
        var out = new ByteArrayOutputStream();
        PairingPlanJson.write(plan, out);
        return Attachment.of(name(plan, "json"), MediaType.APPLICATION_JSON, out.toByteArray());
    }

    /** The command line's workbook ({@code plan pairing --out pairs.xlsx}) in the page's language. */
    @GetMapping("/pairings/{county}/proposal.xlsx")
    ResponseEntity<byte[]> workbook(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "national") String policy,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            Locale locale)
            throws IOException {
        County c = ProposalApiErrors.everySchool(access, county, user, "pairing proposal");
        PairingPlan plan = plan(c, request(c, year, "", policy, session), session);
        var out = new ByteArrayOutputStream();
        new XlsxReportRenderer().render(new PairingWorkbook(locale).build(plan), out);
        return Attachment.of(name(plan, "xlsx"), XLSX, out.toByteArray());
    }

    private ProposalPages.Request request(
            County c, @Nullable Integer year, String segment, String policy, HttpSession session) {
        Segment shown = switch (segment) {
            case "PRIMARY" -> Segment.PRIMARY;
            case "JUNIOR" -> Segment.JUNIOR;
            default -> null;
        };
        boolean uploaded = session.getAttribute(SESSION_KEY + c.code().value()) != null;
        String choice = policy.equals("uploaded") ? "uploaded" : "national";
        if (choice.equals("uploaded") && !uploaded) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST,
                    ErrorCode.INVALID_REQUEST,
                    "No uploaded pairing policy in this session. Maybe upload it again.");
        }
        return new ProposalPages.Request(proposals.year(c.code(), year), shown, choice, uploaded);
    }

    private PairingPolicy policy(County c, ProposalPages.Request request, HttpSession session) {
        return proposals.policy(
                request.policyChoice().equals("uploaded")
                        ? (String) session.getAttribute(SESSION_KEY + c.code().value())
                        : null);
    }

    private PairingPlan plan(County c, ProposalPages.Request request, HttpSession session) {
        try {
            return proposals.plan(c.code(), request.year(), policy(c, request, session));
        } catch (PlanningProblemInvalidException e) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, e.getMessage());
        }
    }

    private String render(
            County c,
            ProposalPages.Request request,
            HttpSession session,
            AccountDetails user,
            List<String> problems,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        PairingPlan plan = null;
        List<String> shown = new ArrayList<>(problems);
        try {
            plan = proposals.plan(c.code(), request.year(), policy(c, request, session));
        } catch (PlanningProblemInvalidException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            PairingPolicy p = policy(c, request, session);
            shown.add(pages.noMentor(p, locale));
        }
        model.addAttribute("page", view(c, request, plan, user, shown, null, locale));
        return "pairingrecord/proposal";
    }

    private ProposalView view(
            County c,
            ProposalPages.Request request,
            @Nullable PairingPlan plan,
            AccountDetails user,
            List<String> problems,
            ProposalPages.@Nullable Adoption adoption,
            Locale locale) {
        return pages.view(
                c,
                proposals.years(c.code()),
                request,
                plan,
                user.role().editsEverything(),
                problems,
                adoption == null ? ProposalPages.Adoption.DEFAULTS : adoption,
                locale);
    }

    /** Where the audit log says the pairings came from. */
    private static String source(ProposalPages.Request request) {
        return "pairing proposal (data year " + request.year() + ", policy "
                + (request.policyChoice().equals("uploaded") ? PairingProposals.UPLOADED : "national") + ")";
    }

    private static String name(PairingPlan plan, String extension) {
        return "pairs-" + plan.countyCode() + "-" + plan.year() + "." + extension;
    }
}
