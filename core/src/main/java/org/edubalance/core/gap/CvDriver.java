package org.edubalance.core.gap;

import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;

/**
 * A school that raises a county CV: the CV falls by {@code contribution} when the school is left out
 * (leave-one-out).
 *
 * @param segment the segment
 * @param indicatorId the indicator
 * @param school the school
 * @param schoolName its name
 * @param value its value on the indicator
 * @param contribution CV with the school − CV without it (positive: the school raises inequality)
 */
public record CvDriver(
        Segment segment, String indicatorId, SchoolCode school, String schoolName, double value, double contribution) {}
