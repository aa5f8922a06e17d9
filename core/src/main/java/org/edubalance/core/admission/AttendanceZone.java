package org.edubalance.core.admission;

import java.util.List;
import org.edubalance.core.school.SchoolCode;

/**
 * An attendance zone (学区) of one entry grade: the public schools whose places its children are entitled to; more
 * than one school makes a multi-school zone (多校划片).
 *
 * @param id the zone's id as {@code zones.csv} writes it
 * @param schools its schools, in file order
 */
public record AttendanceZone(String id, List<SchoolCode> schools) {
    public AttendanceZone {
        schools = List.copyOf(schools);
    }
}
