package org.edubalance.planning.zoning;

import org.edubalance.core.school.SchoolCode;

/**
 * One block of a zoning plan: the school whose zone it joins.
 *
 * @param blockId the block
 * @param school the school of its zone
 * @param entrants the block's entrants in the plan year (children × enrolment rate)
 * @param km the haversine distance from the block to the school, unrounded
 */
public record BlockAssignment(String blockId, SchoolCode school, double entrants, double km) {}
