package org.edubalance.core.evaluation;

import java.util.Arrays;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.Quantity;

/**
 * One segment of one school as the evaluation sees it (a "virtual school", docs/standards.md §3.5): its students,
 * its own teachers and its share of the school's shared assets.
 */
public final class SegmentPart {
    private final SchoolYear school;
    private final Segment segment;
    private final int students;
    private final double assetShare;
    private final double[] quantityByOrdinal;

    SegmentPart(SchoolYear school, Segment segment, int students, double assetShare, double[] quantityByOrdinal) {
        this.school = school;
        this.segment = segment;
        this.students = students;
        this.assetShare = assetShare;
        // Taken, not copied: the only caller (SegmentSplitter) makes a fresh array per part and keeps no reference.
        this.quantityByOrdinal = quantityByOrdinal;
    }

    public SchoolYear school() {
        return school;
    }

    public Segment segment() {
        return segment;
    }

    /** Registered students of this segment: the weight in every county statistic. */
    public int students() {
        return students;
    }

    /** The share of shared assets this segment received (1 for a single-segment school). */
    public double assetShare() {
        return assetShare;
    }

    /** The segment's amount of {@code quantity}: its own teachers, or its share of a shared asset. */
    public double quantity(Quantity quantity) {
        return quantityByOrdinal[quantity.ordinal()];
    }

    @Override
    public String toString() {
        return "SegmentPart[" + school.code() + " " + segment + ", students=" + students + ", share=" + assetShare
                + ", quantities=" + Arrays.toString(quantityByOrdinal) + "]";
    }
}
