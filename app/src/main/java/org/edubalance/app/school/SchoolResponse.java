package org.edubalance.app.school;

import java.util.List;

/**
 * One school with every year held.
 *
 * @param code the school's code
 * @param name its name in the latest year
 * @param countyCode its county in the latest year
 * @param years its yearly records, oldest first
 */
public record SchoolResponse(String code, String name, String countyCode, List<SchoolYearResponse> years) {}
