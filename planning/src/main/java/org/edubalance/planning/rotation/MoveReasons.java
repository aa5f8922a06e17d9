package org.edubalance.planning.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.Teacher;
import org.edubalance.planning.Reason;
import org.edubalance.planning.rotation.SchoolSegmentSite.SiteKey;

/**
 * Says why a move helps, in the bureau's terms, as facts the page, workbook and command line word: for each balanced
 * indicator the teacher counts in, the value per 100 students at the school left and at the school joined against the
 * county value, before the plan ({@code indicator-shift}: indicator, from, to, county); or, when the teacher counts in
 * none, that the exchange keeps subjects staffed and meets the quota ({@code staffing-exchange}: subject).
 */
final class MoveReasons {
    private final RotationProblem problem;
    private final Map<SiteKey, SchoolSegmentSite> siteByKey = new HashMap<>();

    MoveReasons(RotationProblem problem) {
        this.problem = problem;
        problem.sites().forEach(s -> siteByKey.put(s.key(), s));
    }

    /** The fact code of one indicator's values at the school left and joined. */
    static final String INDICATOR_SHIFT = "indicator-shift";
    /** The fact code of a move that carries no balanced indicator. */
    static final String STAFFING_EXCHANGE = "staffing-exchange";

    List<Reason> reasons(Teacher teacher, SchoolCode destination) {
        SchoolSegmentSite from = siteByKey.get(new SiteKey(teacher.school(), teacher.segment()));
        SchoolSegmentSite to = siteByKey.get(new SiteKey(destination, teacher.segment()));
        List<Reason> parts = new ArrayList<>();
        for (TeacherIndicator m : problem.policy().indicatorWeights().keySet()) {
            if (!m.counts(teacher)) {
                continue;
            }
            double county = problem.countyValue(teacher.segment(), m);
            parts.add(Reason.of(
                    INDICATOR_SHIFT,
                    "indicator",
                    m.id(),
                    "from",
                    rounded(value(from, m)),
                    "to",
                    rounded(value(to, m)),
                    "county",
                    rounded(county)));
        }
        if (parts.isEmpty()) {
            return List.of(
                    Reason.of(STAFFING_EXCHANGE, "subject", teacher.subject().name()));
        }
        return parts;
    }

    /** Four decimals: the reasons show two, and a stored plan should not carry binary noise. */
    private static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static double value(SchoolSegmentSite site, TeacherIndicator m) {
        return 100.0 * m.count(site.staffing()) / site.students();
    }
}
