package org.edubalance.core.admission;

import org.edubalance.core.school.Segment;

/** The grade a round admits to: grade 1 (the primary segment) or grade 7 (the junior segment). */
public enum EntryGrade {
    G1(Segment.PRIMARY, "一年级"),
    G7(Segment.JUNIOR, "七年级");

    private final Segment segment;
    private final String chineseName;

    EntryGrade(Segment segment, String chineseName) {
        this.segment = segment;
        this.chineseName = chineseName;
    }

    /** The segment a school needs to offer seats for this grade. */
    public Segment segment() {
        return segment;
    }

    public String chineseName() {
        return chineseName;
    }
}
