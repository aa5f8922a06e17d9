package org.edubalance.dataimport.admission;

import java.util.List;
import org.edubalance.dataimport.ImportColumn;

/** The columns of {@code zones.csv} (学区), all required. */
public enum ZoneColumn implements ImportColumn {
    YEAR("year", "学年"),
    COUNTY_CODE("county_code", "县级行政区划代码"),
    ENTRY_GRADE("entry_grade", "起始年级"),
    ZONE_ID("zone_id", "学区编号"),
    SCHOOL_CODE("school_code", "学校标识码");

    private final String id;
    private final List<String> chineseLabels;

    ZoneColumn(String id, String... chineseLabels) {
        this.id = id;
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
        return true;
    }
}
