package org.edubalance.app.zoning;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.account.Role;
import org.edubalance.core.region.County;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.policy.ZoningPolicyReader;
import org.edubalance.planning.zoning.ZoningProblemInvalidException;
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
 * The zoning pages' lists and the new-study form (docs/planning/zoning.md, "Platform"): the counties, a county's
 * studies, and the upload of a study's files, checked all or nothing like the import page — a refusal shows every
 * located error of the bad file, or the worded reason the area cannot be zoned, and stores nothing.
 */
@Controller
final class ZoningUploadController {
    private final ZoningStudyService service;
    private final ZoningPages pages;
    private final ZoningWords words;

    ZoningUploadController(ZoningStudyService service, ZoningPages pages, ZoningWords words) {
        this.service = service;
        this.pages = pages;
        this.words = words;
    }

    @GetMapping("/zoning")
    String counties(@AuthenticationPrincipal AccountDetails user, Model model) {
        model.addAttribute("page", list(null, user, List.of(), 0, null));
        return "zoning/counties";
    }

    @GetMapping("/zoning/{county}")
    String county(@PathVariable String county, @AuthenticationPrincipal AccountDetails user, Model model) {
        model.addAttribute("page", list(pages.county(county, user), user, List.of(), 0, null));
        return "zoning/county";
    }

    /** The newest study of the county and grade the person may see, else the county's list. */
    @GetMapping("/zoning/{county}/{grade}")
    String grade(
            @PathVariable String county, @PathVariable String grade, @AuthenticationPrincipal AccountDetails user) {
        County shown = pages.county(county, user);
        return pages.studies(shown, user).stream()
                .filter(s -> s.grade().name().equalsIgnoreCase(grade))
                .findFirst()
                .map(s -> "redirect:/zoning/studies/" + s.id())
                .orElse("redirect:/zoning/" + shown.code().value());
    }

    @PostMapping("/zoning/studies")
    String create(
            @RequestParam String county,
            @RequestParam int year,
            @RequestParam String entryGrade,
            @RequestParam(defaultValue = "national") String policy,
            @RequestParam MultipartFile blocks,
            @RequestParam(required = false) @Nullable MultipartFile adjacency,
            @RequestParam(required = false) @Nullable MultipartFile polygons,
            @RequestParam MultipartFile seats,
            @RequestParam MultipartFile zones,
            @RequestParam("block_zones") MultipartFile blockZones,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        County shown = pages.county(county, user);
        Map<String, @Nullable MultipartFile> parts = new LinkedHashMap<>();
        parts.put("blocks", blocks);
        parts.put("adjacency", adjacency);
        parts.put("polygons", polygons);
        parts.put("seats", seats);
        parts.put("zones", zones);
        parts.put("block_zones", blockZones);
        try {
            long id = service.create(county, year, entryGrade, policy, uploads(parts), user.getUsername());
            return "redirect:/zoning/studies/" + id;
        } catch (ImportRejectedException e) {
            response.setStatus(422);
            List<IssueResponse> issues =
                    e.report().issues().stream().map(IssueResponse::of).toList();
            model.addAttribute("page", list(shown, user, issues, e.report().errorCount(), null));
        } catch (ZoningProblemInvalidException e) {
            response.setStatus(422);
            model.addAttribute("page", list(shown, user, List.of(), 0, words.reason(e.reason(), locale)));
        } catch (ApiProblemException e) {
            response.setStatus(422);
            model.addAttribute("page", list(shown, user, List.of(), 0, e.getMessage()));
        }
        return "zoning/county";
    }

    /** The uploads given by name; an empty optional part counts as not given. */
    static Map<String, StudyUpload> uploads(Map<String, @Nullable MultipartFile> parts) {
        Map<String, StudyUpload> uploads = new LinkedHashMap<>();
        parts.forEach((name, part) -> {
            if (part != null && !part.isEmpty()) {
                try {
                    uploads.put(name, new StudyUpload(String.valueOf(part.getOriginalFilename()), part.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return uploads;
    }

    private ZoningListView list(
            @Nullable County county,
            AccountDetails user,
            List<IssueResponse> rejected,
            long errorCount,
            @Nullable String problem) {
        List<ZoningListView.CountyLine> counties = pages.counties(user).stream()
                .map(c -> new ZoningListView.CountyLine(
                        c.code().value(), c.name(), pages.studies(c, user).size()))
                .toList();
        List<ZoningStudy> studies = county == null ? List.of() : pages.studies(county, user);
        return new ZoningListView(
                county == null ? null : county.code().value(),
                county == null ? null : county.name(),
                counties,
                studies,
                pages.years(),
                ZoningPolicyReader.SHIPPED,
                user.role() == Role.ADMIN || user.role() == Role.PLANNER,
                rejected,
                errorCount,
                problem);
    }
}
