package org.edubalance.app.funding;

import java.util.List;
import org.edubalance.core.evaluation.ItemStatus;
import org.jspecify.annotations.Nullable;

/**
 * The 2017 standard's two funding items read from the same numbers as the formula: {@code gov_small_school_funds} (the
 * village schools and teaching points under the floor funded as the floor) and {@code gov_special_ed_funds}
 * (special-education funds per student not below the minimum), each judged by the evaluation engine once with the
 * current funds and once with the formula's allocations, with the schools behind the verdicts.
 *
 * @param smallSchool the small-school item
 * @param specialEducation the special-education item
 */
record FundingItems(Check smallSchool, Check specialEducation) {

    /**
     * One item under current funds and under the formula.
     *
     * @param id the item's id in the pack
     * @param name its name in the page's language
     * @param current the engine's verdict with the current funds
     * @param formula the engine's verdict with the formula's allocations
     * @param currentFigure the county figure the item reads today (special education: the county input), or null
     * @param formulaFigure the same figure under the formula, or null
     * @param schools the schools the item covers, each with what it requires and what it gets
     */
    record Check(
            String id,
            String name,
            ItemStatus current,
            ItemStatus formula,
            @Nullable Double currentFigure,
            @Nullable Double formulaFigure,
            List<SchoolLine> schools) {
        Check {
            schools = List.copyOf(schools);
        }
    }

    /**
     * One school an item covers.
     *
     * @param code its code
     * @param name its name
     * @param students primary + junior
     * @param required what the item requires of its funds, yuan a year
     * @param current its current funds, or null when not reported
     * @param formula the formula's allocation
     */
    record SchoolLine(
            String code,
            String name,
            int students,
            double required,
            @Nullable Double current,
            double formula) {
        /** Whether the current funds fall short (false when they are not reported: that is missing, not failing). */
        public boolean currentFails() {
            return current != null && current < required;
        }

        /** Whether the formula's allocation falls short. */
        public boolean formulaFails() {
            return formula < required;
        }
    }
}
