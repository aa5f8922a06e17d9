package org.edubalance.dataimport;

import java.util.List;

/**
 * What an import contract says of one column and nothing more: its English id, the Chinese headers accepted (the
 * contract's own label first) and whether the header must hold it. The constants of a {@link HeadedColumn} enum each
 * hold one.
 */
public record ColumnHeading(String id, boolean required, List<String> chineseLabels) {
    public ColumnHeading {
        chineseLabels = List.copyOf(chineseLabels);
        if (chineseLabels.isEmpty()) {
            throw new IllegalArgumentException("Column " + id + " needs its Chinese label");
        }
    }

    public ColumnHeading(String id, boolean required, String... chineseLabels) {
        this(id, required, List.of(chineseLabels));
    }
}
