package org.edubalance.app.zoning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.admission.PriorityClass;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.zoningstudy.PublicBlockZone;
import org.edubalance.core.zoningstudy.ZoningStudies;
import org.edubalance.dataimport.policy.AdmissionPolicyReader;
import org.edubalance.report.planning.AdmissionWording;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public zone lookup, without sign-in (docs/planning/zoning.md, "Platform"): a family types part of its block's
 * (小区) name and sees the block's zone in the approved plan of the latest plan year of its county and grade, the
 * school of that zone, and the admission classes of the national policy that rank children of the zone. Only approved
 * plans are searched; no person is named; the query is bounded and every output escaped by the template.
 */
@Controller
final class PublicZonesController {
    /** The longest query taken: a block's name is a few characters. */
    static final int MAX_QUERY = 40;
    /** The most blocks listed: a short name matches many. */
    static final int MAX_RESULTS = 50;

    private final ZoningStudies studies;
    private final Regions regions;
    private final SchoolYears schoolYears;

    PublicZonesController(ZoningStudies studies, Regions regions, SchoolYears schoolYears) {
        this.studies = studies;
        this.regions = regions;
        this.schoolYears = schoolYears;
    }

    /**
     * A block found.
     *
     * @param block the block's name
     * @param county its county's name
     * @param grade the entry grade
     * @param planYear the year the zones are for
     * @param zone the zone's id (its school's code)
     * @param school the zone's school's name
     */
    record Found(String block, String county, String grade, int planYear, String zone, String school) {}

    /**
     * A class of the admission policy.
     *
     * @param code the class
     * @param name its name in the page's language
     */
    record ClassLine(String code, String name) {}

    @GetMapping("/public/zones")
    String zones(@RequestParam(required = false) @Nullable String q, Locale locale, Model model) {
        String query = q == null ? "" : q.strip();
        boolean tooLong = query.length() > MAX_QUERY;
        List<Found> found = new ArrayList<>();
        if (!query.isEmpty() && !tooLong) {
            for (PublicBlockZone b : studies.findApprovedBlocks(query, MAX_RESULTS)) {
                found.add(new Found(
                        b.blockName(),
                        regions.find(b.county().value())
                                .map(r -> r.name())
                                .orElse(b.county().value()),
                        b.grade().name(),
                        b.planYear(),
                        b.school(),
                        schoolName(b.school(), b.planYear())));
            }
        }
        var words = new AdmissionWording(locale);
        List<ClassLine> classes = new ArrayList<>();
        for (PriorityClass c : AdmissionPolicyReader.load("national").policy().classes()) {
            classes.add(new ClassLine(c.name(), words.priorityClass(c)));
        }
        classes.add(new ClassLine(PriorityClass.OUT_OF_ZONE.name(), words.priorityClass(PriorityClass.OUT_OF_ZONE)));
        model.addAttribute("query", tooLong ? query.substring(0, MAX_QUERY) : query);
        model.addAttribute("tooLong", tooLong);
        model.addAttribute("searched", !query.isEmpty() && !tooLong);
        model.addAttribute("found", found);
        model.addAttribute("limited", found.size() == MAX_RESULTS);
        model.addAttribute("classes", classes);
        return "public/zones";
    }

    /** The school's name in the school data of the plan year or the year before (the data year), else its code. */
    private String schoolName(String code, int year) {
        SchoolCode school;
        try {
            school = new SchoolCode(code);
        } catch (IllegalArgumentException e) {
            return code;
        }
        for (int y = year; y >= year - 2; y--) {
            var stored = schoolYears.find(school, y);
            if (stored.isPresent()) {
                return stored.get().school().name();
            }
        }
        return code;
    }
}
