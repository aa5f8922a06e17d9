package org.edubalance.dataimport.staff;

import org.edubalance.dataimport.ColumnHeading;
import org.edubalance.dataimport.HeadedColumn;

/** The columns of the teacher roster (docs/data-formats.md §4); all are required but home position and exemption. */
public enum TeacherColumn implements HeadedColumn {
    YEAR("year", true, "学年"),
    COUNTY_CODE("county_code", true, "县级行政区划代码", "行政区划代码"),
    SCHOOL_CODE("school_code", true, "学校标识码", "学校代码"),
    TEACHER_ID("teacher_id", true, "教师编号"),
    SEGMENT("segment", true, "任教学段"),
    SUBJECT("subject", true, "主要任教学科", "任教学科"),
    DEGREE("degree", true, "最高学历", "学历"),
    TITLE("title", true, "专业技术职务", "职称"),
    BACKBONE_LEVEL("backbone_level", true, "骨干教师级别", "骨干级别"),
    YEARS_AT_SCHOOL("years_at_school", true, "在本校连续任教年限", "本校任教年限"),
    BIRTH_YEAR("birth_year", true, "出生年份"),
    GENDER("gender", true, "性别"),
    IS_PRINCIPAL("is_principal", true, "是否校长"),
    HOME_LATITUDE("home_latitude", false, "居住地纬度"),
    HOME_LONGITUDE("home_longitude", false, "居住地经度"),
    EXEMPT("exempt", false, "是否免于交流"),
    EXEMPT_REASON("exempt_reason", false, "免于交流原因", "原因");

    private final ColumnHeading heading;

    TeacherColumn(String id, boolean required, String... chineseLabels) {
        this.heading = new ColumnHeading(id, required, chineseLabels);
    }

    @Override
    public ColumnHeading heading() {
        return heading;
    }
}
