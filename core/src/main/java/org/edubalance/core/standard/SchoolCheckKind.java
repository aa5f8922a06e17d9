package org.edubalance.core.standard;

import java.util.Set;

/**
 * Assessment items computed from school rows rather than county inputs (docs/standards.md §1.4, §1.5), with the
 * parameters each needs from the pack.
 */
public enum SchoolCheckKind {
    /** Compulsory students per school ≤ {@code maxSingleSegment} (≤ {@code maxOneThrough} for one-through). */
    SCHOOL_SIZE(Set.of("maxSingleSegment", "maxOneThrough")),
    /** The largest class ≤ {@code primaryMax} (primary schools) or {@code juniorMax} (others). */
    CLASS_SIZE(Set.of("primaryMax", "juniorMax")),
    /** Music and art rooms each ≥ ⌈classes ÷ {@code classesPerRoom}⌉. */
    MUSIC_ART_ROOMS(Set.of("classesPerRoom")),
    /** Schools under {@code headcountFloor} students get public funds for that many (benchmark per student). */
    SMALL_SCHOOL_FUNDS(Set.of("headcountFloor", "primaryBenchmarkYuan", "juniorBenchmarkYuan")),
    /** Training funds ≥ {@code minShare} of public funds, per school. */
    TRAINING_FUNDS_SHARE(Set.of("minShare")),
    /** Certified teachers ÷ full-time teachers ≥ {@code minShare}, per school. */
    CERTIFIED_TEACHERS(Set.of("minShare"));

    private final Set<String> parameters;

    SchoolCheckKind(Set<String> parameters) {
        this.parameters = parameters;
    }

    /** The parameter names the pack must give. */
    public Set<String> parameters() {
        return parameters;
    }
}
