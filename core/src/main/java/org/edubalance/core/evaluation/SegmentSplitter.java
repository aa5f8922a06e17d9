package org.edubalance.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.SplitWeights;

/**
 * Splits a school into its segment parts (docs/standards.md §3.5).
 *
 * <p>Students and teachers are reported per segment and used as they are. Shared assets go to each segment
 * in proportion to its weighted students: a nine-year school with A primary and B junior students gives the
 * primary part {@code A·p / (A·p + B·j)}; a twelve-year school adds {@code C·s12} senior students to the
 * denominator; a complete secondary school gives its junior part {@code B·jc / (B·jc + C·sc)}. Worked
 * example: 166 primary and 210 junior students share 23,226 books as 9,711.63 and 13,514.37.
 *
 * <p>A segment without students yields no part (it leaves the segment's statistics).
 */
public final class SegmentSplitter {
    private final SplitWeights weights;

    public SegmentSplitter(SplitWeights weights) {
        this.weights = weights;
    }

    /** The parts of {@code school} that have students, primary first. */
    public List<SegmentPart> split(SchoolYear school) {
        List<SegmentPart> parts = new ArrayList<>(2);
        double primaryWeighted = school.primary().students() * weights.primary();
        double juniorWeighted = school.junior().students()
                * (school.type() == SchoolType.COMPLETE_SECONDARY
                        ? weights.juniorInCompleteSecondary()
                        : weights.junior());
        double seniorWeighted = school.seniorStudents() * seniorWeight(school.type());
        double total = primaryWeighted + juniorWeighted + seniorWeighted;
        if (school.primary().hasStudents()) {
            parts.add(part(school, Segment.PRIMARY, primaryWeighted / total));
        }
        if (school.junior().hasStudents()) {
            parts.add(part(school, Segment.JUNIOR, juniorWeighted / total));
        }
        return parts;
    }

    private double seniorWeight(SchoolType type) {
        return switch (type) {
            case TWELVE_YEAR -> weights.seniorInTwelveYear();
            case COMPLETE_SECONDARY -> weights.seniorInCompleteSecondary();
            // Other types have no senior section; a stray senior count still dilutes shares by the 12-year weight.
            default -> weights.seniorInTwelveYear();
        };
    }

    private static SegmentPart part(SchoolYear school, Segment segment, double share) {
        return new SegmentPart(school, segment, school.segment(segment).students(), share);
    }
}
