package org.edubalance.core.quota;

/** A high school's tier: the quality high schools (优质高中) whose places the equity figures count, or the others. */
public enum Tier {
    KEY("优质高中"),
    ORDINARY("普通高中");

    private final String chineseName;

    Tier(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
