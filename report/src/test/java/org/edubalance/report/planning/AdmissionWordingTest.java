package org.edubalance.report.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.edubalance.core.admission.PriorityClass;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.planning.admission.AdmissionExplanation;
import org.edubalance.planning.admission.AdmissionExplanation.Step;
import org.edubalance.planning.admission.AdmissionExplanation.Why;
import org.edubalance.planning.admission.AdmissionResult.Ranked;
import org.junit.jupiter.api.Test;

/** The explanation a parent reads, in each language, from the codes and figures of the planner. */
class AdmissionWordingTest {
    private static final AdmissionExplanation PLACED_SECOND = new AdmissionExplanation(
            "A0007",
            List.of(
                    new Step(
                            1,
                            new SchoolCode("X"),
                            PriorityClass.HUKOU,
                            "0a",
                            new Ranked(PriorityClass.HUKOU, "09"),
                            false),
                    new Step(2, new SchoolCode("W"), PriorityClass.OUT_OF_ZONE, "0a", null, true)),
            Why.ABOVE_FULL);

    @Test
    void english_names_the_position_each_school_s_class_number_and_last_admitted() {
        assertThat(new AdmissionWording(Locale.ENGLISH).explain(PLACED_SECOND))
                .containsExactly(
                        "Placed at position 2: every school above it filled with children ranked higher.",
                        "1. X — class: hukou in the zone, lottery number 0a; last admitted: hukou in the zone, 09 →"
                                + " ranked below the last admitted",
                        "2. W — class: out of zone, lottery number 0a; last admitted: not filled → admitted");
    }

    @Test
    void chinese_words_the_same_facts() {
        assertThat(new AdmissionWording(Locale.SIMPLIFIED_CHINESE).explain(PLACED_SECOND))
                .containsExactly(
                        "在第 2 位学校录取：排在前面的每所学校都已被排序更靠前的儿童录满。",
                        "1. X——类别：户籍在学区，摇号号码 0a；最后录取者：户籍在学区，09 → 排在最后录取者之后",
                        "2. W——类别：学区外统筹，摇号号码 0a；最后录取者：未招满 → 录取");
    }
}
