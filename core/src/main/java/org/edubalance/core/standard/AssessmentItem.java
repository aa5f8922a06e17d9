package org.edubalance.core.standard;

import java.util.List;

/**
 * A non-resource item of a standard: a government-guarantee, quality, social-recognition, veto, eligibility or
 * prerequisite item, met when all its conditions hold. For a veto item "met" means the veto does not apply.
 *
 * @param id the item's stable id (e.g. {@code gov_class_size})
 * @param part the part of the assessment
 * @param name the item's name
 * @param conditions what must hold
 */
public record AssessmentItem(String id, ItemPart part, LocalizedText name, List<Condition> conditions) {
    public AssessmentItem {
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("Item " + id + " has no condition");
        }
    }
}
