package org.edubalance.planning.rotation;

import org.edubalance.core.school.SchoolCode;

/**
 * A school an eligible teacher may be sent to: same segment, within the commute limit, allowed by the direction rule.
 *
 * @param school the destination school
 * @param distanceKm great-circle distance from the teacher's home (or current school) to the destination
 */
public record Candidate(SchoolCode school, double distanceKm) {}
