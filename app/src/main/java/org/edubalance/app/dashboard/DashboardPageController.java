package org.edubalance.app.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.evaluation.ExportService;
import org.edubalance.app.rendering.RenderedFragments;
import org.edubalance.app.standard.StandardChoice;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.Attachment;
import org.edubalance.core.region.RegionCode;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city and county dashboards, their exports and the county boundary upload. Roles: inspectors, planners and
 * administrators read; planners and administrators upload boundaries (security configuration).
 */
@Controller
final class DashboardPageController {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final DashboardService dashboards;
    private final BoundaryService boundaries;
    private final ExportService exports;
    private final StandardChoice choice;
    private final RenderedFragments fragments;

    DashboardPageController(
            DashboardService dashboards,
            BoundaryService boundaries,
            ExportService exports,
            StandardChoice choice,
            RenderedFragments fragments) {
        this.fragments = fragments;
        this.dashboards = dashboards;
        this.boundaries = boundaries;
        this.exports = exports;
        this.choice = choice;
    }

    @GetMapping("/dashboard")
    String city(
            @RequestParam(required = false) @Nullable Integer year,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        return page(dashboards.view(null, year, choice.current(request), locale), request, response, locale, model);
    }

    @GetMapping("/dashboard/{county}")
    String county(
            @PathVariable String county,
            @RequestParam(required = false) @Nullable Integer year,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        return page(
                dashboards.view(code(county), year, choice.current(request), locale), request, response, locale, model);
    }

    private String page(
            DashboardView view, HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        model.addAttribute("dashboard", view);
        // The body below the toolbar is the same for everyone who may open the dashboard (templates/dashboard/content).
        String key = view.countyCode() + "/" + view.year() + "/" + view.standard();
        model.addAttribute(
                "dashboardContent",
                fragments.html(
                        key, "dashboard/content", "content", Map.of("dashboard", view), locale, request, response));
        return "dashboard/region";
    }

    /**
     * The county's evaluation as the application-form workbook, the self-evaluation report (PDF) or a per-school CSV,
     * in the page's language.
     */
    @GetMapping("/dashboard/{county}/export")
    ResponseEntity<byte[]> export(
            @PathVariable String county,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) @Nullable Integer year,
            HttpServletRequest request,
            Locale locale) {
        String standard = choice.current(request);
        return switch (format) {
            case "xlsx" ->
                file(exports.xlsx(code(county), year, standard, locale), XLSX, "evaluation-" + county + ".xlsx");
            case "pdf" ->
                file(
                        exports.pdf(code(county), year, standard, locale),
                        MediaType.APPLICATION_PDF,
                        "self-evaluation-" + county + ".pdf");
            case "csv" ->
                file(
                        exports.csv(code(county), year, standard).getBytes(StandardCharsets.UTF_8),
                        new MediaType("text", "csv", StandardCharsets.UTF_8),
                        "evaluation-" + county + ".csv");
            default -> throw new IllegalArgumentException("format is xlsx, pdf or csv, got '" + format + "'");
        };
    }

    /**
     * The map's schools as JSON, fetched by the page's script: the city's map holds thousands of schools, and sending
     * them inside every page made the dashboard slow to render under load.
     */
    @GetMapping({"/dashboard/map.json", "/dashboard/{county}/map.json"})
    ResponseEntity<String> map(
            @PathVariable(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable Integer year,
            HttpServletRequest request,
            Locale locale) {
        RegionCode code = county == null ? null : code(county);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(dashboards
                        .view(code, year, choice.current(request), locale)
                        .mapJson());
    }

    @GetMapping("/dashboard/{county}/boundary.json")
    ResponseEntity<String> boundary(@PathVariable String county) {
        return boundaries
                .of(code(county))
                .map(json -> ResponseEntity.ok().contentType(GEO_JSON).body(json))
                .orElseThrow(() -> ApiProblemException.notFound("No boundary of county " + county + "."));
    }

    @GetMapping("/dashboard/boundary.json")
    ResponseEntity<String> cityBoundary() {
        return ResponseEntity.ok().contentType(GEO_JSON).body(boundaries.city());
    }

    @PostMapping("/dashboard/{county}/boundary")
    String uploadBoundary(
            @PathVariable String county,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable Integer year,
            @AuthenticationPrincipal AccountDetails user,
            RedirectAttributes redirect)
            throws IOException {
        RegionCode code = code(county);
        if (file.getSize() > BoundaryDocument.MAX_BYTES) {
            redirect.addFlashAttribute("boundaryError", "boundary.tooLarge");
        } else {
            try {
                boundaries.save(code, file.getBytes(), user.getUsername());
                redirect.addFlashAttribute("boundarySaved", true);
            } catch (InvalidBoundaryException e) {
                redirect.addFlashAttribute("boundaryError", e.messageKey());
                redirect.addFlashAttribute("boundaryDetail", e.getMessage());
            }
        }
        return "redirect:/dashboard/" + code.value() + (year == null ? "" : "?year=" + year);
    }

    private static RegionCode code(String county) {
        if (!RegionCode.isWellFormed(county)) {
            throw new IllegalArgumentException("A county code has six digits, got '" + county + "'");
        }
        return new RegionCode(county);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return Attachment.of(name, type, body);
    }
}
