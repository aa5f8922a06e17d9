package org.edubalance.core.gap;

import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.Quantity;

/**
 * What one school segment lacks on one indicator, in natural units (docs/standards.md §7 item 8):
 * {@code max(0, threshold × P ÷ per − X)}, rounded up for teachers, rooms, computers and books, continuous for m²
 * and yuan.
 *
 * @param school the school
 * @param schoolName its name
 * @param segment the segment
 * @param indicatorId the indicator
 * @param quantity what would be added (the indicator's first numerator quantity)
 * @param value the current value
 * @param threshold the standard
 * @param toThreshold the amount that brings the value to the standard
 * @param toFloor the amount that brings the value to the floor ratio (85 %) of the standard; 0 when already there
 */
public record Shortfall(
        SchoolCode school,
        String schoolName,
        Segment segment,
        String indicatorId,
        Quantity quantity,
        double value,
        double threshold,
        double toThreshold,
        double toFloor) {}
