package org.edubalance.core.quota;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One candidate of the entrance exam: one row of {@code candidates.csv} (docs/planning/quota.md §1).
 *
 * @param year the year of the exam
 * @param areaCode the admission area
 * @param id the candidate number (考生号), pseudonymous
 * @param juniorSchool the code of the junior high the candidate graduates from
 * @param score the total score (总分)
 * @param tie1 the first tie-break score, or {@code null} when blank (below any number)
 * @param tie2 the second tie-break score, or {@code null}
 * @param tie3 the third tie-break score, or {@code null}
 * @param quotaChoice the high school asked for in the quota batch (指标到校志愿), or {@code null}
 * @param choices the high schools of the general batch (统招志愿), in the candidate's order
 */
public record Candidate(
        int year,
        String areaCode,
        String id,
        String juniorSchool,
        BigDecimal score,
        @Nullable BigDecimal tie1,
        @Nullable BigDecimal tie2,
        @Nullable BigDecimal tie3,
        @Nullable String quotaChoice,
        List<String> choices) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(score, "score");
        choices = List.copyOf(choices);
    }
}
