package org.edubalance.app.pairingrecord;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.Attachment;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.region.County;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlanJson;
import org.edubalance.report.planning.GroupWorkbook;
import org.edubalance.report.render.XlsxReportRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
 * The school-group proposal of a county (docs/planning/groups.md §8): the planner run on the stored data around the
 * cores the bureau names, under the shipped policy or one uploaded for this session only; its groups marked against
 * the running stored groups, adopted by planners and administrators (all or none), and downloaded as the command
 * line's JSON document and workbook. Inspectors see proposals; principals none (a proposal compares every school).
 */
@Controller
final class GroupProposalPageController {
    /** The session attribute, per county, of the uploaded policy's text; never stored anywhere else. */
    static final String SESSION_KEY = "group-proposal-policy/";

    private static final String PAGE = "pairingrecord/group-proposal";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final GroupProposals proposals;
    private final GroupProposalPages pages;
    private final ProposalPages pairingPages;
    private final PairingAccess access;
    private final PairingWords words;
    private final MessageSource messages;

    GroupProposalPageController(
            GroupProposals proposals,
            GroupProposalPages pages,
            ProposalPages pairingPages,
            PairingAccess access,
            PairingWords words,
            MessageSource messages) {
        this.proposals = proposals;
        this.pages = pages;
        this.pairingPages = pairingPages;
        this.access = access;
        this.words = words;
        this.messages = messages;
    }

    /** The form of the county page: a year, the cores, a time limit and the shipped policy or a YAML file. */
    @PostMapping("/pairings/{county}/group-proposal")
    String propose(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(value = "core", required = false) @Nullable List<String> core,
            @RequestParam(defaultValue = "") String coreCodes,
            @RequestParam(required = false) @Nullable Integer timeLimit,
            @RequestParam(defaultValue = "national") String policy,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model)
            throws IOException {
        County c = ProposalApiErrors.everySchool(access, county, user, "group proposal");
        List<String> named = new ArrayList<>(core == null ? List.of() : core);
        named.add(coreCodes);
        String choice = policy;
        if (policy.equals("file")) {
            try {
                String yaml = PairingProposals.text(file);
                proposals.policy(yaml);
                session.setAttribute(SESSION_KEY + c.code().value(), yaml);
                choice = "uploaded";
            } catch (InvalidPolicyException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                String problem = pairingPages.policyProblem(PairingPolicyProblem.of(e), locale);
                var request = request(c, year, named, timeLimit, "national", session);
                model.addAttribute("page", pages.view(c, request, null, edits(user), List.of(problem), null, locale));
                return PAGE;
            }
        }
        var request = request(c, year, named, timeLimit, choice, session);
        return render(c, request, session, user, List.of(), null, response, locale, model);
    }

