package org.edubalance.core.evaluation;

import java.util.List;
import org.edubalance.core.standard.AssessmentItem;

/**
 * An assessment item's result for one county.
 *
 * @param item the item
 * @param status met, not met, or missing inputs
 * @param evidence the facts the decision rests on, e.g. {@link FindingCode#RATIO_COMPARED} of
 *     {@code teachers_rotated ÷ teachers_eligible_for_rotation = 0.12 ≥ 0.10}, or the failing schools
 * @param missingInputs inputs that were needed but not given
 */
public record ItemResult(AssessmentItem item, ItemStatus status, List<Finding> evidence, List<String> missingInputs) {
    public ItemResult {
        evidence = List.copyOf(evidence);
        missingInputs = List.copyOf(missingInputs);
    }
}
