package org.edubalance.core.school;

/** Urban–rural classification of a school's site (城乡分类), used for urban : town : rural comparisons. */
public enum Location {
    URBAN("城区"),
    TOWN("镇区"),
    RURAL("乡村");

    private final String chineseName;

    Location(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
