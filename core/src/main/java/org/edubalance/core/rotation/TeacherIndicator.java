package org.edubalance.core.rotation;

import org.edubalance.core.staff.StaffingFigures;
import org.edubalance.core.staff.Teacher;
import org.jspecify.annotations.Nullable;

/**
 * The teacher indicators a rotation can balance, each per 100 students of the school segment: R1, R2 and R3 of the
 * 2017 standard and the mid/senior-title share of the 2012 one. A move changes them by carrying a teacher who counts
 * in them from one school to another; the county value stays the same.
 */
public enum TeacherIndicator {
    ABOVE_DEGREE("teachers_above_degree_per100"),
    BACKBONE("backbone_teachers_per100"),
    PE_ARTS("pe_arts_teachers_per100"),
    MID_SENIOR_TITLE("teachers_mid_senior_title_per100");

    private final String id;

    TeacherIndicator(String id) {
        this.id = id;
    }

    /** The indicator id, as rule packs and the plan JSON name it. */
    public String id() {
        return id;
    }

    /** Whether {@code teacher} counts in this indicator. */
    public boolean counts(Teacher teacher) {
        return switch (this) {
            case ABOVE_DEGREE -> teacher.degree().isAboveMinimumFor(teacher.segment());
            case BACKBONE -> teacher.backboneLevel().isBackbone();
            case PE_ARTS -> teacher.subject().isPeOrArts();
            case MID_SENIOR_TITLE -> teacher.title().isMidOrSenior();
        };
    }

    /** The teachers of a school segment who count in this indicator. */
    public int count(StaffingFigures figures) {
        return switch (this) {
            case ABOVE_DEGREE -> figures.aboveDegree();
            case BACKBONE -> figures.backbone();
            case PE_ARTS -> figures.peArts();
            case MID_SENIOR_TITLE -> figures.midSeniorTitle();
        };
    }

    /** The indicator with this {@link #id()}, or null. */
    public static @Nullable TeacherIndicator byId(String id) {
        for (TeacherIndicator indicator : values()) {
            if (indicator.id.equals(id)) {
                return indicator;
            }
        }
        return null;
    }
}
