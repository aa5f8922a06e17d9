package org.edubalance.dataimport.admission;

import java.util.List;
import org.edubalance.dataimport.ImportColumn;

/** The columns of {@code seats.csv} (招生计划); {@code block_id} is optional. */
public enum SeatColumn implements ImportColumn {
    YEAR("year", true, "学年"),
    COUNTY_CODE("county_code", true, "县级行政区划代码"),
    SCHOOL_CODE("school_code", true, "学校标识码"),
    ENTRY_GRADE("entry_grade", true, "起始年级"),
    SEATS("seats", true, "招生计划数"),
    BLOCK_ID("block_id", false, "所在地块编号");

    private final String id;
    private final boolean required;
    private final List<String> chineseLabels;

    SeatColumn(String id, boolean required, String... chineseLabels) {
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
