package org.edubalance.core.evaluation;

import java.util.List;
import java.util.Optional;
import org.edubalance.core.region.County;
import org.edubalance.core.school.Segment;

/**
 * A county judged against a standard.
 *
 * @param county the county
 * @param year the school year
 * @param segments resource results per segment that has schools (primary first)
 * @param items the other assessment items in pack order
 * @param resourcePass whether every segment passes the resource part
 * @param verdict the overall result: {@code NOT_MET} when anything known fails, else {@code INCOMPLETE} when an input
 *     is missing, else {@code MET}
 * @param missingInputs every input the verdict still needs
 */
public record CountyEvaluation(
        County county,
        int year,
        List<SegmentEvaluation> segments,
        List<ItemResult> items,
        boolean resourcePass,
        Verdict verdict,
        List<String> missingInputs) {

    public CountyEvaluation {
        segments = List.copyOf(segments);
        items = List.copyOf(items);
        missingInputs = List.copyOf(missingInputs);
    }

    public Optional<SegmentEvaluation> segment(Segment segment) {
        return segments.stream().filter(s -> s.segment() == segment).findFirst();
    }
}
