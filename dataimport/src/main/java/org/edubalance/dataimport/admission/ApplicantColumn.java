package org.edubalance.dataimport.admission;

import java.util.List;
import org.edubalance.dataimport.ImportColumn;

/**
 * The columns of {@code applicants.csv} (报名). Year, county, grade and id are required; an absent column of the others
 * reads as blank in every row (no zone, no priority, no choices, false, no position).
 */
public enum ApplicantColumn implements ImportColumn {
    YEAR("year", true, "学年"),
    COUNTY_CODE("county_code", true, "县级行政区划代码"),
    ENTRY_GRADE("entry_grade", true, "起始年级"),
    APPLICANT_ID("applicant_id", true, "报名号"),
    HUKOU_ZONE("hukou_zone", false, "户籍所在学区"),
    HOME_ZONE("home_zone", false, "实际居住学区"),
    HOME_OWNED("home_owned", false, "是否自有住房"),
    RESIDENCE_PERMIT("residence_permit", false, "是否持居住证"),
    MIGRANT("migrant", false, "是否随迁子女"),
    SPECIAL_PRIORITY("special_priority", false, "优先类别"),
    CHOICES("choices", false, "学校志愿"),
    LATITUDE("latitude", false, "居住地纬度"),
    LONGITUDE("longitude", false, "居住地经度");

    private final String id;
    private final boolean required;
    private final List<String> chineseLabels;

    ApplicantColumn(String id, boolean required, String... chineseLabels) {
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
