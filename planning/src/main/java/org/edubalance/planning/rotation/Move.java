package org.edubalance.planning.rotation;

import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.TeacherId;

/**
 * One teacher sent from one school to another for the exchange term.
 *
 * @param teacher who moves
 * @param from the current school
 * @param to the destination
 * @param segment the segment taught, the same at both schools
 * @param subject the main subject, staffed at the destination
 * @param distanceKm from the teacher's home (or the current school) to the destination
 * @param reason what the move does for balance, e.g. "backbone, mid/senior title: to a school below the county value"
 */
public record Move(
        TeacherId teacher,
        SchoolCode from,
        SchoolCode to,
        Segment segment,
        Subject subject,
        double distanceKm,
        String reason) {}
