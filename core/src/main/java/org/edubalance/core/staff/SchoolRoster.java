package org.edubalance.core.staff;

import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;

/**
 * The roster of one school in one year, by its size: what replacing that year's school data would remove if the
 * school were no longer held.
 *
 * @param year the school year
 * @param county the school's county
 * @param school the school
 * @param teachers how many teachers its roster lists
 */
public record SchoolRoster(int year, RegionCode county, SchoolCode school, int teachers) {}
