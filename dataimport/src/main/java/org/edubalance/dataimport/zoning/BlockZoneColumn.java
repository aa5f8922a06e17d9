package org.edubalance.dataimport.zoning;

import java.util.List;
import org.edubalance.dataimport.ImportColumn;

/** The columns of {@code block_zones.csv}: the zone each block belongs to for an entry grade. */
public enum BlockZoneColumn implements ImportColumn {
    YEAR("year", true, "学年"),
    COUNTY_CODE("county_code", true, "县级行政区划代码"),
    ENTRY_GRADE("entry_grade", true, "起始年级"),
    BLOCK_ID("block_id", true, "地块编号"),
    ZONE_ID("zone_id", true, "学区编号");

    private final String id;
    private final boolean required;
    private final List<String> chineseLabels;

    BlockZoneColumn(String id, boolean required, String... chineseLabels) {
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
