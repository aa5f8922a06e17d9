package org.edubalance.dataimport.zoning;

import java.util.List;
import org.edubalance.dataimport.ImportColumn;

/** The columns of {@code adjacency.csv}: two blocks that touch. */
public enum AdjacencyColumn implements ImportColumn {
    BLOCK_ID("block_id", true, "地块编号"),
    NEIGHBOUR_ID("neighbour_id", true, "相邻地块编号");

    private final String id;
    private final boolean required;
    private final List<String> chineseLabels;

    AdjacencyColumn(String id, boolean required, String... chineseLabels) {
        this.id = id;
        this.required = required;
        this.chineseLabels = List.of(chineseLabels);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> chineseLabels() {
        return chineseLabels;
    }

    @Override
    public boolean isRequired() {
        return required;
    }
}
