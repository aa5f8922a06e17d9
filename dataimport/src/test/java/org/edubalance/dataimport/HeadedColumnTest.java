package org.edubalance.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.edubalance.dataimport.quota.HighSchoolColumn;
import org.edubalance.dataimport.staff.TeacherColumn;
import org.junit.jupiter.api.Test;

/** A column enum holding a {@link ColumnHeading} answers as an {@link ImportColumn} from it. */
class HeadedColumnTest {

    @Test
    void theHeadingGivesTheIdTheLabelsAndTheNeed() {
        // docs/planning/quota.md §1: quota_min_score 指标生最低控制线 is an optional column.
        assertThat(HighSchoolColumn.QUOTA_MIN_SCORE.id()).isEqualTo("quota_min_score");
        assertThat(HighSchoolColumn.QUOTA_MIN_SCORE.chineseLabel()).isEqualTo("指标生最低控制线");
        assertThat(HighSchoolColumn.QUOTA_MIN_SCORE.isRequired()).isFalse();
        // docs/data-formats.md §4: the roster's title column, 专业技术职务 or 职称, is required.
        assertThat(TeacherColumn.TITLE.chineseLabels()).containsExactly("专业技术职务", "职称");
        assertThat(TeacherColumn.TITLE.isRequired()).isTrue();
        assertThat(TeacherColumn.TITLE.isMoney()).isFalse();
    }

    @Test
    void aHeadingNeedsItsChineseLabel() {
        assertThatThrownBy(() -> new ColumnHeading("year", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year");
    }
}
