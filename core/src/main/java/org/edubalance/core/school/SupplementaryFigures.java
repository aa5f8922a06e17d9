package org.edubalance.core.school;

import org.jspecify.annotations.Nullable;

/**
 * Optional figures used by the government-guarantee checks and planning (docs/data-formats.md §1, last
 * paragraph). {@code null} means the column was absent or the cell blank: a check that needs it reports
 * the input as missing instead of guessing.
 */
public record SupplementaryFigures(
        @Nullable Integer maxClassSize,
        @Nullable Integer classes56Plus,
        @Nullable Integer musicRooms,
        @Nullable Integer artRooms,
        @Nullable Integer boardingStudents,
        @Nullable Integer migrantStudents,
        @Nullable Integer leftBehindStudents,
        @Nullable Integer disabledStudents,
        @Nullable Double publicFundsYuan,
        @Nullable Double trainingFundsYuan,
        @Nullable Integer certifiedTeachers) {

    public static final SupplementaryFigures NONE =
            new SupplementaryFigures(null, null, null, null, null, null, null, null, null, null, null);
}
