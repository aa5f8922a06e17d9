package org.edubalance.core.staff;

/** A teacher's professional title (专业技术职务), highest first. */
public enum Title {
    SENIOR("正高级/高级"),
    FIRST("一级"),
    SECOND("二级"),
    THIRD("三级"),
    NONE("未评");

    private final String chineseName;

    Title(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether the title counts in {@code teachers_mid_senior_title} (中级及以上: 一级 and above). */
    public boolean isMidOrSenior() {
        return this == SENIOR || this == FIRST;
    }
}
