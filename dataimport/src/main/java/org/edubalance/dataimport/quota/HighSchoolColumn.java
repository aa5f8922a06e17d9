package org.edubalance.dataimport.quota;

import org.edubalance.dataimport.ColumnHeading;
import org.edubalance.dataimport.HeadedColumn;

/** The columns of {@code high_schools.csv} (docs/planning/quota.md §1); {@code quota_min_score} may be absent. */
public enum HighSchoolColumn implements HeadedColumn {
    YEAR("year", true, "年份", "年度"),
    AREA_CODE("area_code", true, "招生区域代码"),
    SCHOOL_CODE("school_code", true, "学校代码", "学校标识码"),
    SCHOOL_NAME("school_name", true, "学校名称"),
    SEATS("seats", true, "招生计划"),
    QUOTA_SHARE("quota_share", true, "名额分配比例"),
    QUOTA_MIN_SCORE("quota_min_score", false, "指标生最低控制线"),
    TIER("tier", true, "学校类别", "高中类别");

    private final ColumnHeading heading;

    HighSchoolColumn(String id, boolean required, String... chineseLabels) {
        this.heading = new ColumnHeading(id, required, chineseLabels);
    }

    @Override
    public ColumnHeading heading() {
        return heading;
    }
}
