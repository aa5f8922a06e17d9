package org.edubalance.core.gap;

import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.Quantity;

/**
 * A county's total shortfall on one indicator and segment.
 *
 * @param segment the segment
 * @param indicatorId the indicator
 * @param quantity the unit of the amounts
 * @param schools schools below the standard
 * @param toThreshold the sum of the schools' amounts to reach the standard
 * @param toFloor the sum of their amounts to reach the floor ratio
 */
public record ShortfallTotal(
        Segment segment, String indicatorId, Quantity quantity, int schools, double toThreshold, double toFloor) {}