    /** Stores the ticked groups: all, or none and the page names each refused group and its rule. */
    @PostMapping("/pairings/{county}/group-proposal/adopt")
    String adopt(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "") String cores,
            @RequestParam(required = false) @Nullable Integer timeLimit,
            @RequestParam(defaultValue = "national") String policy,
            @RequestParam(required = false) @Nullable Integer startYear,
            HttpServletRequest form,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County c = ProposalApiErrors.everySchool(access, county, user, "group proposal");
        access.requireEditor(user);
        var request = request(c, year, List.of(cores), timeLimit, policy, session);
        List<GroupProposals.Chosen> chosen = new ArrayList<>();
        // Read from the request itself: a list parameter would split the commas of a group's members.
        String[] ticked = form.getParameterValues("group");
        for (String value : ticked == null ? new String[0] : ticked) {
            String name = form.getParameter("name-" + value);
            GroupProposals.Chosen one = GroupProposals.Chosen.parse(value, name == null ? "" : name);
            if (one == null) {
                throw new ApiProblemException(
                        HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, "Not a group: '" + value + "'.");
            }
            chosen.add(one);
        }
        int start = startYear == null ? request.year() : startYear;
        String source = "group proposal (data year " + request.year() + ", policy "
                + (request.policyChoice().equals("uploaded") ? PairingProposals.UPLOADED : "national") + ")";
        try {
            int stored = proposals
                    .adopt(c.code(), chosen, start, source, user.getUsername())
                    .size();
            return "redirect:/pairings/" + c.code().value() + "?adoptedGroups=" + stored + "#groups";
        } catch (PairingRefusedException e) {
            response.setStatus(422);
            List<String> problems = pages.adoptionProblems(e.violations(), chosen, words, locale);
            return render(c, request, session, user, problems, start, response, locale, model);
        }
    }

    /** The command line's document ({@code plan groups --out groups.json}), written by the same writer. */
    @GetMapping("/pairings/{county}/group-proposal.json")
    ResponseEntity<byte[]> json(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "") String cores,
            @RequestParam(required = false) @Nullable Integer timeLimit,
            @RequestParam(defaultValue = "national") String policy,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session) {
        County c = ProposalApiErrors.everySchool(access, county, user, "group proposal");
        GroupPlan plan = plan(c, request(c, year, List.of(cores), timeLimit, policy, session), session);
        var out = new ByteArrayOutputStream();
        GroupPlanJson.write(plan, out);
        return Attachment.of(name(plan, "json"), MediaType.APPLICATION_JSON, out.toByteArray());
    }

    /** The command line's workbook ({@code plan groups --out groups.xlsx}) in the page's language. */
    @GetMapping("/pairings/{county}/group-proposal.xlsx")
    ResponseEntity<byte[]> workbook(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "") String cores,
            @RequestParam(required = false) @Nullable Integer timeLimit,
            @RequestParam(defaultValue = "national") String policy,
            @AuthenticationPrincipal AccountDetails user,
            HttpSession session,
            Locale locale)
            throws IOException {
        County c = ProposalApiErrors.everySchool(access, county, user, "group proposal");
        GroupPlan plan = plan(c, request(c, year, List.of(cores), timeLimit, policy, session), session);
        var out = new ByteArrayOutputStream();
        new XlsxReportRenderer().render(new GroupWorkbook(locale).build(plan), out);
        return Attachment.of(name(plan, "xlsx"), XLSX, out.toByteArray());
    }

    private static boolean edits(AccountDetails user) {
        return user.role().editsEverything();
    }

    private GroupProposalPages.Request request(
            County c,
            @Nullable Integer year,
            List<String> cores,
            @Nullable Integer timeLimit,
            String policy,
            HttpSession session) {
        boolean uploaded = session.getAttribute(SESSION_KEY + c.code().value()) != null;
        String choice = policy.equals("uploaded") ? "uploaded" : "national";
        if (choice.equals("uploaded") && !uploaded) {
            throw new ApiProblemException(
                    HttpStatus.BAD_REQUEST,
                    ErrorCode.INVALID_REQUEST,
                    "No uploaded pairing policy in this session. Maybe upload it again.");
        }
        List<String> named = List.copyOf(GroupProposals.cores(cores));
        int seconds = GroupProposals.seconds(timeLimit);
        return new GroupProposalPages.Request(proposals.year(c.code(), year), named, seconds, choice, uploaded);
    }

    private GroupPlan plan(County c, GroupProposalPages.Request request, HttpSession session) {
        try {
            return run(c, request, session);
        } catch (PlanningProblemInvalidException e) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, e.getMessage());
        }
    }

    private GroupPlan run(County c, GroupProposalPages.Request request, HttpSession session) {
        String yaml = request.policyChoice().equals("uploaded")
                ? (String) session.getAttribute(SESSION_KEY + c.code().value())
                : null;
        return proposals.plan(
                c.code(),
                request.year(),
                new LinkedHashSet<>(request.cores()),
                request.seconds(),
                proposals.policy(yaml));
    }

    private String render(
            County c,
            GroupProposalPages.Request request,
            HttpSession session,
            AccountDetails user,
            List<String> problems,
            @Nullable Integer startYear,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        GroupPlan plan = null;
        List<String> shown = new ArrayList<>(problems);
        var options = proposals.coreOptions(c.code(), request.year()).stream()
                .map(GroupProposals.CoreOption::code)
                .toList();
        List<String> unknown =
                request.cores().stream().filter(k -> !options.contains(k)).toList();
        if (!unknown.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            shown.add(messages.getMessage(
                    "groups.proposal.unknownCore",
                    new Object[] {String.join(", ", unknown), Integer.toString(request.year())},
                    locale));
        } else {
            try {
                plan = run(c, request, session);
            } catch (PlanningProblemInvalidException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                shown.add(messages.getMessage("groups.proposal.noPlan", new Object[] {e.getMessage()}, locale));
            }
        }
        model.addAttribute("page", pages.view(c, request, plan, edits(user), shown, startYear, locale));
        return PAGE;
    }

    private static String name(GroupPlan plan, String extension) {
        return "groups-" + plan.countyCode() + "-" + plan.year() + "." + extension;
    }
}
