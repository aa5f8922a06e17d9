package org.edubalance.app.rotation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.Attachment;
import org.edubalance.core.account.Role;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The teacher-rotation page of a county. Planners and administrators set the policy, run, lock moves and re-solve,
 * approve and export; inspectors see the county-level summary only (the CVs before and after, the counts and the
 * policy checks), never a teacher. The security configuration admits the roles per address; this controller decides
 * what a page shows, so that no teacher id reaches an inspector's page.
 */
@Controller
final class RotationPageController {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RotationJobService rotation;
    private final RotationPolicies policies;
    private final RotationCharts charts;
    private final MessageSource messages;
    private final Clock clock;

    RotationPageController(
            RotationJobService rotation,
            RotationPolicies policies,
            RotationCharts charts,
            MessageSource messages,
            Clock clock) {
        this.rotation = rotation;
        this.policies = policies;
        this.charts = charts;
        this.messages = messages;
        this.clock = clock;
    }

    /** The counties, each with the years it has a roster of. */
    @GetMapping("/rotation")
    String counties(Model model) {
        model.addAttribute("counties", rotation.rosterYears());
        return "rotation/counties";
    }

    @GetMapping("/rotation/{county}")
    String page(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long job,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale,
            Model model) {
        RotationJob shown = job == null ? null : rotation.job(new RegionCode(county), job);
        // A run shown fills the form with its own policy and time limit, ready to run again with a change; otherwise
        // the
        // national values (Anhui differs only in a rule the form does not show: whom the backbone share counts).
        RotationPolicyForm form = shown == null
                ? RotationPolicyForm.of(policies.shipped("national"))
                : RotationPolicyForm.of(policies.read(shown.request().policyYaml()));
        if (shown != null) {
            form.setTimeLimitSeconds(shown.request().timeLimitSeconds());
        }
        model.addAttribute("form", form);
        return render(
                county, shown == null ? year : Integer.valueOf(shown.request().year()), shown, user, locale, model);
    }

    /** Starts a run under the form's policy, or under an uploaded county policy file when one is given. */
    @PostMapping("/rotation/{county}/jobs")
    String run(
            @PathVariable String county,
            @RequestParam int year,
            @Valid @ModelAttribute("form") RotationPolicyForm form,
            BindingResult binding,
            @RequestParam(name = "policyFile", required = false) @Nullable MultipartFile policyFile,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model)
            throws IOException {
        if (binding.hasErrors()) {
            response.setStatus(422);
            return render(county, year, null, user, locale, model);
        }
        String yaml = form.yaml();
        if (policyFile != null && !policyFile.isEmpty()) {
            if (policyFile.getSize() > RotationPolicies.MAX_YAML_BYTES) {
                return refused(county, year, "rotation.policyTooLarge", "", user, locale, model, response);
            }
            try (InputStream in = policyFile.getInputStream()) {
                yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        try {
            long id = rotation.run(new RegionCode(county), year, yaml, form.getTimeLimitSeconds(), user.getUsername());
            return "redirect:/rotation/" + county + "?job=" + id;
        } catch (ApiProblemException e) {
            return refused(county, year, "rotation.policyRefused", e.getMessage(), user, locale, model, response);
        }
    }

    /** The job's status panel, polled by the page while the job runs; a finished job reloads the whole page. */
    @GetMapping("/rotation/{county}/jobs/{id}/status")
    String status(@PathVariable String county, @PathVariable long id, HttpServletResponse response, Model model) {
        RotationJob job = rotation.job(new RegionCode(county), id);
        if (!job.status().isUnfinished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute(
                "job",
                new RotationJobView(
                        job, RotationJobView.progressPercent(job, clock), null, List.of(), null, null, Map.of(), null));
        return "rotation/status :: status";
    }

    /** A new job from this one's policy and locks plus the moves pinned and forbidden and the teachers kept now. */
    @PostMapping("/rotation/{county}/jobs/{id}/resolve")
    String resolve(
            @PathVariable String county,
            @PathVariable long id,
            @RequestParam(name = "pin", required = false) @Nullable List<String> pins,
            @RequestParam(name = "forbid", required = false) @Nullable List<String> forbids,
            @RequestParam(name = "keep", required = false) @Nullable List<String> keeps,
            @AuthenticationPrincipal AccountDetails user) {
        var locks = new RotationJobService.LockRequest(orEmpty(pins), orEmpty(forbids), orEmpty(keeps));
        long next = rotation.resolve(new RegionCode(county), id, locks, user.getUsername());
        return "redirect:/rotation/" + county + "?job=" + next;
    }

    @PostMapping("/rotation/{county}/jobs/{id}/approve")
    String approve(@PathVariable String county, @PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        rotation.approve(new RegionCode(county), id, user.getUsername());
        return "redirect:/rotation/" + county + "?job=" + id;
    }

    /** The plan as the workbook of {@code plan rotation --out plan.xlsx}: moves, CVs before/after, policy checks. */
    @GetMapping("/rotation/{county}/jobs/{id}/export")
    ResponseEntity<byte[]> export(
            @PathVariable String county,
            @PathVariable long id,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale) {
        byte[] workbook = rotation.workbook(new RegionCode(county), id, locale, user.getUsername());
        return Attachment.of("rotation-" + county + "-job-" + id + ".xlsx", XLSX, workbook);
    }

    private String refused(
            String county,
            int year,
            String problem,
            @Nullable String detail,
            AccountDetails user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("policyProblem", problem);
        model.addAttribute("policyDetail", detail);
        return render(county, year, null, user, locale, model);
    }

    private String render(
            String county,
            @Nullable Integer year,
            @Nullable RotationJob shown,
            AccountDetails user,
            Locale locale,
            Model model) {
        County c = rotation.county(county);
        List<Integer> years = rotation.years(c.code());
        int planYear = year != null ? year : years.isEmpty() ? 0 : years.getFirst();
        boolean teacherDetails = user.role() == Role.ADMIN || user.role() == Role.PLANNER;
        model.addAttribute(
                "page",
                new RotationView(
                        c.code().value(),
                        c.name(),
                        planYear,
                        years,
                        rotation.rosterSize(c.code(), planYear),
                        rotation.jobs(c.code(), planYear),
                        shown == null ? null : jobView(shown, teacherDetails, user.getUsername(), locale),
                        teacherDetails));
        return "rotation/page";
    }

    private RotationJobView jobView(RotationJob job, boolean teacherDetails, String user, Locale locale) {
        RotationPlanDocument stored = rotation.result(job);
        RotationPlanDocument result = stored == null || teacherDetails ? stored : stored.withoutTeachers();
        if (teacherDetails && result != null) {
            rotation.recordTeacherListRead(job.request().county(), job.id(), user, "page");
        }
        return new RotationJobView(
                job,
                RotationJobView.progressPercent(job, clock),
                result,
                teacherDetails ? RotationJobView.locks(job.request().locks()) : List.of(),
                result == null ? null : charts.cvComparison(result, locale),
                result == null || !teacherDetails
                        ? null
                        : charts.moves(job.request().county(), job.request().year(), result),
                result == null || !teacherDetails
                        ? Map.of()
                        : charts.schoolNames(
                                job.request().county(), job.request().year()),
                new RotationWords(messages, locale));
    }

    private static List<String> orEmpty(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
