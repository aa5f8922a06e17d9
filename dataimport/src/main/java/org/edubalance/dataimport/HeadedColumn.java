package org.edubalance.dataimport;

import java.util.List;

/**
 * A column enum whose constants carry only the contract's words, a {@link ColumnHeading}: the enum keeps one field and
 * one accessor, and these defaults answer the rest of {@link ImportColumn}. (An enum whose constants hold more, such
 * as the school file's kinds and segments, implements {@link ImportColumn} itself.)
 */
public interface HeadedColumn extends ImportColumn {

    /** The id, the accepted Chinese labels and whether the header must hold the column. */
    ColumnHeading heading();

    @Override
    default String id() {
        return heading().id();
    }

    @Override
    default List<String> chineseLabels() {
        return heading().chineseLabels();
    }

    @Override
    default boolean isRequired() {
        return heading().required();
    }
}
