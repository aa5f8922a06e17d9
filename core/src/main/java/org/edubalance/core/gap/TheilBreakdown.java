package org.edubalance.core.gap;

import org.edubalance.core.school.Segment;
import org.edubalance.statistics.inequality.TheilDecomposition;

/**
 * The Theil T index of one indicator and segment, split into the inequality between groups and within them.
 *
 * @param segment the segment
 * @param indicatorId the indicator
 * @param grouping what the groups are: {@code location} (urban/town/rural) or {@code township}
 * @param decomposition total = between + within, with each group's share
 */
public record TheilBreakdown(Segment segment, String indicatorId, String grouping, TheilDecomposition decomposition) {}
