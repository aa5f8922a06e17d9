package org.edubalance.planning.rotation;

import java.util.Map;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.StaffingFigures;
import org.edubalance.core.staff.Subject;
import org.jspecify.annotations.Nullable;

/**
 * A school segment as the rotation sees it: where it is, how many students it teaches and its teachers as the roster
 * counts them.
 *
 * @param school the school
 * @param name the school's name
 * @param segment the segment
 * @param location urban, town or rural
 * @param position where the school is, or {@code null} (no teacher can then be sent there)
 * @param students students of the segment (the indicators are per 100 of them)
 * @param staffing the segment's teachers counted by the roster rules
 * @param teachersBySubject the segment's teachers by main subject
 */
public record SchoolSegmentSite(
        SchoolCode school,
        String name,
        Segment segment,
        Location location,
        @Nullable GeoPoint position,
        int students,
        StaffingFigures staffing,
        Map<Subject, Integer> teachersBySubject) {
    public SchoolSegmentSite {
        teachersBySubject = Map.copyOf(teachersBySubject);
    }

    /** The site's key in a problem. */
    public SiteKey key() {
        return new SiteKey(school, segment);
    }

    /** A school segment's identity. */
    public record SiteKey(SchoolCode school, Segment segment) {}
}
