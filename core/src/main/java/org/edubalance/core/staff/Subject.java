package org.edubalance.core.staff;

/** A teacher's main subject (主要任教学科). PE, music and art teachers count in the PE/arts indicator (R3). */
public enum Subject {
    CHINESE("语文"),
    MATH("数学"),
    ENGLISH("英语"),
    SCIENCE("科学"),
    PHYSICS("物理"),
    CHEMISTRY("化学"),
    BIOLOGY("生物"),
    HISTORY("历史"),
    GEOGRAPHY("地理"),
    MORALITY("道德与法治"),
    PE("体育"),
    MUSIC("音乐"),
    ART("美术"),
    IT("信息技术"),
    OTHER("其他");

    private final String chineseName;

    Subject(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether a teacher of this subject counts in {@code pe_arts_teachers} (体育、音乐、美术). */
    public boolean isPeOrArts() {
        return this == PE || this == MUSIC || this == ART;
    }
}
