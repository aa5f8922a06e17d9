package org.edubalance.core.school;

/** A stage of compulsory education; every resource indicator is evaluated per segment (docs/standards.md §0.3). */
public enum Segment {
    PRIMARY("小学", "Primary"),
    JUNIOR("初中", "Junior secondary");

    private final String chineseName;
    private final String englishName;

    Segment(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
