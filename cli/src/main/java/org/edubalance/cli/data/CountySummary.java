package org.edubalance.cli.data;

import java.util.Map;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.evaluation.Verdict;
import org.edubalance.core.region.County;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * What the one-line-per-county summary of {@code evaluate} shows of a county: its verdict and, per segment, the
 * resource part's figures. Kept instead of the county's whole result, which holds every item with its evidence (about
 * 12 KB a county): at nation scale the results were most of what each young collection had to copy.
 *
 * @param county the county
 * @param verdict its verdict
 * @param segments the segments it has schools in
 */
public record CountySummary(County county, Verdict verdict, Map<Segment, SegmentSummary> segments) {
    public CountySummary {
        segments = Map.copyOf(segments);
    }

    /**
     * One segment's line.
     *
     * @param pass whether the resource part passes
     * @param schools schools evaluated in the segment
     * @param compliantSchools those meeting the per-school rule
     * @param cvsOverLimit indicators whose CV is over its limit
     * @param compositeCv the composite CV (packs that judge it)
     */
    public record SegmentSummary(
            boolean pass, int schools, int compliantSchools, int cvsOverLimit, double compositeCv) {
        static SegmentSummary of(SegmentEvaluation s) {
            int over = 0;
            for (var indicator : s.indicators()) {
                over += Boolean.FALSE.equals(indicator.cvPass()) ? 1 : 0;
            }
            return new SegmentSummary(s.pass(), s.schoolCount(), s.compliantSchools(), over, s.compositeCv());
        }
    }

    /** The summary of {@code county}'s result. */
    public static CountySummary of(CountyEvaluation county) {
        var segments = new java.util.EnumMap<Segment, SegmentSummary>(Segment.class);
        for (SegmentEvaluation s : county.segments()) {
            segments.put(s.segment(), SegmentSummary.of(s));
        }
        return new CountySummary(county.county(), county.verdict(), segments);
    }

    /** The line of {@code segment}, or null when the county has no school in it. */
    public @Nullable SegmentSummary segment(Segment segment) {
        return segments.get(segment);
    }
}
