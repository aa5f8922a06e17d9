package org.edubalance.core.school;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of school as national statistics classify it (docs/data-formats.md §1, {@code school_type}).
 *
 * <p>Each type names the segments it may have. A one-through or complete secondary school is split into
 * one "virtual school" per segment for evaluation (docs/standards.md §3.5).
 */
public enum SchoolType {
    PRIMARY("小学", EnumSet.of(Segment.PRIMARY), false),
    JUNIOR("初级中学", EnumSet.of(Segment.JUNIOR), false),
    NINE_YEAR("九年一贯制学校", EnumSet.of(Segment.PRIMARY, Segment.JUNIOR), false),
    TWELVE_YEAR("十二年一贯制学校", EnumSet.of(Segment.PRIMARY, Segment.JUNIOR), true),
    COMPLETE_SECONDARY("完全中学", EnumSet.of(Segment.JUNIOR), true),
    TEACHING_POINT("教学点", EnumSet.of(Segment.PRIMARY), false),
    SPECIAL_EDUCATION("特殊教育学校", EnumSet.of(Segment.PRIMARY, Segment.JUNIOR), false);

    private final String chineseName;
    private final Set<Segment> segments;
    private final boolean hasSeniorSection;

    SchoolType(String chineseName, Set<Segment> segments, boolean hasSeniorSection) {
        this.chineseName = chineseName;
        this.segments = segments;
        this.hasSeniorSection = hasSeniorSection;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The compulsory segments a school of this type may have students in. */
    public Set<Segment> segments() {
        return EnumSet.copyOf(segments);
    }

    public boolean allows(Segment segment) {
        return segments.contains(segment);
    }

    /** Whether the type has a senior-high section whose students take a share of shared assets. */
    public boolean hasSeniorSection() {
        return hasSeniorSection;
    }

    /** Whether the school serves more than one compulsory segment (九年/十二年一贯制). */
    public boolean isOneThrough() {
        return this == NINE_YEAR || this == TWELVE_YEAR;
    }
}
