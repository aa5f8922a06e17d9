package org.edubalance.core.staff;

/** The level at which a teacher is recognised as a backbone teacher (骨干教师), if at all; county level and up count. */
public enum BackboneLevel {
    NONE("无"),
    COUNTY("县级"),
    CITY("市级"),
    PROVINCE("省级"),
    NATIONAL("国家级");

    private final String chineseName;

    BackboneLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether the teacher counts in {@code backbone_teachers} (县级及以上骨干教师). */
    public boolean isBackbone() {
        return this != NONE;
    }
}
