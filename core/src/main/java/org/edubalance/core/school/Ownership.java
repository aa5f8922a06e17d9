package org.edubalance.core.school;

/** Who runs the school (举办者类型). Rule packs may exclude private schools from scope. */
public enum Ownership {
    PUBLIC("公办"),
    PRIVATE("民办");

    private final String chineseName;

    Ownership(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
