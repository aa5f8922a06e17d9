package org.edubalance.dataimport.county;

import org.edubalance.dataimport.ColumnHeading;
import org.edubalance.dataimport.HeadedColumn;

/** The columns of the county-inputs file; all are required but {@code source}. */
public enum CountyInputColumn implements HeadedColumn {
    COUNTY_CODE("county_code", true, "县级行政区划代码", "行政区划代码"),
    YEAR("year", true, "学年"),
    INPUT("input", true, "指标"),
    VALUE("value", true, "值", "数值"),
    SOURCE("source", false, "来源", "数据来源");

    private final ColumnHeading heading;

    CountyInputColumn(String id, boolean required, String... chineseLabels) {
        this.heading = new ColumnHeading(id, required, chineseLabels);
    }

    @Override
    public ColumnHeading heading() {
        return heading;
    }
}
