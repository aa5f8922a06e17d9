package org.edubalance.app.school;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.account.AccountDetails;
import org.edubalance.app.rendering.RenderedFragments;
import org.edubalance.app.standard.StandardChoice;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.app.web.IssueWords;
import org.edubalance.app.web.RejectedEditException;
import org.edubalance.core.school.ConcurrentEditException;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.school.SchoolColumn;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The school list (htmx swaps its results as the filter changes), the school page and the school-year form. Every
 * request passes the principal's own-school rule in the services; inspectors get the form read-only, principals with
 * the school's identity and classification read-only (a forged post that changes them is refused by the service).
 */
@Controller
final class SchoolPageController {
    /** The columns that name the record; they are shown but never sent. */
    private static final List<String> KEY_COLUMNS = List.of("school_code", "year");

    private final SchoolPageService pages;
    private final SchoolService schools;
    private final StandardChoice choice;
    private final RenderedFragments fragments;
    private final IssueWords issueWords;

    SchoolPageController(
            SchoolPageService pages,
            SchoolService schools,
            StandardChoice choice,
            RenderedFragments fragments,
            IssueWords issueWords) {
        this.issueWords = issueWords;
        this.fragments = fragments;
        this.pages = pages;
        this.schools = schools;
        this.choice = choice;
    }

    @GetMapping("/schools")
    String list(
            @ModelAttribute("query") SchoolListQuery query,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        SchoolListView list = pages.list(query, choice.current(request), user);
        model.addAttribute("list", list);
        // An htmx request (the filter form) gets only the results, swapped into the page in place.
        if (htmx != null) {
            return "school/list :: results";
        }
        // A county the data do not hold selects nothing, so the keys stay as few as the counties.
        String chosen = list.counties().stream()
                .map(SchoolListView.CountyOption::code)
                .filter(code -> code.equals(query.county()))
                .findFirst()
                .orElse("");
        model.addAttribute(
                "countyOptions",
                fragments.html(
                        chosen,
                        "school/county-options",
                        "options",
                        Map.of("counties", list.counties(), "chosen", chosen),
                        locale,
                        request,
                        response));
        return "school/list";
    }

    @GetMapping("/schools/{code}")
    String school(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Integer year,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        model.addAttribute("school", pages.school(new SchoolCode(code), year, choice.current(request), locale, user));
        return "school/page";
    }

    @GetMapping("/schools/{code}/years/{year}/edit")
    String form(
            @PathVariable String code,
            @PathVariable int year,
            @AuthenticationPrincipal AccountDetails user,
            Locale locale,
            Model model) {
        SchoolYearResponse stored = schools.year(new SchoolCode(code), year, user);
        model.addAttribute("form", form(stored, stored.values(), Map.of(), List.of(), false, user, locale));
        return "school/form";
    }

    @PostMapping("/schools/{code}/years/{year}/edit")
    String save(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam long version,
            @RequestParam Map<String, String> parameters,
            @AuthenticationPrincipal AccountDetails user,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        SchoolCode school = new SchoolCode(code);
        if (!user.canEdit(school)) {
            throw new AccessDeniedException("Your account may not change school " + school + ".");
        }
        SchoolYearResponse stored = schools.year(school, year, user);
        Map<String, String> sent = new LinkedHashMap<>();
        for (String column : stored.values().keySet()) {
            if (!KEY_COLUMNS.contains(column) && parameters.containsKey(column)) {
                sent.put(column, parameters.get(column).strip());
            }
        }
        Map<String, String> shown = new LinkedHashMap<>(stored.values());
        shown.putAll(sent);
        try {
            SchoolYearResponse saved = schools.update(school, year, new SchoolYearRequest(version, sent), user);
            model.addAttribute(
                    "form",
                    form(saved, saved.values(), Map.of(), List.of(), false, user, locale)
                            .withSaved());
            return "school/form";
        } catch (RejectedEditException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (ImportIssue issue : e.report().errors()) {
                IssueResponse worded = IssueResponse.of(issue);
                String text = worded.code() + " " + issueWords.message(worded, locale);
                if (issue.column() != null && shown.containsKey(issue.column())) {
                    errors.merge(issue.column(), text, (a, b) -> a + "; " + b);
                } else {
                    problems.add(text);
                }
            }
            response.setStatus(422);
            model.addAttribute("form", form(stored.withVersion(version), shown, errors, problems, false, user, locale));
        } catch (ApiProblemException e) {
            // A request the rules refuse as a whole, e.g. a region name that differs from the one held.
            response.setStatus(e.status().value());
            model.addAttribute(
                    "form",
                    form(stored.withVersion(version), shown, Map.of(), List.of(e.getMessage()), false, user, locale));
        } catch (ConcurrentEditException e) {
            response.setStatus(409);
            model.addAttribute(
                    "form", form(stored.withVersion(version), shown, Map.of(), List.of(), true, user, locale));
        }
        return "school/form";
    }

    private static SchoolYearFormView form(
            SchoolYearResponse stored,
            Map<String, String> values,
            Map<String, String> errors,
            List<String> problems,
            boolean conflict,
            AccountDetails user,
            Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        boolean editable = user.canEdit(new SchoolCode(stored.schoolCode()));
        boolean bureauLocked = false;
        List<SchoolYearFormView.Field> fields = new ArrayList<>();
        for (SchoolColumn column : SchoolColumn.values()) {
            if (!values.containsKey(column.id())) {
                continue;
            }
            boolean bureau = editable && !SchoolYearEditRules.mayChange(column.id(), user);
            bureauLocked |= bureau && !KEY_COLUMNS.contains(column.id());
            fields.add(new SchoolYearFormView.Field(
                    column.id(),
                    zh ? column.chineseLabel() : column.id().replace('_', ' '),
                    values.get(column.id()),
                    column.isRequired(),
                    bureau || KEY_COLUMNS.contains(column.id()),
                    errors.get(column.id())));
        }
        return new SchoolYearFormView(
                stored.schoolCode(),
                values.getOrDefault("school_name", stored.schoolCode()),
                stored.year(),
                stored.version(),
                editable,
                fields,
                problems,
                bureauLocked,
                conflict,
                false);
    }
}
