package org.edubalance.dataimport.county;

import java.util.List;
import org.edubalance.dataimport.ImportColumn;

/** The columns of the county-inputs file; all are required but {@code source}. */
public enum CountyInputColumn implements ImportColumn {
    COUNTY_CODE("county_code", true, "县级行政区划代码", "行政区划代码"),
    YEAR("year", true, "学年"),
    INPUT("input", true, "指标"),
    VALUE("value", true, "值", "数值"),
    SOURCE("source", false, "来源", "数据来源");

    private final String id;
    private final boolean required;
    private final List<String> chineseLabels;

    CountyInputColumn(String id, boolean required, String... chineseLabels) {
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
