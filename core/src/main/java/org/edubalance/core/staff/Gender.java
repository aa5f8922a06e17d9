package org.edubalance.core.staff;

/** A teacher's gender, as some provinces set age limits for rotation by gender. */
public enum Gender {
    M("男"),
    F("女");

    private final String chineseName;

    Gender(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
