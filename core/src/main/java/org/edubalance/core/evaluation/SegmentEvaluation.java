package org.edubalance.core.evaluation;

import java.util.List;
import java.util.Optional;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * A county's resource-allocation result for one segment (docs/standards.md §1.3.3 and §2.4).
 *
 * @param segment the segment
 * @param schoolCount in-scope school parts with students in the segment
 * @param studentCount their students
 * @param indicators one statistic per pack indicator, in pack order
 * @param compositeCv the mean of the unrounded single CVs (the 2012 test; shown for information under 2017)
 * @param compositeLimit the composite limit under a composite pack; {@code null} otherwise
 * @param compliantSchools school parts meeting the per-school rule (0 when the pack has none)
 * @param pass whether the segment passes the resource part
 * @param reasons why it fails, as findings to be worded by the reader's language (empty when it passes)
 */
public record SegmentEvaluation(
        Segment segment,
        int schoolCount,
        long studentCount,
        List<IndicatorStatistic> indicators,
        double compositeCv,
        @Nullable Double compositeLimit,
        int compliantSchools,
        boolean pass,
        List<Finding> reasons) {

    public SegmentEvaluation {
        indicators = List.copyOf(indicators);
        reasons = List.copyOf(reasons);
    }

    public Optional<IndicatorStatistic> indicator(String indicatorId) {
        return indicators.stream()
                .filter(i -> i.indicatorId().equals(indicatorId))
                .findFirst();
    }
}
