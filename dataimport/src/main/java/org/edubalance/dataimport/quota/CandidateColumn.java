package org.edubalance.dataimport.quota;

import org.edubalance.dataimport.ColumnHeading;
import org.edubalance.dataimport.HeadedColumn;

/**
 * The columns of {@code candidates.csv} (docs/planning/quota.md §1); the tie-break scores and the quota choice may be
 * absent.
 */
public enum CandidateColumn implements HeadedColumn {
    YEAR("year", true, "年份", "年度"),
    AREA_CODE("area_code", true, "招生区域代码"),
    CANDIDATE_ID("candidate_id", true, "考生号"),
    JUNIOR_SCHOOL("junior_school", true, "毕业学校代码", "毕业学校"),
    SCORE("score", true, "总分"),
    TIE1("tie1", false, "同分比较1"),
    TIE2("tie2", false, "同分比较2"),
    TIE3("tie3", false, "同分比较3"),
    QUOTA_CHOICE("quota_choice", false, "指标到校志愿"),
    CHOICES("choices", true, "统招志愿");

    private final ColumnHeading heading;

    CandidateColumn(String id, boolean required, String... chineseLabels) {
        this.heading = new ColumnHeading(id, required, chineseLabels);
    }

    @Override
    public ColumnHeading heading() {
        return heading;
    }
}
