package org.edubalance.app.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.Attachment;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.account.Role;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundKind;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.region.RegionCode;
import org.edubalance.dataimport.ImportRejectedException;
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
 * The planners' pages of the enrolment rounds (docs/planning/rounds.md, "Pages"): the areas, an area's rounds with
 * the forms of a new one, and a round's page with its steps as buttons, the job's status, the result's figures, the
 * per-child explanation and the downloads. The security configuration admits the roles per address (the forms' posts
 * and the downloads are the bureau's); this controller decides what a page shows: forms to planners and administrators
 * only, the result to the bureau's roles, and to a principal only the published rounds of their county and its city
 * and on them only their own school: the children admitted to it, or the candidates of their junior high.
 */
@Controller
final class EnrolmentRoundPageController {
    /** A county's policy file is a few dozen lines; the tables are bounded by the multipart limit (64 MB a file). */
    static final int MAX_POLICY_BYTES = 16 * 1024;

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EnrolmentRoundService rounds;
    private final EnrolmentRoundPages pages;
    private final MessageSource messages;
    private final RoundPageViews views;

    EnrolmentRoundPageController(
            EnrolmentRoundService rounds, EnrolmentRoundPages pages, MessageSource messages, RoundPageViews views) {
        this.rounds = rounds;
        this.pages = pages;
        this.messages = messages;
        this.views = views;
    }

    /** The areas the person may see (cities and their counties) with their number of rounds, and the new-round forms. */
    @GetMapping("/enrolment")
    String areas(@AuthenticationPrincipal AccountDetails user, Model model) {
        model.addAttribute("page", list(null, user, List.of(), 0, null));
        return "enrolment/areas";
    }

    @GetMapping("/enrolment/{area}")
    String area(@PathVariable String area, @AuthenticationPrincipal AccountDetails user, Model model) {
        model.addAttribute("page", list(pages.area(area, user), user, List.of(), 0, null));
        return "enrolment/area";
    }

    /** A new round from the uploads: checked all or nothing, like the import page; a refusal stores nothing. */
    @PostMapping("/enrolment/rounds")
    String create(
            @RequestParam String county,
            @RequestParam int year,
            @RequestParam String entryGrade,
            @RequestParam MultipartFile seats,
            @RequestParam MultipartFile zones,
            @RequestParam MultipartFile applicants,
            @RequestParam(required = false) @Nullable MultipartFile policy,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        EnrolmentRoundPages.Area shown = pages.area(county, user);
        try {
            checkPolicySize(policy, locale);
            long id = rounds.create(
                    county,
                    year,
                    entryGrade,
                    upload(seats),
                    upload(zones),
                    upload(applicants),
                    policy == null || policy.isEmpty() ? null : upload(policy),
                    user.getUsername());
            return "redirect:/enrolment/rounds/" + id;
        } catch (ImportRejectedException e) {
            return rejected(shown, e, user, response, model);
        } catch (ApiProblemException e) {
            return uploadRefused(shown, e, user, response, model);
        }
    }

    /** A new entrance-exam (quota) round of a county or a city from its uploads, checked all or nothing. */
    @PostMapping("/enrolment/quota-rounds")
    String createQuota(
            @RequestParam String area,
            @RequestParam int year,
            @RequestParam("high_schools") MultipartFile highSchools,
            @RequestParam MultipartFile candidates,
            @RequestParam(required = false) @Nullable MultipartFile policy,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        EnrolmentRoundPages.Area shown = pages.area(area, user);
        try {
            checkPolicySize(policy, locale);
            long id = rounds.createQuota(
                    area,
                    year,
                    upload(highSchools),
                    upload(candidates),
                    policy == null || policy.isEmpty() ? null : upload(policy),
                    user.getUsername());
            return "redirect:/enrolment/rounds/" + id;
        } catch (ImportRejectedException e) {
            return rejected(shown, e, user, response, model);
        } catch (ApiProblemException e) {
            return uploadRefused(shown, e, user, response, model);
        }
    }

    private String rejected(
            EnrolmentRoundPages.Area area,
            ImportRejectedException e,
            AccountDetails user,
            HttpServletResponse response,
            Model model) {
        response.setStatus(422);
        List<IssueResponse> issues =
                e.report().issues().stream().map(IssueResponse::of).toList();
        model.addAttribute("page", list(area, user, issues, e.report().errorCount(), null));
        return "enrolment/area";
    }

    private String uploadRefused(
            EnrolmentRoundPages.Area area,
            ApiProblemException e,
            AccountDetails user,
            HttpServletResponse response,
            Model model) {
        response.setStatus(422);
        model.addAttribute("page", list(area, user, List.of(), 0, e.getMessage()));
        return "enrolment/area";
    }

    private void checkPolicySize(@Nullable MultipartFile policy, Locale locale) {
        if (policy != null && policy.getSize() > MAX_POLICY_BYTES) {
            throw ApiProblemException.invalid(message("enrolment.policyTooLarge", locale));
        }
    }

    /** The round's page; {@code applicant} asks for one child's explanation (bureau roles). */
    @GetMapping("/enrolment/rounds/{id}")
    String round(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String applicant,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale,
            Model model) {
        return render(pages.visible(id, user), applicant, user, locale, model);
    }

    /** The job's status panel, polled by the page while the job runs; a finished job reloads the whole page. */
    @GetMapping("/enrolment/rounds/{id}/status")
    String status(
            @PathVariable long id,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        EnrolmentRound round = pages.visible(id, user);
        PlanningJob job = rounds.job(round);
        if (job == null || !job.status().isUnfinished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("page", views.view(round, job, null, null, user, locale));
        return "enrolment/status :: status";
    }

    /** One child's explanation, swapped into the round's page by htmx (the page's own form works without it). */
    @GetMapping("/enrolment/rounds/{id}/explanation")
    String explanation(
            @PathVariable long id,
            @RequestParam String applicant,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale,
            Model model) {
        EnrolmentRound round = pages.visible(id, user);
        PlanningJob job = rounds.job(round);
        model.addAttribute(
                "page", views.view(round, job, null, views.explain(round, job, applicant, locale), user, locale));
        return "enrolment/explanation :: explanation";
    }

    @PostMapping("/enrolment/rounds/{id}/commit")
    String commit(
            @PathVariable long id,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        return step(id, "commit", () -> rounds.commit(id, user.getUsername()), user, response, locale, model);
    }

    @PostMapping("/enrolment/rounds/{id}/draw")
    String draw(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String publicValue,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        // A blank public value is the form's own mistake (400), worded apart from a round not ready to draw.
        return step(id, "draw", () -> rounds.draw(id, publicValue, user.getUsername()), user, response, locale, model);
    }

    @PostMapping("/enrolment/rounds/{id}/approve")
    String approve(
            @PathVariable long id,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        return step(id, "approve", () -> rounds.approve(id, user.getUsername()), user, response, locale, model);
    }

    @PostMapping("/enrolment/rounds/{id}/publish")
    String publish(
            @PathVariable long id,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        return step(id, "publish", () -> rounds.publish(id, user.getUsername()), user, response, locale, model);
    }

    /** The result document as the command writes it (as published once it is). */
    @GetMapping("/enrolment/rounds/{id}/result.json")
    ResponseEntity<byte[]> resultJson(@PathVariable long id) {
        return Attachment.of(
                "round-" + id + "-result.json",
                MediaType.APPLICATION_JSON,
                rounds.result(id).getBytes(StandardCharsets.UTF_8));
    }

    /** The result as the workbook of {@code plan admission --out result.xlsx}, in the page's language. */
    @GetMapping("/enrolment/rounds/{id}/result.xlsx")
    ResponseEntity<byte[]> resultXlsx(@PathVariable long id, Locale locale) {
        EnrolmentRound round = rounds.round(id);
        PlanningJob job = rounds.job(round);
        byte[] workbook = round.kind() == EnrolmentRoundKind.QUOTA
                ? EnrolmentRoundPages.workbook(
                        pages.quotaResult(round, job)
                                .orElseThrow(() -> noResult(id))
                                .result(),
                        locale)
                : EnrolmentRoundPages.workbook(
                        pages.result(round, job).orElseThrow(() -> noResult(id)).result(), locale);
        return Attachment.of("round-" + id + ".xlsx", XLSX, workbook);
    }

    private static ApiProblemException noResult(long id) {
        return ApiProblemException.notFound("Round " + id + " has no result yet.");
    }

    /**
     * Takes one step of a round and goes back to its page, or shows the page with the refusal worded for that step
     * ({@code enrolment.refused.<step>}; a draw refused as a bad request is {@code drawEmpty}: no public value).
     */
    private String step(
            long id,
            String step,
            Runnable action,
            AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        try {
            action.run();
            return "redirect:/enrolment/rounds/" + id;
        } catch (ApiProblemException e) {
            String worded = step.equals("draw") && e.status().value() == 400 ? "drawEmpty" : step;
            return refused(id, worded, e, user, response, locale, model);
        }
    }

    private String refused(
            long id,
            String step,
            ApiProblemException e,
            AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        EnrolmentRound round = rounds.round(id);
        response.setStatus(e.status().value());
        model.addAttribute(
                "refusal",
                messages.getMessage(
                        "enrolment.refused." + step,
                        new Object[] {
                            message("enrolment.status." + round.status().name(), locale)
                        },
                        locale));
        // The service words its refusals in English (the API's); an English page shows it as the detail.
        model.addAttribute("refusalDetail", "zh".equals(locale.getLanguage()) ? null : e.getMessage());
        return render(round, null, user, locale, model);
    }

    private String render(
            EnrolmentRound round, @Nullable String applicant, AccountDetails user, Locale locale, Model model) {
        PlanningJob job = rounds.job(round);
        ExplanationView explanation = applicant == null || applicant.isBlank() || !bureau(user)
                ? null
                : views.explain(round, job, applicant.strip(), locale);
        model.addAttribute(
                "page", views.view(round, job, pages.result(round, job).orElse(null), explanation, user, locale));
        return "enrolment/round";
    }

    private AreaRoundsView list(
            EnrolmentRoundPages.@Nullable Area area,
            AccountDetails user,
            List<IssueResponse> rejected,
            long errorCount,
            @Nullable String problem) {
        List<AreaRoundsView.AreaLine> areas = pages.areas(user).stream()
                .map(a -> new AreaRoundsView.AreaLine(
                        a.code(),
                        a.name(),
                        a.isCounty(),
                        pages.ofArea(new RegionCode(a.code()), user).size()))
                .toList();
        return new AreaRoundsView(
                area == null ? null : area.code(),
                area == null ? null : area.name(),
                areas,
                area == null ? List.of() : pages.ofArea(new RegionCode(area.code()), user),
                pages.years(),
                user.role() == Role.ADMIN || user.role() == Role.PLANNER,
                rejected,
                errorCount,
                problem);
    }

    static boolean bureau(AccountDetails user) {
        return user.role() != Role.PRINCIPAL;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static EnrolmentRoundService.Upload upload(MultipartFile file) {
        try {
            return new EnrolmentRoundService.Upload(String.valueOf(file.getOriginalFilename()), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
