package org.edubalance.core.staff;

import org.edubalance.core.school.Segment;

/**
 * A teacher's highest qualification (最高学历), highest first.
 *
 * <p>"Above the required qualification" (R1, docs/standards.md): the Teachers Law requires 中师 for primary and 专科 for
 * junior teachers, so a primary teacher counts from 专科 up and a junior teacher from 本科 up.
 */
public enum Degree {
    POSTGRADUATE("研究生"),
    BACHELOR("本科"),
    ASSOCIATE("专科"),
    SECONDARY("中专/中师"),
    OTHER("其他");

    private final String chineseName;

    Degree(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether this qualification is above the legal minimum for teaching in {@code segment}. */
    public boolean isAboveMinimumFor(Segment segment) {
        return switch (segment) {
            case PRIMARY -> this == POSTGRADUATE || this == BACHELOR || this == ASSOCIATE;
            case JUNIOR -> this == POSTGRADUATE || this == BACHELOR;
        };
    }
}
