package org.edubalance.core.pairingrecord;

import java.util.List;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Segment;

/**
 * The mentees of one segment and location class and their comparison group, with one line per indicator and later
 * year (indicator order, then year).
 *
 * @param segment the segment of the pairings
 * @param location the mentees' location class in the baseline year
 * @param mentees the distinct mentee schools of the stratum
 * @param lines the lines, by indicator then year
 */
public record FollowUpStratum(Segment segment, Location location, int mentees, List<FollowUpLine> lines) {
    public FollowUpStratum {
        lines = List.copyOf(lines);
    }
}
