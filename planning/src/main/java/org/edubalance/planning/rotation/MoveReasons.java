package org.edubalance.planning.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.Teacher;
import org.edubalance.planning.rotation.SchoolSegmentSite.SiteKey;

/**
 * Says why a move helps, in the bureau's terms: for each balanced indicator the teacher counts in, the value per 100
 * students at the school left and at the school joined against the county value, before the plan; or that the move
 * keeps a subject staffed or meets the quota when it carries none.
 */
final class MoveReasons {
    private final RotationProblem problem;
    private final Map<SiteKey, SchoolSegmentSite> siteByKey = new HashMap<>();

    MoveReasons(RotationProblem problem) {
        this.problem = problem;
        problem.sites().forEach(s -> siteByKey.put(s.key(), s));
    }

    String reason(Teacher teacher, SchoolCode destination) {
        SchoolSegmentSite from = siteByKey.get(new SiteKey(teacher.school(), teacher.segment()));
        SchoolSegmentSite to = siteByKey.get(new SiteKey(destination, teacher.segment()));
        List<String> parts = new ArrayList<>();
        for (TeacherIndicator m : problem.policy().indicatorWeights().keySet()) {
            if (!m.counts(teacher)) {
                continue;
            }
            double county = problem.countyValue(teacher.segment(), m);
            parts.add(String.format(
                    Locale.ROOT,
                    "%s %.2f → %.2f per 100 students (county %.2f)",
                    m.id(),
                    value(from, m),
                    value(to, m),
                    county));
        }
        if (parts.isEmpty()) {
            return "exchange of a " + teacher.subject().name().toLowerCase(Locale.ROOT)
                    + " teacher: keeps subjects staffed and meets the quota";
        }
        return String.join("; ", parts);
    }

    private static double value(SchoolSegmentSite site, TeacherIndicator m) {
        return 100.0 * m.count(site.staffing()) / site.students();
    }
}
