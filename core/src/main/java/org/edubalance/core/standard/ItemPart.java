package org.edubalance.core.standard;

/** The part of an assessment a non-resource item belongs to (docs/standards.md §1.1, §1.4–§1.7, §2). */
public enum ItemPart {
    ELIGIBILITY("资格条件", "Eligibility"),
    PREREQUISITE("前提条件", "Prerequisite"),
    GOVERNMENT("政府保障程度", "Government guarantee"),
    QUALITY("教育质量", "Education quality"),
    SOCIAL_RECOGNITION("社会认可度", "Social recognition"),
    VETO("一票否决", "Veto");

    private final String chineseName;
    private final String englishName;

    ItemPart(String chineseName, String englishName) {
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
