package org.edubalance.planning.rotation;

import java.util.List;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.planning.Reason;

/**
 * One teacher sent from one school to another for the exchange term.
 *
 * @param teacher who moves
 * @param from the current school
 * @param to the destination
 * @param segment the segment taught, the same at both schools
 * @param subject the main subject, staffed at the destination
 * @param distanceKm from the teacher's home (or the current school) to the destination
 * @param reasons what the move does for balance, as facts ({@link MoveReasons}): for each balanced indicator the
 *     teacher counts in, {@code indicator-shift} (the values per 100 students at the school left and joined, and the
 *     county's); or {@code staffing-exchange} when the teacher counts in none
 */
public record Move(
        TeacherId teacher,
        SchoolCode from,
        SchoolCode to,
        Segment segment,
        Subject subject,
        double distanceKm,
        List<Reason> reasons) {
    public Move {
        reasons = List.copyOf(reasons);
    }
}
