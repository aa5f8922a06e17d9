package org.edubalance.dataimport;

import java.util.List;

/** A column of an import contract, known by its English id and its Chinese label(s); implemented by enums. */
public interface ImportColumn {

    /** The English id used as header, e.g. {@code county_code}. */
    String id();

    /** The Chinese headers accepted, the contract's own label first (units in brackets included). */
    List<String> chineseLabels();

    /** The contract's Chinese label, e.g. 县级行政区划代码. */
    default String chineseLabel() {
        return chineseLabels().getFirst();
    }

    /** Whether the header must hold this column. */
    boolean isRequired();

    /** Whether the column holds yuan, so that a {@code _wanyuan} / 万元 header variant is accepted and scaled. */
    default boolean isMoney() {
        return false;
    }
}
