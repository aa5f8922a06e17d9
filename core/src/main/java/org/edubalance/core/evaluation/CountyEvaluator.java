package org.edubalance.core.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.region.County;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.AssessmentItem;
import org.edubalance.core.standard.Standard;

/**
 * Judges one county under one standard: splits schools into segment parts, applies the scope, evaluates each
 * school part, computes the county statistics per segment, judges the other items and reaches the verdict
 * (docs/standards.md §1.8):
 *
 * <pre>
 * MET        when every segment with schools passes the resource part and every item is met
 * NOT_MET    when anything known fails (resource part, an item, a veto)
 * INCOMPLETE otherwise: nothing fails but an input is missing
 * </pre>
 */
public final class CountyEvaluator {
    private final Standard standard;
    private final SegmentSplitter splitter;
    private final SchoolEvaluator schoolEvaluator;
    private final SegmentStatisticsCalculator segmentCalculator;

    public CountyEvaluator(Standard standard) {
        this.standard = standard;
        this.splitter = new SegmentSplitter(standard.split());
        this.schoolEvaluator = new SchoolEvaluator(standard);
        this.segmentCalculator = new SegmentStatisticsCalculator(standard);
    }

    /** The result for {@code county} from its schools of one year and its county inputs. */
    public CountyResult evaluate(County county, int year, List<SchoolYear> schools, CountyInputs inputs) {
        List<ScopeDecision> excluded = new ArrayList<>();
        List<SchoolYear> inScope = new ArrayList<>();
        Map<Segment, List<SchoolEvaluation>> bySegment = new EnumMap<>(Segment.class);
        for (Segment s : Segment.values()) {
            bySegment.put(s, new ArrayList<>());
        }
        for (SchoolYear school : schools) {
            ScopeDecision decision = ScopeDecision.of(standard.scope(), school);
            if (!decision.inScope()) {
                excluded.add(decision);
                continue;
            }
            inScope.add(school);
            for (SegmentPart part : splitter.split(school)) {
                bySegment.get(part.segment()).add(schoolEvaluator.evaluate(part));
            }
        }
        List<SegmentEvaluation> segments = new ArrayList<>();
        List<SchoolEvaluation> schoolResults = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            List<SchoolEvaluation> parts = bySegment.get(segment);
            schoolResults.addAll(parts);
            if (!parts.isEmpty()) {
                segments.add(segmentCalculator.evaluate(segment, parts));
            }
        }
        ItemEvaluator itemEvaluator = new ItemEvaluator(inputs, inScope);
        List<ItemResult> items = new ArrayList<>();
        for (AssessmentItem item : standard.items()) {
            items.add(itemEvaluator.evaluate(item));
        }
        boolean resourcePass = !segments.isEmpty() && segments.stream().allMatch(SegmentEvaluation::pass);
        Set<String> missing = new LinkedHashSet<>();
        boolean itemFails = false;
        for (ItemResult r : items) {
            missing.addAll(r.missingInputs());
            itemFails |= r.status() == ItemStatus.NOT_MET;
        }
        Verdict verdict =
                !resourcePass || itemFails ? Verdict.NOT_MET : missing.isEmpty() ? Verdict.MET : Verdict.INCOMPLETE;
        CountyEvaluation evaluation =
                new CountyEvaluation(county, year, segments, items, resourcePass, verdict, List.copyOf(missing));
        return new CountyResult(evaluation, schoolResults, excluded);
    }

    /**
     * Everything evaluated for one county.
     *
     * @param county the county's result
     * @param schools its in-scope school parts, primary first
     * @param excluded its schools left out of scope
     */
    public record CountyResult(CountyEvaluation county, List<SchoolEvaluation> schools, List<ScopeDecision> excluded) {}
}
