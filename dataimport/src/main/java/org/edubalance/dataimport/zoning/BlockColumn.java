package org.edubalance.dataimport.zoning;

import java.util.List;
import org.edubalance.dataimport.ImportColumn;

/** The columns of {@code blocks.csv} (小区/地块): the block, its position (blank when a polygon file gives it) and its children by age 0 to 12; {@code block_name} is optional. */
public enum BlockColumn implements ImportColumn {
    YEAR("year", true, "学年"),
    COUNTY_CODE("county_code", true, "县级行政区划代码"),
    BLOCK_ID("block_id", true, "地块编号"),
    BLOCK_NAME("block_name", false, "地块名称", "小区名称"),
    LATITUDE("latitude", false, "纬度"),
    LONGITUDE("longitude", false, "经度"),
    CHILDREN_AGE_0("children_age_0", true, "0岁儿童数", "0周岁儿童数"),
    CHILDREN_AGE_1("children_age_1", true, "1岁儿童数", "1周岁儿童数"),
    CHILDREN_AGE_2("children_age_2", true, "2岁儿童数", "2周岁儿童数"),
    CHILDREN_AGE_3("children_age_3", true, "3岁儿童数", "3周岁儿童数"),
    CHILDREN_AGE_4("children_age_4", true, "4岁儿童数", "4周岁儿童数"),
    CHILDREN_AGE_5("children_age_5", true, "5岁儿童数", "5周岁儿童数"),
    CHILDREN_AGE_6("children_age_6", true, "6岁儿童数", "6周岁儿童数"),
    CHILDREN_AGE_7("children_age_7", true, "7岁儿童数", "7周岁儿童数"),
    CHILDREN_AGE_8("children_age_8", true, "8岁儿童数", "8周岁儿童数"),
    CHILDREN_AGE_9("children_age_9", true, "9岁儿童数", "9周岁儿童数"),
    CHILDREN_AGE_10("children_age_10", true, "10岁儿童数", "10周岁儿童数"),
    CHILDREN_AGE_11("children_age_11", true, "11岁儿童数", "11周岁儿童数"),
    CHILDREN_AGE_12("children_age_12", true, "12岁儿童数", "12周岁儿童数");

    private final String id;
    private final boolean required;
    private final List<String> chineseLabels;

    BlockColumn(String id, boolean required, String... chineseLabels) {
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
